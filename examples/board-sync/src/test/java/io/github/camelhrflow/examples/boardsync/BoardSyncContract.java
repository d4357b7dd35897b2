package io.github.camelhrflow.examples.boardsync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static net.javacrumbs.jsonunit.JsonMatchers.jsonEquals;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example end to end: the application follows a sandbox board while the test writes into it, then is
 * restarted on the same state file and database. Run on each database the example speaks.
 */
abstract class BoardSyncContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOARD = "5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e";
    private static final int JOBS = 120;
    private static final long SEED = 7L;
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private HrFlowTarget target;
    private HrFlowSandbox sandbox;
    private BoardSync running;

    @BeforeEach
    void startSandbox() {
        target = HrFlowTarget.sandbox();
        sandbox = target.sandboxServer();
        sandbox.addBoard(BOARD, "sync test");
        sandbox.seedJobs(BOARD, JOBS, SEED);
    }

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.stop();
        }
        target.close();
    }

    @Test
    void followsTheBoardAndResumesAfterARestart() throws Exception {
        running = start(properties());
        awaitTableHoldsTheBoard();
        assertEquals(JOBS, running.progress().succeeded(), "each job version once, seed " + SEED);

        // recruiters at work while the sync runs: a new job, an edit, an archive
        nextSecond();
        ObjectNode created = sandbox.createJob(BOARD, JSON.createObjectNode().put("name", "Created while syncing")
                .put("reference", "live-1"));
        ObjectNode edited = sandbox.store().jobs(BOARD).get(3);
        sandbox.editJob(BOARD, edited.put("name", "Edited while syncing"));
        String archivedKey = liveJobKey(10);
        sandbox.archiveJob(BOARD, archivedKey, true);

        awaitTableHoldsTheBoard();
        assertEquals(JOBS + 3, running.progress().succeeded(), "the three new versions once each, seed " + SEED);
        assertEquals("Created while syncing", rows().get(created.get("key").asText()).name);
        assertTrue(rows().get(archivedKey).archived, "archived_at set");
        running.stop();
        assertTrue(Files.size(dir.resolve("sync.state")) > 0, "the watermark is in the state file");

        // a restart on the same state file: only what changed since comes, nothing from before
        running = start(properties());
        nextSecond();
        sandbox.editJob(BOARD, sandbox.store().jobByKey(BOARD, archivedKey).orElseThrow().put("name", "After restart"));

        awaitTableHoldsTheBoard();
        assertEquals(1, running.progress().succeeded(), "versions written after the restart, seed " + SEED);
        assertEquals("After restart", rows().get(archivedKey).name);
    }

    @Test
    void skipsVersionsAlreadyWrittenWhenTheWatermarkIsLost() throws Exception {
        Properties properties = properties();
        properties.setProperty("sync.skip-seen-versions", "true");
        running = start(properties);
        awaitTableHoldsTheBoard();
        assertEquals(JOBS, running.progress().succeeded(), "seed " + SEED);
        running.stop();

        // the watermark is gone: the consumer starts from the beginning, the idempotent consumer drops it all
        Files.delete(dir.resolve("sync.state"));
        running = start(properties);
        String key = liveJobKey(0);
        nextSecond();
        sandbox.editJob(BOARD, sandbox.store().jobByKey(BOARD, key).orElseThrow().put("name", "Changed"));

        awaitTableHoldsTheBoard();
        assertEquals(1, running.progress().succeeded(), "only the new version written, seed " + SEED);
    }

    private BoardSync start(Properties properties) throws Exception {
        BoardSync sync = BoardSync.create(properties);
        sync.start();
        return sync;
    }

    /** Waits until every job of the board has its row, at its current version, with HrFlow's JSON. */
    private void awaitTableHoldsTheBoard() {
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Map<String, Row> rows = rows();
            Map<String, String> expected = new HashMap<>();
            Map<String, String> actual = new HashMap<>();
            for (ObjectNode job : sandbox.store().jobs(BOARD)) {
                String key = job.get("key").asText();
                expected.put(key, key + "@" + job.get("updated_at").asText() + " archived="
                                  + job.hasNonNull("archived_at"));
                Row row = rows.get(key);
                if (row != null) {
                    actual.put(key, row.version + " archived=" + row.archived);
                    if (row.version.equals(key + "@" + job.get("updated_at").asText())) {
                        assertThat("JSON of " + key, JSON.readTree(row.json), jsonEquals(job).withTolerance(0));
                    }
                }
            }
            assertEquals(expected, actual, "seed " + SEED);
        });
    }

    /**
     * HrFlow's {@code updated_at} counts seconds: a second write to a job within the second of a version already
     * delivered makes no new version, and no client can see it. The test's writes start in a second of their own.
     */
    private void nextSecond() {
        sandbox.clock().advance(Duration.ofSeconds(1));
    }

    /** The key of the n-th job of the board that is not archived. */
    private String liveJobKey(int n) {
        return sandbox.store().jobs(BOARD).stream().filter(job -> !job.hasNonNull("archived_at")).skip(n)
                .findFirst().orElseThrow().get("key").asText();
    }

    private Properties properties() {
        Properties properties = target.properties();
        properties.setProperty("hrflow.board", BOARD);
        properties.setProperty("sync.jdbc.url", jdbcUrl());
        properties.setProperty("sync.jdbc.user", jdbcUser());
        properties.setProperty("sync.jdbc.password", jdbcPassword());
        properties.setProperty("sync.state-file", dir.resolve("sync.state").toString());
        properties.setProperty("sync.versions-file", dir.resolve("sync.versions").toString());
        properties.setProperty("sync.delay", "200");
        return properties;
    }

    /** A database with no board table yet, for this test alone. */
    abstract String jdbcUrl();

    abstract String jdbcUser();

    abstract String jdbcPassword();

    private Map<String, Row> rows() throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), jdbcUser(), jdbcPassword());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT job_key, name, archived_at, job_version, job_json FROM hrflow_board_job")) {
            while (result.next()) {
                rows.put(result.getString("job_key"), new Row(result.getString("name"),
                        result.getObject("archived_at") != null, result.getString("job_version"),
                        result.getString("job_json")));
            }
        }
        return rows;
    }

    private record Row(String name, boolean archived, String version, String json) {
    }
}
