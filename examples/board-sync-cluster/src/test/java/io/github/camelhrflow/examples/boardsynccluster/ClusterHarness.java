package io.github.camelhrflow.examples.boardsynccluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.examples.boardsynccluster.SyncChecks.BatchEnd;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.curator.framework.state.ConnectionState;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real parts of a cluster run, all in the test JVM: the sandbox with seeded boards, an embedded PostgreSQL that
 * can be stopped and started again on its data directory and port, nodes as separate CamelContexts, and a writer that
 * edits jobs meanwhile. It records the end of every poll batch (for the missing-version check) and every failed
 * exchange.
 */
final class ClusterHarness implements AutoCloseable {

    final long seed;
    final Random random;
    final HrFlowSandbox sandbox;
    final List<String> boards = new ArrayList<>();
    final Path dataDirectory;
    EmbeddedPostgres postgres;
    int postgresPort;
    final PGSimpleDataSource checkDataSource = new PGSimpleDataSource();

    private final Map<String, RunningNode> nodes = new LinkedHashMap<>();
    private final List<SyncFigures> allFigures = new CopyOnWriteArrayList<>();
    final List<BatchEnd> batchEnds = new CopyOnWriteArrayList<>();
    final AtomicLong failedExchanges = new AtomicLong();
    private final AtomicInteger nodeCount = new AtomicInteger();
    private Thread editor;
    private volatile boolean editing;
    final AtomicLong edits = new AtomicLong();

    record RunningNode(BoardSyncNode node, CamelContext context) {
    }

    /** The node's ZooKeeper connection changed to {@code state}; the sandbox's sequence was {@code seq} just after. */
    record ConnectionEvent(String nodeId, ConnectionState state, long seq, Instant at) {
    }

    final List<ConnectionEvent> connectionEvents = new CopyOnWriteArrayList<>();

    ClusterHarness(long seed, Path dataDirectory, int boardCount, int jobsPerBoard) throws Exception {
        this.seed = seed;
        this.random = new Random(seed);
        this.dataDirectory = dataDirectory;
        this.sandbox = HrFlowSandbox.builder().defaultSeed(false).requestLogCapacity(2_000_000).threads(8).build()
                .start();
        for (int i = 0; i < boardCount; i++) {
            String board = String.format("%040x", new java.math.BigInteger(160, random));
            sandbox.addBoard(board, "cluster board " + i);
            sandbox.seedJobs(board, jobsPerBoard, seed + i);
            boards.add(board);
        }
        startPostgres();
        postgresPort = postgres.getPort();
        checkDataSource.setURL(jdbcUrl());
        checkDataSource.setUser("postgres");
    }

    void startPostgres() throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        if (postgresPort > 0) {
            builder.setPort(postgresPort);
        }
        postgres = builder.start();
    }

    void stopPostgres() throws Exception {
        postgres.close();
        postgres = null;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    NodeSettings settings(String zooKeeper, long pollDelay, int pageSize, long sessionTimeout) {
        return new NodeSettings("template", zooKeeper, sessionTimeout, "jdbc:postgresql://localhost:" + postgresPort
                                                                       + "/postgres",
                "postgres", null, boards, sandbox.baseUrl(), sandbox.apiKey(), sandbox.userEmail(), pollDelay,
                pageSize, List.of(), 1500);
    }

    /** Starts a new node (a new id each time, as a restarted machine would come back). */
    String startNode(NodeSettings template) throws Exception {
        String id = "node-" + nodeCount.incrementAndGet();
        // node-1 prefers boards 0, 3, ...; node-2 boards 1, 4, ...: the boards spread over three nodes
        int slot = (nodeCount.get() - 1) % 3;
        List<String> preferred = new ArrayList<>();
        for (int i = slot; i < boards.size(); i += 3) {
            preferred.add(boards.get(i));
        }
        CamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(2);
        context.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
        context.getShutdownStrategy().setShutdownNowOnTimeout(true);
        context.getShutdownStrategy().setSuppressLoggingOnTimeout(true);
        BoardSyncNode node = BoardSyncNode.install(context, template.withNode(id, preferred));
        context.getManagementStrategy().addEventNotifier(new Recorder(id));
        // heard after the node's own guard (same Curator thread, added later): its fence has already moved
        node.addConnectionStateListener((client, state) -> connectionEvents.add(
                new ConnectionEvent(id, state, sandbox.lastSeq(), Instant.now())));
        context.start();
        allFigures.add(node.getFigures());
        nodes.put(id, new RunningNode(node, context));
        return id;
    }

    /** The node that leads the board now, or null. */
    String leaderOf(String board) {
        for (Map.Entry<String, RunningNode> entry : nodes.entrySet()) {
            if (entry.getValue().node().leads(board)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * Stops a node abruptly: its ZooKeeper session ends at once (the others take its boards) and its context stops
     * without waiting for in-flight work for more than a moment.
     */
    void kill(String id) throws Exception {
        RunningNode running = nodes.remove(id);
        running.node().closeSession();
        running.context().stop();
        running.node().close();
    }

    /** Board to the nodes that hold its leadership now, as each node's cluster service sees it. */
    Map<String, List<String>> leadersNow() {
        Map<String, List<String>> leaders = new java.util.TreeMap<>();
        for (String board : boards) {
            List<String> holders = new ArrayList<>();
            nodes.forEach((id, running) -> {
                if (running.node().leads(board)) {
                    holders.add(id);
                }
            });
            leaders.put(board.substring(0, 6), holders);
        }
        return leaders;
    }

    void stopNodes() {
        for (String id : new ArrayList<>(nodes.keySet())) {
            RunningNode running = nodes.remove(id);
            running.context().stop();
            running.node().close();
        }
    }

    /** Edits a random job of a random board every {@code periodMs}, until {@link #stopEditing()}. */
    void startEditing(long periodMs) {
        Random editRandom = new Random(seed ^ 0x5DEECE66DL);
        editing = true;
        editor = new Thread(() -> {
            while (editing) {
                String board = boards.get(editRandom.nextInt(boards.size()));
                List<String> keys = sandbox.jobKeys(board);
                String key = keys.get(editRandom.nextInt(keys.size()));
                sandbox.store().jobByKey(board, key).ifPresent(job -> {
                    ObjectNode edited = job.put("name", "Edited " + edits.incrementAndGet());
                    sandbox.editJob(board, edited);
                });
                try {
                    Thread.sleep(periodMs);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "job-editor");
        editor.setDaemon(true);
        editor.start();
    }

    void stopEditing() throws InterruptedException {
        editing = false;
        if (editor != null) {
            editor.join(5000);
        }
    }

    long delivered() {
        return allFigures.stream().mapToLong(SyncFigures::getReceived).sum();
    }

    long deliveredTwice() {
        return allFigures.stream().mapToLong(SyncFigures::getDuplicates).sum();
    }

    /** job key to updated_at text, as in the job table. */
    Map<String, String> jobTable() throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection connection = checkDataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT job_key, updated_at_text FROM hrflow_job")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }

    /** The versions the idempotent consumer recorded as written, {@code key@updated_at}. */
    Set<String> recordedVersions() throws SQLException {
        Set<String> versions = new HashSet<>();
        try (Connection connection = checkDataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT messageId FROM CAMEL_MESSAGEPROCESSED")) {
            while (result.next()) {
                versions.add(result.getString(1));
            }
        }
        return versions;
    }

    long count(String sql) throws SQLException {
        try (Connection connection = checkDataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        stopEditing();
        stopNodes();
        if (postgres != null) {
            postgres.close();
        }
        sandbox.close();
    }

    /** Records the last exchange of each poll batch (what the poll started from and when it ended) and failures. */
    private final class Recorder extends EventNotifierSupport {

        private final String nodeId;

        Recorder(String nodeId) {
            this.nodeId = nodeId;
        }

        @Override
        public void notify(CamelEvent event) {
            Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
            if (event instanceof CamelEvent.ExchangeFailedEvent) {
                failedExchanges.incrementAndGet();
            } else if (!exchange.isFailed()
                       && Boolean.TRUE.equals(exchange.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class))
                       && exchange.getFromRouteId() != null) {
                String board = exchange.getFromRouteId().substring("sync-".length());
                batchEnds.add(new BatchEnd(nodeId, board, sandbox.lastSeq()));
            }
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.ExchangeCompletedEvent
                   || event instanceof CamelEvent.ExchangeFailedEvent;
        }
    }
}
