package io.github.camelhrflow.examples.jobtodatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobProgress;
import io.github.camelhrflow.sandbox.JobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static net.javacrumbs.jsonunit.JsonMatchers.jsonEquals;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example end to end: a Camel Main application against the embedded sandbox, writing to a real H2 file database,
 * run twice to show that rows are updated, not added.
 */
class JobToDatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN_KEY = "0000000000000000000000000000000000000000";

    @TempDir
    Path dataDir;

    private HrFlowTarget target;
    private String jdbcUrl;

    @BeforeEach
    void startSandbox() {
        target = HrFlowTarget.sandbox();
        jdbcUrl = "jdbc:h2:file:" + dataDir.resolve("jobs");
    }

    @AfterEach
    void stopSandbox() {
        target.close();
    }

    @Test
    void storesEachJobOnceAndUpdatesItsRowOnTheNextRun() throws Exception {
        List<String> keys = new ArrayList<>(target.demoJobKeys());
        keys.add(UNKNOWN_KEY);

        JobToDatabase.Outcome first = JobToDatabase.run(keys, properties());

        assertCounts(first.progress(), keys.size() - 1, 1);
        assertEquals(jdbcUrl, first.database());
        Map<String, Row> rows = rows();
        assertEquals(target.demoJobKeys().size(), rows.size());
        for (String key : target.demoJobKeys()) {
            JsonNode served = store().jobByKey(target.boardKey(), key).orElseThrow();
            Row row = rows.get(key);
            assertEquals(served.get("name").asText(), row.name);
            assertEquals(target.boardKey(), row.boardKey);
            assertEquals(served.hasNonNull("archived_at"), row.archived, key);
            assertThat("JSON of " + key, JSON.readTree(row.json), jsonEquals(served).withTolerance(0));
        }
        assertTrue(rows.values().stream().anyMatch(row -> row.archived), "the demo board has an archived job");

        String renamedKey = target.demoJobKeys().get(0);
        ObjectNode renamed = store().jobByKey(target.boardKey(), renamedKey).orElseThrow();
        renamed.put("name", "Renamed between runs");
        store().putJob(target.boardKey(), renamed);

        JobToDatabase.Outcome second = JobToDatabase.run(target.demoJobKeys(), properties());

        assertCounts(second.progress(), target.demoJobKeys().size(), 0);
        Map<String, Row> updated = rows();
        assertEquals(rows.keySet(), updated.keySet(), "the same rows, none added");
        assertEquals("Renamed between runs", updated.get(renamedKey).name);
        assertEquals("Renamed between runs", JSON.readTree(updated.get(renamedKey).json).get("name").asText());
        assertFalse(updated.get(renamedKey).fetchedAt.isBefore(rows.get(renamedKey).fetchedAt));
    }

    private Properties properties() {
        Properties properties = target.properties();
        properties.setProperty("jobs.jdbc.url", jdbcUrl);
        return properties;
    }

    private JobStore store() {
        return target.sandboxServer().store();
    }

    private static void assertCounts(JobProgress progress, int succeeded, int failed) {
        assertEquals(succeeded, progress.succeeded(), "stored");
        assertEquals(failed, progress.failed(), "failed");
    }

    /** Reads the table back through a connection of our own, after the application closed its pool. */
    private Map<String, Row> rows() throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT job_key, board_key, name, archived, job_json, fetched_at FROM hrflow_job")) {
            while (result.next()) {
                rows.put(result.getString("job_key"), new Row(result.getString("board_key"), result.getString("name"),
                        result.getBoolean("archived"), result.getString("job_json"),
                        result.getObject("fetched_at", OffsetDateTime.class)));
            }
        }
        return rows;
    }

    private record Row(String boardKey, String name, boolean archived, String json, OffsetDateTime fetchedAt) {
    }
}
