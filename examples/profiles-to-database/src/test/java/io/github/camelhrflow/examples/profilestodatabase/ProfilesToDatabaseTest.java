package io.github.camelhrflow.examples.profilestodatabase;

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
import io.github.camelhrflow.examples.ProfileRow;
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
 * The example end to end on H2 and the sandbox's demo source (three profiles, one archived) with generated profiles
 * added: the table holds the source, follows edits made while it runs, and a restart on the same state file writes
 * only what changed since.
 */
class ProfilesToDatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXTRA = 40;
    private static final long SEED = 11L;
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private HrFlowTarget target;
    private HrFlowSandbox sandbox;
    private String source;
    private ProfilesToDatabase running;

    @BeforeEach
    void startSandbox() {
        target = HrFlowTarget.sourceFromEnvironment(Map.of());
        sandbox = target.sandboxServer();
        source = target.sourceKey();
        assertEquals(HrFlowSandbox.DEMO_SOURCE_KEY, source, "the demo source by default");
        sandbox.seedProfiles(source, EXTRA, SEED);
    }

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.stop();
        }
        target.close();
    }

    @Test
    void keepsTheSourceInTheTableThroughEditsAndARestart() throws Exception {
        int profiles = sandbox.store().profiles(source).size();
        running = start();
        awaitTableHoldsTheSource();
        assertEquals(profiles, running.progress().succeeded(), "each profile version once, seed " + SEED);

        // recruiters at work while it runs: an edit, an archive, a new profile
        nextSecond();
        ObjectNode edited = sandbox.store().profiles(source).get(5);
        ((ObjectNode) edited.get("info")).put("full_name", "Edited While Syncing");
        sandbox.editProfile(source, edited);
        String archived = sandbox.store().profiles(source).stream().filter(p -> !p.hasNonNull("archived_at"))
                .skip(7).findFirst().orElseThrow().get("key").asText();
        sandbox.archiveProfile(source, archived, true);
        ObjectNode created = sandbox.createProfile(source, JSON.createObjectNode().put("reference", "live-1")
                .set("info", JSON.createObjectNode().put("full_name", "Created While Syncing")
                        .put("email", "created@example.com")));

        awaitTableHoldsTheSource();
        assertEquals(profiles + 3, running.progress().succeeded(), "the three new versions once each, seed " + SEED);
        assertEquals("Edited While Syncing", rows().get(edited.get("key").asText()).fullName);
        assertEquals("Created While Syncing", rows().get(created.get("key").asText()).fullName);
        assertTrue(rows().get(archived).archived, "archived_at set");
        running.stop();

        // a restart on the same state file and table: only the version written since comes
        running = start();
        nextSecond();
        ObjectNode again = sandbox.store().profileByKey(source, archived).orElseThrow();
        ((ObjectNode) again.get("info")).put("full_name", "After Restart");
        sandbox.editProfile(source, again);
        awaitTableHoldsTheSource();
        assertEquals(1, running.progress().succeeded(), "versions written after the restart, seed " + SEED);
        assertEquals("After Restart", rows().get(archived).fullName);
    }

    private ProfilesToDatabase start() throws Exception {
        ProfilesToDatabase sync = ProfilesToDatabase.create(properties());
        sync.start();
        return sync;
    }

    /** Waits until every profile of the source has its row, at its current version, with HrFlow's JSON. */
    private void awaitTableHoldsTheSource() {
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Map<String, Row> rows = rows();
            Map<String, String> expected = new HashMap<>();
            Map<String, String> actual = new HashMap<>();
            for (ObjectNode profile : sandbox.store().profiles(source)) {
                String key = profile.get("key").asText();
                String version = key + "@" + profile.get("updated_at").asText();
                expected.put(key, version + " archived=" + profile.hasNonNull("archived_at"));
                Row row = rows.get(key);
                if (row != null) {
                    actual.put(key, row.version + " archived=" + row.archived);
                    if (row.version.equals(version)) {
                        assertThat("JSON of " + key, JSON.readTree(row.json), jsonEquals(profile).withTolerance(0));
                    }
                }
            }
            assertEquals(expected, actual, "seed " + SEED);
        });
    }

    /** HrFlow's {@code updated_at} counts seconds: the test's writes start in a second of their own. */
    private void nextSecond() {
        sandbox.clock().advance(Duration.ofSeconds(1));
    }

    private Properties properties() {
        Properties properties = target.properties();
        properties.setProperty("sync.jdbc.url", jdbcUrl());
        properties.setProperty("sync.state-file", dir.resolve("sync.state").toString());
        properties.setProperty("sync.delay", "200");
        return properties;
    }

    private String jdbcUrl() {
        return "jdbc:h2:file:" + dir.resolve("profiles");
    }

    private Map<String, Row> rows() throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT profile_key, full_name, archived_at, profile_version,"
                                                       + " profile_json FROM " + ProfileRow.TABLE)) {
            while (result.next()) {
                rows.put(result.getString("profile_key"), new Row(result.getString("full_name"),
                        result.getObject("archived_at") != null, result.getString("profile_version"),
                        result.getString("profile_json")));
            }
        }
        return rows;
    }

    private record Row(String fullName, boolean archived, String version, String json) {
    }
}
