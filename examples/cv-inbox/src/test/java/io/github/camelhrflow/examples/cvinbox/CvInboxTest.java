package io.github.camelhrflow.examples.cvinbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.ProfileRow;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example end to end on H2 and the sandbox's demo source, which parses in the background (202, then the profile
 * appears after the parse delay): the sample CVs and an empty file dropped into the inbox, then a CV dropped again and
 * another under a new name.
 */
class CvInboxTest {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private HrFlowTarget target;
    private HrFlowSandbox sandbox;
    private String source;
    private Path inbox;
    private CvInbox running;

    @BeforeEach
    void startSandbox() {
        target = HrFlowTarget.sourceFromEnvironment(Map.of());
        sandbox = target.sandboxServer();
        sandbox.parseDelay(Duration.ofMillis(300));
        source = target.sourceKey();
        inbox = dir.resolve("inbox");
    }

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.stop();
        }
        target.close();
    }

    @Test
    void parsesEachCvOnceAndMovesARefusedFileAside() throws Exception {
        int before = sandbox.store().profiles(source).size();
        CvInboxApplication.copySamples(inbox);
        Files.write(inbox.resolve("empty.pdf"), new byte[0]);
        running = CvInbox.create(properties());
        running.start();

        await().atMost(CATCH_UP).until(() -> running.progress().succeeded() + running.progress().failed() == 5);
        assertEquals(4, running.progress().succeeded());
        assertEquals(1, running.progress().failed(), "the empty file is refused by HrFlow");
        assertEquals(Set.copyOf(CvInboxApplication.SAMPLE_CVS), names(inbox.resolve(".done")));
        assertEquals(Set.of("empty.pdf"), names(inbox.resolve(".failed")));
        assertEquals(before + 4, sandbox.store().profiles(source).size(), "one profile per CV");
        assertTableHoldsOneRowPerCv();

        // the same file dropped again, and another under a new name: HrFlow already holds both profiles
        Files.copy(inbox.resolve(".done/ada-lovegood.txt"), inbox.resolve("ada-lovegood.txt"));
        Files.copy(inbox.resolve(".done/bruno-testa.txt"), inbox.resolve("bruno-testa (1).txt"));
        await().atMost(CATCH_UP).until(() -> running.progress().succeeded() == 6);
        await().atMost(CATCH_UP).until(() -> names(inbox).isEmpty());
        assertEquals(before + 4, sandbox.store().profiles(source).size(), "no second profile");
        assertEquals(1, running.progress().failed());
        assertTrue(names(inbox.resolve(".done")).contains("bruno-testa (1).txt"));
        assertTableHoldsOneRowPerCv();
    }

    /** Four rows, one per sample CV, each the profile whose reference is the SHA-256 of its file, as HrFlow holds it. */
    private void assertTableHoldsOneRowPerCv() throws Exception {
        Map<String, String> rows = rows();
        Set<String> expected = new HashSet<>();
        for (String name : CvInboxApplication.SAMPLE_CVS) {
            expected.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(inbox.resolve(".done").resolve(name)))));
        }
        assertEquals(expected, Set.copyOf(rows.values()), "the references");
        for (Map.Entry<String, String> row : rows.entrySet()) {
            assertEquals(row.getKey(), sandbox.store().profileByReference(source, row.getValue()).orElseThrow()
                    .get("key").asText());
        }
        String ada = sandbox.store().profileByReference(source, rows.get(rows.keySet().stream()
                .filter(key -> summaries().getOrDefault(key, "").equals("Ada Lovegood")).findFirst().orElseThrow()))
                .orElseThrow().get("info").get("email").asText();
        assertEquals("ada.lovegood@example.com", ada, "the sandbox reads a text CV");
    }

    private Properties properties() {
        Properties properties = target.properties();
        properties.setProperty("cv.inbox", inbox.toString());
        properties.setProperty("cv.poll-delay", "100");
        properties.setProperty("cv.await-interval", "100");
        properties.setProperty("sync.jdbc.url", jdbcUrl());
        return properties;
    }

    private String jdbcUrl() {
        return "jdbc:h2:file:" + dir.resolve("cv-inbox");
    }

    private static Set<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }

    /** profile_key to reference. */
    private Map<String, String> rows() throws SQLException {
        return query("reference");
    }

    /** profile_key to summary (the first line of a text CV, in the sandbox). */
    private Map<String, String> summaries() {
        try {
            return query("summary");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> query(String column) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT profile_key, " + column + " FROM " + ProfileRow.TABLE)) {
            while (result.next()) {
                rows.put(result.getString("profile_key"), result.getString(column));
            }
        }
        return rows;
    }

}
