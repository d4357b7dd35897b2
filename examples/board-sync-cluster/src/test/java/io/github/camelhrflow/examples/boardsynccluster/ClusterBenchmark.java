package io.github.camelhrflow.examples.boardsynccluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.curator.test.TestingServer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Proof 4, the scale figure (a benchmark, not a test): the time and the HrFlow requests it takes to bring 4 boards of
 * {@code cluster.bench.jobsPerBoard} jobs (25,000 by default) into PostgreSQL, three ways, each into an empty
 * database: the board-sync cluster with 1 node, with 3 nodes, and the way before the consumer existed, a loop that
 * lists the keys ({@code hrflow:job-storing} producer) and gets each job ({@code hrflow:job-indexing}, one GET per
 * job) into the same job table. Writes {@code cluster.md} and {@code cluster.svg} to {@code cluster.bench.out}.
 * <p>
 * {@code mvn -B -q -pl examples/board-sync-cluster -am verify -DskipTests -Pcluster-bench
 * [-Dcluster.bench.jobsPerBoard=5000]}
 */
public final class ClusterBenchmark {

    private static final int BOARDS = 4;
    private static final int PAGE_SIZE = 100;

    record Result(String name, long millis, long requests, long rows) {
    }

    private final HrFlowSandbox sandbox;
    private final EmbeddedPostgres postgres;
    private final TestingServer zooKeeper;
    private final List<String> boards = new ArrayList<>();
    private final int jobsPerBoard;

    private ClusterBenchmark(int jobsPerBoard) throws Exception {
        this.jobsPerBoard = jobsPerBoard;
        // the log is not needed, only the count; a big one would only cost memory
        sandbox = HrFlowSandbox.builder().defaultSeed(false).requestLogCapacity(1000).threads(8).build().start();
        for (int i = 0; i < BOARDS; i++) {
            String board = String.format("%040x", 0xB0A2DL * (i + 1));
            sandbox.addBoard(board, "benchmark board " + i);
            sandbox.seedJobs(board, jobsPerBoard, 42 + i);
            boards.add(board);
        }
        postgres = EmbeddedPostgres.builder().start();
        zooKeeper = new TestingServer();
    }

    public static void main(String[] args) throws Exception {
        int jobsPerBoard = Integer.getInteger("cluster.bench.jobsPerBoard", 25_000);
        Path out = Path.of(System.getProperty("cluster.bench.out", "benchmarks/results"));
        ClusterBenchmark benchmark = new ClusterBenchmark(jobsPerBoard);
        List<Result> results = new ArrayList<>();
        try {
            results.add(benchmark.cluster(1));
            results.add(benchmark.cluster(3));
            results.add(benchmark.getLoop());
        } finally {
            benchmark.close();
        }
        results.forEach(result -> System.out.printf(Locale.ROOT, "%-40s %8.1f s %9d requests %8d rows%n",
                result.name(), result.millis() / 1000.0, result.requests(), result.rows()));
        Files.createDirectories(out);
        Files.writeString(out.resolve("cluster.svg"), ClusterChart.svg(results, BOARDS, jobsPerBoard),
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("cluster.md"), report(results, jobsPerBoard), StandardCharsets.UTF_8);
        System.out.println("Wrote " + out.resolve("cluster.md") + " and " + out.resolve("cluster.svg"));
        System.exit(0);
    }

    /** The board-sync cluster of {@code nodeCount} nodes, from an empty database to every job in the table. */
    private Result cluster(int nodeCount) throws Exception {
        String database = createDatabase("cluster_" + nodeCount);
        NodeSettings template = new NodeSettings("template", zooKeeper.getConnectString(), 15_000,
                postgres.getJdbcUrl("postgres", database), "postgres", null, boards, sandbox.baseUrl(),
                sandbox.apiKey(), sandbox.userEmail(), 100, PAGE_SIZE, List.of(), 1500);
        List<CamelContext> contexts = new ArrayList<>();
        List<BoardSyncNode> nodes = new ArrayList<>();
        long requestsBefore = sandbox.requestCount();
        long started = System.nanoTime();
        try {
            for (int n = 0; n < nodeCount; n++) {
                // node n prefers boards n, n + nodeCount, ...: the boards spread at once, no standby wait
                List<String> preferred = new ArrayList<>();
                for (int b = n; b < boards.size(); b += nodeCount) {
                    preferred.add(boards.get(b));
                }
                CamelContext context = new DefaultCamelContext();
                context.getShutdownStrategy().setTimeout(5);
                context.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
                nodes.add(BoardSyncNode.install(context,
                        template.withNode("bench-" + nodeCount + "-" + (n + 1), preferred)));
                context.start();
                contexts.add(context);
            }
            long total = (long) BOARDS * jobsPerBoard;
            long rows;
            while ((rows = rows(database)) < total) {
                Thread.sleep(100);
            }
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            return new Result(nodeCount + (nodeCount == 1 ? " node" : " nodes") + " (job-storing consumer)", millis,
                    sandbox.requestCount() - requestsBefore, rows);
        } finally {
            contexts.forEach(CamelContext::stop);
            nodes.forEach(BoardSyncNode::close);
        }
    }

    /** The way before: list each board's keys, then one {@code hrflow:job-indexing} get per job, into the table. */
    private Result getLoop() throws Exception {
        String database = createDatabase("get_loop");
        // a pool, as the nodes have: a connection per upsert would measure PostgreSQL's logins, not the loop
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(2);
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            return getLoop(database, dataSource);
        }
    }

    private Result getLoop(String database, HikariDataSource dataSource) throws Exception {
        JobTable table = new JobTable(dataSource, SqlDialect.POSTGRESQL, "get-loop");
        table.createTables();
        try (CamelContext context = new DefaultCamelContext()) {
            HrFlowConfiguration hrflow = context.getComponent("hrflow", HrFlowComponent.class).getConfiguration();
            hrflow.setBaseUrl(sandbox.baseUrl());
            hrflow.setApiKey(sandbox.apiKey());
            hrflow.setUserEmail(sandbox.userEmail());
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            long requestsBefore = sandbox.requestCount();
            long started = System.nanoTime();
            for (String board : boards) {
                List<String> keys = new ArrayList<>();
                Iterator<?> jobs = template.requestBody("hrflow:job-storing?boardKey=" + board + "&pageSize="
                                                        + PAGE_SIZE,
                        null, Iterator.class);
                jobs.forEachRemaining(job -> keys.add(((Job) job).getKey()));
                for (String key : keys) {
                    Job job = template.requestBodyAndHeader("hrflow:job-indexing?boardKey=" + board, null,
                            HrFlowConstants.JOB_KEY, key, Job.class);
                    table.upsert(job);
                }
            }
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            return new Result("list keys + 1 job-indexing get per job", millis,
                    sandbox.requestCount() - requestsBefore, rows(database));
        }
    }

    private String createDatabase(String name) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private long rows(String database) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.getJdbcUrl("postgres", database));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM hrflow_job")) {
                result.next();
                return result.getLong(1);
            }
        } catch (java.sql.SQLException notYetCreated) {
            return 0;
        }
    }

    private static String report(List<Result> results, int jobsPerBoard) {
        StringBuilder md = new StringBuilder();
        md.append("# Board sync at scale: ").append(BOARDS).append(" boards x ")
                .append(String.format(Locale.ROOT, "%,d", jobsPerBoard)).append(" jobs into PostgreSQL\n\n");
        md.append("![time and requests](cluster.svg)\n\n");
        md.append("| way | time (s) | HrFlow requests | jobs/s | rows |\n|---|---:|---:|---:|---:|\n");
        for (Result result : results) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %,d | %,.0f | %,d |%n", result.name(),
                    result.millis() / 1000.0, result.requests(),
                    result.rows() * 1000.0 / Math.max(1, result.millis()), result.rows()));
        }
        md.append("\nMeasured by `ClusterBenchmark` (examples/board-sync-cluster, `-Pcluster-bench`): the sandbox, an")
                .append(" embedded PostgreSQL 14 and a ZooKeeper `TestingServer`, all in one JVM on this machine;")
                .append(" page size ").append(PAGE_SIZE).append(", poll delay 100 ms. Each way starts from an empty")
                .append(" database and stops when the job table holds every job. The cluster's nodes are separate")
                .append(" CamelContexts in that JVM, so 3 nodes share the same 2 cores as 1 node: the 3-node figure")
                .append(" shows the spread of the boards, not three machines' worth of CPU. The cluster writes each")
                .append(" version through the JDBC idempotent consumer and saves the watermark after each one (4 SQL")
                .append(" statements per job); the get loop only upserts the row. Requests counted by the sandbox.\n");
        return md.toString();
    }

    private void close() throws Exception {
        zooKeeper.close();
        postgres.close();
        sandbox.close();
    }
}
