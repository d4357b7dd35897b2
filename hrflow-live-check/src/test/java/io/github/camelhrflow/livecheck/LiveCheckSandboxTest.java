package io.github.camelhrflow.livecheck;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelhrflow.livecheck.LiveCheck.ARCHIVED_LISTED;
import static io.github.camelhrflow.livecheck.LiveCheck.PROFILE_ARCHIVED;
import static io.github.camelhrflow.livecheck.LiveCheck.PROFILE_LAG;
import static io.github.camelhrflow.livecheck.LiveCheck.PROFILE_NOT_FOUND;
import static io.github.camelhrflow.livecheck.LiveCheck.PROFILE_TIES;
import static io.github.camelhrflow.livecheck.LiveCheck.PROFILE_WRITES;
import static io.github.camelhrflow.livecheck.LiveCheck.RETRY_AFTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live check against the sandbox: every line that can be checked there must hold. */
class LiveCheckSandboxTest {

    /** Lines the sandbox cannot answer, and why; every other line must say {@code holds}. */
    static final Map<String, String> NOT_CHECKABLE_ON_THE_SANDBOX = Map.of(
            RETRY_AFTER, "the check provokes no 429, and the sandbox answers none unless told to",
            PROFILE_NOT_FOUND, "the sandbox serves no profiles, so no scratch source is given",
            PROFILE_WRITES, "profile writes are not scripted yet",
            PROFILE_TIES, "profile listings are not scripted yet",
            PROFILE_LAG, "profile listings are not scripted yet",
            PROFILE_ARCHIVED, "profile listings are not scripted yet");

    /** Short waits: the sandbox answers at once, or within its index lag. */
    static final LiveCheck.Settings FAST = new LiveCheck.Settings(5, 50, Duration.ofMillis(100),
            Duration.ofSeconds(10), Duration.ofSeconds(60));

    /** A key of the {@code ask_} kind, so the test sees that neither the key nor a part of it is written. */
    private static final String SECRET = "ask_live_check_secret_0123456789";

    @TempDir
    Path out;

    @Test
    void everyAssumptionHoldsAgainstTheSandbox() throws IOException {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().apiKey(SECRET).build().start()) {
            String board = scratchBoard(sandbox);
            LiveCheck.Report report = run(sandbox, board);

            assertEveryLineHolds(report);
            assertTrue(report.verdict(ARCHIVED_LISTED).detail().startsWith("archived jobs stay listed"),
                    report.verdict(ARCHIVED_LISTED).line());
            // everything it created is archived: nothing is left live on the scratch board
            assertEquals(FAST.jobs() + 1, report.created());
            assertEquals(report.created(), report.archived());
            for (ObjectNode job : sandbox.store().jobs(board)) {
                assertTrue(job.hasNonNull("archived_at"), job.toString());
                assertTrue(job.get("reference").asText().startsWith(LiveCheck.REFERENCE_PREFIX + report.runId()));
            }
            assertAnswersRecorded(report);
        }
    }

    @Test
    void everyAssumptionHoldsWhenArchivedJobsLeaveTheList() {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().listArchived(false).build().start()) {
            LiveCheck.Report report = run(sandbox, scratchBoard(sandbox));

            assertEveryLineHolds(report);
            assertTrue(report.verdict(ARCHIVED_LISTED).detail().startsWith("archived jobs leave the list"),
                    report.verdict(ARCHIVED_LISTED).line());
        }
    }

    @Test
    void aThrottledAnswerIsWaitedForAndItsRetryAfterChecked() {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().build().start()) {
            String board = scratchBoard(sandbox);
            sandbox.faults().throttleNext(1).retryAfterSeconds(1);
            LiveCheck.Report report = run(sandbox, board);

            assertEquals(Verdict.Outcome.HOLDS, report.verdict(RETRY_AFTER).outcome(),
                    report.verdict(RETRY_AFTER).line());
            assertTrue(report.verdict(RETRY_AFTER).detail().contains("[1]"), report.verdict(RETRY_AFTER).line());
            assertEquals(0, report.count(Verdict.Outcome.DIFFERS), report.verdicts().toString());
        }
    }

    @Test
    void anAnswerThatStopsTheScriptLeavesTheRestNotCheckedWithTheReason() {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().build().start()) {
            // a board that does not exist: the first create is refused
            LiveCheck.Report report = run(sandbox, "0000000000000000000000000000000000000000");

            assertEquals(Verdict.Outcome.DIFFERS, report.verdict(LiveCheck.WRITE_ANSWERS).outcome());
            assertTrue(report.verdict(LiveCheck.WRITE_ANSWERS).detail().contains("Unable to find object: board"),
                    report.verdict(LiveCheck.WRITE_ANSWERS).line());
            Verdict ties = report.verdict(LiveCheck.TIES_UPDATED_AT);
            assertEquals(Verdict.Outcome.NOT_CHECKED, ties.outcome());
            assertTrue(ties.detail().startsWith("the run stopped before this check: creating a job failed"),
                    ties.line());
            assertEquals(0, report.created());
        }
    }

    // the sandbox lists a write only after a seeded random lag of up to 2 s; GET /job/indexing sees it at once
    @Test
    void everyAssumptionHoldsWithIndexLag() {
        HrFlowSandbox.Builder builder = HrFlowSandbox.builder().indexLag(Duration.ofSeconds(2)).indexLagSeed(42L);
        try (HrFlowSandbox sandbox = builder.build().start()) {
            LiveCheck.Report report = run(sandbox, scratchBoard(sandbox));

            assertEveryLineHolds(report);
            assertTrue(report.verdict(LiveCheck.LAG).detail().startsWith("every write listed at most "),
                    report.verdict(LiveCheck.LAG).line());
        }
    }

    private LiveCheck.Report run(HrFlowSandbox sandbox, String board) {
        LiveCheck.Target target = new LiveCheck.Target(sandbox.baseUrl(), sandbox.apiKey(), sandbox.userEmail(), board,
                null, "embedded HrFlow sandbox");
        StringWriter progress = new StringWriter();
        LiveCheck.Report report = new LiveCheck(target, FAST, out, new PrintWriter(progress)).run();
        assertFalse(progress.toString().contains(sandbox.apiKey()), progress.toString());
        return report;
    }

    private static String scratchBoard(HrFlowSandbox sandbox) {
        byte[] key = new byte[20];
        new SecureRandom().nextBytes(key);
        String board = HexFormat.of().formatHex(key);
        sandbox.addBoard(board, "live check scratch");
        return board;
    }

    private static void assertEveryLineHolds(LiveCheck.Report report) {
        assertEquals(LiveCheck.ASSUMPTIONS, report.verdicts().stream().map(Verdict::assumption).toList());
        for (Verdict verdict : report.verdicts()) {
            Verdict.Outcome expected = NOT_CHECKABLE_ON_THE_SANDBOX.containsKey(verdict.assumption())
                    ? Verdict.Outcome.NOT_CHECKED
                    : Verdict.Outcome.HOLDS;
            assertEquals(expected, verdict.outcome(), verdict.line());
        }
    }

    private static void assertAnswersRecorded(LiveCheck.Report report) throws IOException {
        Path directory = report.directory();
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.sorted().toList();
        }
        List<Path> calls = files.stream().filter(f -> f.getFileName().toString().matches("\\d{3}-.+\\.json")).toList();
        assertTrue(calls.size() > 20, files.toString());
        assertTrue(files.contains(directory.resolve("assumptions.txt")), files.toString());
        assertTrue(files.contains(directory.resolve("run.json")), files.toString());
        boolean sawCreate = false;
        for (Path file : calls) {
            String text = Files.readString(file);
            assertFalse(text.contains("live_check_secret"), "the key, or part of it, in " + file);
            JsonNode call = Recorder.MAPPER.readTree(text);
            for (String field : List.of("method", "path", "query", "status", "headers")) {
                assertTrue(call.has(field), field + " in " + file);
            }
            assertTrue(call.has("body") || call.has("body_text"), file.toString());
            assertEquals("ask_****", call.path("request_headers").path("X-API-KEY").asText(), file.toString());
            if (call.path("label").asText().equals("create-1")) {
                sawCreate = true;
                assertEquals("POST", call.path("method").asText());
                assertEquals("/v1/job/indexing", call.path("path").asText());
                assertEquals(201, call.path("status").asInt());
                assertTrue(call.path("body").path("data").hasNonNull("key"), text);
            }
        }
        assertTrue(sawCreate, "create-1 recorded");
        String assumptions = Files.readString(directory.resolve("assumptions.txt"));
        assertTrue(assumptions.contains(LiveCheck.TIES_UPDATED_AT), assumptions);
    }
}
