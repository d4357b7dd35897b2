package io.github.camelhrflow.examples.jobtohrflow;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example end to end: a Camel Main application upserting the shipped CSV into an empty board of the embedded
 * sandbox, the board read back from the sandbox and compared cell by cell with the CSV, then a second run.
 */
class JobToHrFlowTest {

    private static final String BOARD = "b0a4d5e1c2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7";

    @TempDir
    Path dir;

    private HrFlowTarget target;
    private HrFlowSandbox sandbox;

    @BeforeEach
    void startSandbox() {
        target = HrFlowTarget.sandbox();
        sandbox = target.sandboxServer();
        sandbox.addBoard(BOARD, "ATS import");
    }

    @AfterEach
    void stopSandbox() {
        target.close();
    }

    @Test
    void createsOneJobPerRowThenUpdatesOnlyTheChangedOneOnTheNextRun() throws Exception {
        List<CSVRecord> rows = csvRows();
        assertEquals(10, rows.size(), "the shipped export");

        JobToHrFlow.Outcome first = JobToHrFlow.run(JobToHrFlow.sampleCsv(), properties());

        assertEquals(rows.size(), first.counts().created());
        assertEquals(0, first.counts().updated());
        assertEquals(0, first.counts().unchanged());
        assertEquals(0, first.progress().failed());
        Map<String, String> keys = assertBoardHoldsExactly(rows);

        // someone edits a job in HrFlow: the next import puts the ATS's value back, on the same job, and writes no
        // other job (their content is already in HrFlow)
        ObjectNode edited = sandbox.store().jobByReference(BOARD, "ATS-1003").orElseThrow();
        edited.put("name", "Renamed in HrFlow");
        sandbox.editJob(BOARD, edited);

        JobToHrFlow.Outcome second = JobToHrFlow.run(JobToHrFlow.sampleCsv(), properties());

        assertEquals(0, second.counts().created());
        assertEquals(1, second.counts().updated());
        assertEquals(rows.size() - 1, second.counts().unchanged());
        assertEquals(0, second.progress().failed());
        assertEquals(keys, assertBoardHoldsExactly(rows), "the same jobs, by key");
    }

    @Test
    void aRowThatCannotBecomeAJobIsCountedAndTheOthersGoOn() throws Exception {
        Path csv = dir.resolve("broken.csv");
        Files.writeString(csv, """
                reference,title,summary,location,salary_min,salary_max,currency,skills,contract
                X-1,Good job,,,,,,,
                X-2,,no title,,,,,,
                X-3,Bad salary,,,lots,,,,
                X-4,Also good,"quoted, with a comma",Nantes,30000,,EUR,Java,
                """, StandardCharsets.UTF_8);

        JobToHrFlow.Outcome outcome = JobToHrFlow.run(csv.toUri().toURL(), properties());

        assertEquals(2, outcome.counts().created());
        assertEquals(2, outcome.progress().failed());
        assertEquals(List.of("X-1", "X-4"), sandbox.jobReferences(BOARD).stream().sorted().toList());
        JsonNode x4 = sandbox.store().jobByReference(BOARD, "X-4").orElseThrow();
        assertEquals("quoted, with a comma", x4.get("summary").asText());
        assertTrue(x4.at("/ranges_float/0/value_max").isNull(), "a blank cell is sent as null: " + x4);
    }

    /** Compares every job of the board with the row of its reference; returns the keys by reference. */
    private Map<String, String> assertBoardHoldsExactly(List<CSVRecord> rows) {
        List<ObjectNode> jobs = sandbox.store().jobs(BOARD);
        assertEquals(rows.size(), jobs.size(), "one job per row");
        Map<String, String> keys = new HashMap<>();
        for (CSVRecord row : rows) {
            String reference = row.get("reference");
            List<ObjectNode> same = jobs.stream().filter(job -> reference.equals(job.path("reference").asText()))
                    .toList();
            assertEquals(1, same.size(), "jobs with reference " + reference);
            JsonNode job = same.get(0);
            keys.put(reference, job.get("key").asText());
            assertEquals(row.get("title"), job.get("name").asText(), reference);
            assertEquals(row.get("summary"), job.get("summary").asText(), reference);
            assertEquals(row.get("location"), job.at("/location/text").asText(), reference);
            JsonNode salary = job.at("/ranges_float/0");
            assertEquals("salary", salary.get("name").asText(), reference);
            // the numbers as written in the CSV, not rewritten as 52000.0
            assertEquals(row.get("salary_min"), salary.get("value_min").toString(), reference);
            assertEquals(row.get("salary_max"), salary.get("value_max").toString(), reference);
            assertEquals(row.get("currency"), salary.get("unit").asText(), reference);
            List<String> skills = new ArrayList<>();
            job.get("skills").forEach(skill -> skills.add(skill.get("name").asText()));
            assertEquals(Arrays.asList(row.get("skills").split(";")), skills, reference);
            assertEquals("contract", job.at("/tags/0/name").asText(), reference);
            assertEquals(row.get("contract"), job.at("/tags/0/value").asText(), reference);
        }
        return keys;
    }

    /** The shipped CSV, parsed here on its own so that a mistake in the example's reading shows. */
    private static List<CSVRecord> csvRows() throws Exception {
        try (Reader reader = new InputStreamReader(JobToHrFlow.sampleCsv().openStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private Properties properties() {
        Properties properties = target.properties();
        properties.setProperty("hrflow.board", BOARD);
        return properties;
    }
}
