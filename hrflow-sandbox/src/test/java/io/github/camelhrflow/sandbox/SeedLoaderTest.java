package io.github.camelhrflow.sandbox;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User seeds: files and directories in the three accepted shapes. */
class SeedLoaderTest {

    private static final String BOARDS_SEED =
            """
                    {"boards": [{"key": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "name": "my_board",
                      "jobs": [{"key": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "reference": "MINE-1", "name": "Baker",
                                "ranges_float": [{"name": "salary", "value_min": 45000.00, "value_max": 2.3522219, "unit": "eur"}]}]}]}
                    """;

    @TempDir
    Path dir;

    @Test
    void directoryOfSeedFilesIsServedOverHttp() throws IOException {
        Files.writeString(dir.resolve("1-boards.json"), BOARDS_SEED);
        // a captured HrFlow answer: its board comes from the job's board field
        Files.writeString(dir.resolve("2-captured.json"),
                SandboxClient.resource("samples/get-job-2023-full.json").toString());
        Files.writeString(dir.resolve("notes.txt"), "not a seed");

        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).seed(dir).build().start()) {
            SandboxClient client = new SandboxClient(sandbox);

            HttpResponse<String> mine =
                    client.getJob("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "reference", "MINE-1");
            assertEquals(200, mine.statusCode());
            assertEquals("Baker", SandboxClient.json(mine).at("/data/name").asText());
            // numbers are written with the digits they were seeded with
            assertTrue(mine.body().contains("45000.00") && mine.body().contains("2.3522219"), mine.body());

            JsonNode sample = SandboxClient.resource("samples/get-job-2023-full.json");
            HttpResponse<String> captured =
                    client.getJob(HrFlowSandbox.SAMPLE_2023_BOARD_KEY, "key", sample.at("/data/key").asText());
            assertEquals(sample, SandboxClient.json(captured));
            assertEquals("vulcain_test",
                    sandbox.store().board(HrFlowSandbox.SAMPLE_2023_BOARD_KEY).orElseThrow().name());
            assertEquals(2, sandbox.store().boards().size());
        }
    }

    @Test
    void singleFileWithABareJobAddsToTheDefaultSeed() throws IOException {
        Path file = dir.resolve("job.json");
        Files.writeString(file,
                """
                        {"key": "cccccccccccccccccccccccccccccccccccccccc", "board_key": "dddddddddddddddddddddddddddddddddddddddd", "name": "Pilot"}
                        """);

        JobStore store = HrFlowSandbox.builder().seed(file).build().store();

        assertTrue(store.hasBoard(HrFlowSandbox.DEMO_BOARD_KEY));
        assertEquals("dddddddddddddddddddddddddddddddddddddddd",
                store.board("dddddddddddddddddddddddddddddddddddddddd").orElseThrow().name());
        assertEquals("Pilot",
                store.jobByKey("dddddddddddddddddddddddddddddddddddddddd", "cccccccccccccccccccccccccccccccccccccccc")
                        .orElseThrow().get("name").asText());
    }

    @Test
    void userSeedReplacesAJobWithTheSameKey() throws IOException {
        String key = SandboxClient.resource("samples/get-job-2022-null-reference.json").at("/data/key").asText();
        Path file = dir.resolve("override.json");
        Files.writeString(file, "{\"key\": \"" + key + "\", \"board_key\": \"" + HrFlowSandbox.SAMPLE_2022_BOARD_KEY
                                + "\", \"name\": \"Replaced\"}");

        JobStore store = HrFlowSandbox.builder().seed(file).build().store();

        assertEquals("Replaced",
                store.jobByKey(HrFlowSandbox.SAMPLE_2022_BOARD_KEY, key).orElseThrow().get("name").asText());
    }

    @Test
    void withoutDefaultSeedTheSandboxIsEmpty() {
        assertTrue(HrFlowSandbox.builder().defaultSeed(false).build().store().boards().isEmpty());
    }

    @Test
    void invalidSeedsFailWithTheFileName() throws IOException {
        Path noBoardKey = dir.resolve("no-board.json");
        Files.writeString(noBoardKey, "{\"key\": \"k\", \"name\": \"orphan\"}");
        Path noJobKey = dir.resolve("no-key.json");
        Files.writeString(noJobKey,
                "{\"boards\": [{\"key\": \"b\", \"name\": \"n\", \"jobs\": [{\"name\": \"keyless\"}]}]}");
        Path notJson = dir.resolve("broken.json");
        Files.writeString(notJson, "{\"boards\": [");

        for (Path seed : new Path[] { noBoardKey, noJobKey }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> HrFlowSandbox.builder().defaultSeed(false).seed(seed).build());
            assertTrue(e.getMessage().contains(seed.getFileName().toString()), e.getMessage());
        }
        assertThrows(RuntimeException.class, () -> HrFlowSandbox.builder().defaultSeed(false).seed(notJson).build());
        assertThrows(RuntimeException.class, () -> HrFlowSandbox.builder().seed(dir.resolve("missing.json")).build());
    }
}
