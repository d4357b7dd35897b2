package io.github.camelhrflow.examples.boardexport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static net.javacrumbs.jsonunit.JsonMatchers.jsonEquals;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example end to end: a Camel Main application exporting a sandbox board of a few hundred jobs, over many
 * pages, and the file compared with the board: every job once, each line equal to the job HrFlow holds.
 */
class BoardExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOARD = "e1e2e3e4e5e6e7e8e9e0e1e2e3e4e5e6e7e8e9e0";
    private static final int JOBS = 257;
    private static final int PAGE_SIZE = 25;
    private static final long SEED = 20240611L;

    @TempDir
    Path dir;

    private HrFlowTarget target;
    private HrFlowSandbox sandbox;

    @BeforeEach
    void startSandbox() {
        target = HrFlowTarget.sandbox();
        sandbox = target.sandboxServer();
        sandbox.addBoard(BOARD, "export test");
    }

    @AfterEach
    void stopSandbox() {
        target.close();
    }

    @Test
    void writesEveryJobOfTheBoardOnceOnePerLine() throws Exception {
        sandbox.seedJobs(BOARD, JOBS, SEED);
        // a line from an interrupted export must not end up in the next one
        Files.writeString(dir.resolve(BOARD + ".jsonl.part"), "{\"left\":\"over\"}\n");

        BoardExport.Outcome outcome = BoardExport.run(properties());

        assertEquals(dir.resolve(BOARD + ".jsonl"), outcome.file());
        assertEquals(JOBS, outcome.total());
        assertFileHoldsTheBoard(outcome.file());
        assertFalse(Files.exists(dir.resolve(BOARD + ".jsonl.part")), "the part file became the export");
        long pages = sandbox.requests().stream().filter(request -> request.path().endsWith("/storing/jobs")).count();
        assertEquals((JOBS + PAGE_SIZE - 1) / PAGE_SIZE, pages, "pages requested, seed " + SEED);

        // the next run replaces the file, it does not append to it
        ObjectNode renamed = sandbox.store().jobs(BOARD).get(100);
        renamed.put("name", "Renamed between exports");
        sandbox.editJob(BOARD, renamed);

        assertFileHoldsTheBoard(BoardExport.run(properties()).file());
    }

    @Test
    void anEmptyBoardGivesAnEmptyFile() throws Exception {
        BoardExport.Outcome outcome = BoardExport.run(properties());

        assertEquals(0L, outcome.total());
        assertEquals(List.of(), Files.readAllLines(outcome.file()));
    }

    @Test
    void anUnknownBoardFailsAndLeavesThePreviousExport() throws Exception {
        Path previous = Files.writeString(dir.resolve("0000000000000000000000000000000000000000.jsonl"), "{}\n");
        Properties properties = properties();
        properties.setProperty("hrflow.board", "0000000000000000000000000000000000000000");

        Exception failure = null;
        try {
            BoardExport.run(properties);
        } catch (Exception e) {
            failure = e;
        }

        assertTrue(failure != null && String.valueOf(failure.getMessage()).contains("board"), String.valueOf(failure));
        assertEquals("{}\n", Files.readString(previous));
    }

    private void assertFileHoldsTheBoard(Path file) throws Exception {
        Map<String, JsonNode> written = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode job = JSON.readTree(line);
            assertNull(written.put(job.get("key").asText(), job),
                    "written twice: " + job.get("key") + ", seed " + SEED);
        }
        List<ObjectNode> board = sandbox.store().jobs(BOARD);
        assertEquals(board.size(), written.size(), "jobs in the file, seed " + SEED);
        for (ObjectNode job : board) {
            String key = job.get("key").asText();
            assertTrue(written.containsKey(key), "missing " + key + ", seed " + SEED);
            assertThat("line of " + key, written.get(key), jsonEquals(job).withTolerance(0));
        }
    }

    private Properties properties() {
        Properties properties = target.properties();
        properties.setProperty("hrflow.board", BOARD);
        properties.setProperty("export.dir", dir.toString());
        properties.setProperty("export.page-size", String.valueOf(PAGE_SIZE));
        return properties;
    }
}
