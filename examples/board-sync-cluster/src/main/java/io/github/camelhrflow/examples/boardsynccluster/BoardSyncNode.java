package io.github.camelhrflow.examples.boardsynccluster;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.component.zookeeper.ZooKeeperCuratorConfiguration;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the parts of one node into a CamelContext: the shared database (a Hikari pool), the watermark
 * ({@link JdbcStateRepository}), the idempotent repository ({@link JdbcMessageIdRepository}), the ZooKeeper cluster
 * service and the routes. Closing it releases the pool and the ZooKeeper session; the context is the caller's.
 */
public final class BoardSyncNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BoardSyncNode.class);

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

            // our own Curator client, so that the session is ours to end (and a test's to cut)
            curator = CuratorFrameworkFactory.builder()
                    .connectString(settings.zooKeeper())
                    .sessionTimeoutMs((int) settings.sessionTimeout())
                    .connectionTimeoutMs(5000)
                    .retryPolicy(new ExponentialBackoffRetry(200, 10, 2000))
                    .build();
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
            hrflow.setHttpClientConfigurer(builder -> builder.setUserAgent(userAgent(settings.nodeId())));

            BoardSyncNode node = new BoardSyncNode(settings, dataSource, curator, clusterService);
            context.addRoutes(new BoardSyncRoutes(settings, jobTable, versions, node.figures));
            joinOtherElectionsLater(context, settings);
            return node;
        } catch (Exception | Error e) {
            if (curator != null) {
                curator.close();
            }
            dataSource.close();
            throw e;
        }
    }

    /**
     * The first node up would win every election; a node that waits before it runs for the boards it does not
     * prefer lets each board go to a node that prefers it, and still takes any board nobody else holds.
     */
    private static void joinOtherElectionsLater(CamelContext context, NodeSettings settings) {
        List<String> others = settings.boards().stream().filter(board -> !settings.prefers(board)).toList();
        if (others.isEmpty()) {
            return;
        }
        ScheduledExecutorService timer = context.getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(BoardSyncNode.class, "standby-boards");
        timer.schedule(() -> {
            for (String board : others) {
                try {
                    if (context.getStatus().isStarted()) {
                        context.getRouteController().startRoute(BoardSyncRoutes.routeId(board));
                    }
                } catch (Exception e) {
                    LOG.warn("Could not join the election of board {}: {}", board, e.getMessage());
                }
            }
        }, settings.standbyDelay(), TimeUnit.MILLISECONDS);
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
