package io.github.camelhrflow.examples.boardsynccluster;

import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.zookeeper.ZooKeeperCuratorConfiguration;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.state.ConnectionStateListener;
import org.apache.curator.retry.ExponentialBackoffRetry;

/**
 * Puts the parts of one node into a CamelContext: the shared database (a Hikari pool), the watermark
 * ({@link JdbcStateRepository}), the idempotent repository ({@link JdbcMessageIdRepository}), the ZooKeeper cluster
 * service and the routes. Closing it releases the pool and the ZooKeeper session; the context is the caller's.
 */
public final class BoardSyncNode implements AutoCloseable {

    /** The bean name of the shared watermark. */
    public static final String STATE_REPOSITORY = "hrflowState";
    /** The processor name under which all nodes record the versions they wrote. */
    public static final String PROCESSOR_NAME = "hrflow-board-sync";
    /** The ZooKeeper path under which the boards' elections live. */
    public static final String BASE_PATH = "/camel-hrflow/board-sync";

    private final NodeSettings settings;
    private final HikariDataSource dataSource;
    private final CuratorFramework curator;
    private final ZooKeeperClusterService clusterService;
    private final SyncFigures figures = new SyncFigures();

    private BoardSyncNode(NodeSettings settings, HikariDataSource dataSource, CuratorFramework curator,
                          ZooKeeperClusterService clusterService) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.curator = curator;
        this.clusterService = clusterService;
    }

    /** Adds a node's beans, cluster service and routes to {@code context}, which the caller then starts. */
    public static BoardSyncNode install(CamelContext context, NodeSettings settings) throws Exception {
        SqlDialect dialect = SqlDialect.ofUrl(settings.jdbcUrl());
        HikariDataSource dataSource = dataSource(settings);
        CuratorFramework curator = null;
        try {
            JobTable jobTable = new JobTable(dataSource, dialect, settings.nodeId());
            jobTable.createTables();

            JdbcStateRepository state = new JdbcStateRepository(dataSource);
            context.getRegistry().bind(STATE_REPOSITORY, state);

            JdbcMessageIdRepository versions = new JdbcMessageIdRepository(dataSource, PROCESSOR_NAME);
            versions.setCreateTableIfNotExists(false);
            context.getRegistry().bind("hrflowVersions", versions);

            // our own Curator client, so that the session is ours to end (and a test's to cut), and so that the
            // guard hears its connection states from the first CONNECTED on
            ZooKeeperConnectionGuard guard = new ZooKeeperConnectionGuard(context, settings);
            curator = CuratorFrameworkFactory.builder()
                    .connectString(settings.zooKeeper())
                    .sessionTimeoutMs((int) settings.sessionTimeout())
                    .connectionTimeoutMs(5000)
                    .retryPolicy(new ExponentialBackoffRetry(200, 10, 2000))
                    .build();
            curator.getConnectionStateListenable().addListener(guard);
            curator.start();
            ZooKeeperClusterService clusterService = new ZooKeeperClusterService(new ZooKeeperCuratorConfiguration());
            clusterService.setNodes(settings.zooKeeper());
            clusterService.setId(settings.nodeId());
            clusterService.setBasePath(BASE_PATH);
            clusterService.setCuratorFramework(curator);
            context.addService(clusterService);

            HrFlowConfiguration hrflow = context.getComponent("hrflow", HrFlowComponent.class).getConfiguration();
            hrflow.setBaseUrl(settings.hrflowBaseUrl());
            hrflow.setApiKey(settings.apiKey());
            hrflow.setUserEmail(settings.userEmail());
            // HrFlow's logs (and the sandbox's request log) can tell the nodes apart
            // and no request leaves the node while it cannot tell whether it still leads (see the guard)
            hrflow.setHttpClientConfigurer(builder -> builder.setUserAgent(userAgent(settings.nodeId()))
                    .addRequestInterceptorFirst(guard));

            BoardSyncNode node = new BoardSyncNode(settings, dataSource, curator, clusterService);
            context.addRoutes(new BoardSyncRoutes(settings, jobTable, versions, node.figures));
            context.addStartupListener(new StartupListener() {
                @Override
                public void onCamelContextStarted(CamelContext started, boolean alreadyStarted) {
                }

                @Override
                public void onCamelContextFullyStarted(CamelContext started, boolean alreadyStarted) {
                    guard.contextStarted();
                }
            });
            return node;
        } catch (Exception | Error e) {
            if (curator != null) {
                curator.close();
            }
            dataSource.close();
            throw e;
        }
    }

    /** The {@code User-Agent} of a node's requests to HrFlow. */
    public static String userAgent(String nodeId) {
        return "camel-hrflow-board-sync/" + nodeId;
    }

    private static HikariDataSource dataSource(NodeSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.jdbcUser());
        config.setPassword(settings.jdbcPassword());
        config.setPoolName("board-sync-" + settings.nodeId());
        config.setMaximumPoolSize(Math.max(4, settings.boards().size() + 2));
        // a database that is away must fail an exchange quickly, not hold the poll for Hikari's default 30 s
        config.setConnectionTimeout(TimeUnit.SECONDS.toMillis(2));
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    public NodeSettings getSettings() {
        return settings;
    }

    public SyncFigures getFigures() {
        return figures;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** Whether this node leads the board now. */
    public boolean leads(String boardKey) {
        return clusterService.isLeader(BoardSyncRoutes.namespace(boardKey));
    }

    /** Also tells {@code listener} of the node's ZooKeeper connection states, after the node has closed or opened its fence on them. */
    public void addConnectionStateListener(ConnectionStateListener listener) {
        curator.getConnectionStateListenable().addListener(listener);
    }

    /** Ends the ZooKeeper session at once: the other nodes take this node's boards. */
    public void closeSession() {
        curator.close();
    }

    @Override
    public void close() {
        curator.close();
        dataSource.close();
    }
}
