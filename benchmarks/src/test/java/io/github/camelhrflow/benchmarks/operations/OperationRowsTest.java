package io.github.camelhrflow.benchmarks.operations;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import io.github.camelhrflow.benchmarks.load.Measurement;
import io.github.camelhrflow.benchmarks.report.Targets;
import io.github.camelhrflow.benchmarks.server.JobServer;
import io.github.camelhrflow.benchmarks.server.RecordedAnswers;
import io.github.camelhrflow.benchmarks.variants.Target;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both sides of each operation row do their whole work against the job server, and the check catches short work. */
class OperationRowsTest {

    private static JobServer server;
    private static Job toIndex;

    @BeforeAll
    static void start() throws Exception {
        server = JobServer.start(RecordedAnswers.recordDefaultSeed(), 0);
        toIndex = OperationRounds.jobToIndex(server.baseUrl());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { OperationRow.RAW, OperationRow.HRFLOW, OperationRow.WITHOUT_SPLIT, OperationRow.CONSUMER,
            OperationRow.EXPORT })
    void eachRowRunsEveryWay(String variant) throws Exception {
        for (OperationRow row : OperationRow.all(1)) {
            Target target = new Target(server.baseUrl(), row.boardKey(), HrFlowSandbox.DEMO_API_KEY,
                    HrFlowSandbox.DEMO_USER_EMAIL);
            if (!row.variants().containsKey(variant)) {
                continue;
            }
            try (OperationRun run = row.variants().get(variant).apply(target, toIndex)) {
                // twice: the second run must not see the first one's count
                run.beforeMeasurement(2);
                run.run();
                run.run();
                run.afterMeasurement();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { OperationRow.RAW, OperationRow.HRFLOW, OperationRow.WITHOUT_SPLIT, OperationRow.CONSUMER })
    void anExportThatExpectsMoreJobsThanTheBoardHoldsFails(String variant) throws Exception {
        Target target = new Target(server.baseUrl(), RecordedAnswers.STORING_BOARD_KEY, HrFlowSandbox.DEMO_API_KEY,
                HrFlowSandbox.DEMO_USER_EMAIL);
        int tooMany = RecordedAnswers.STORING_BOARD_JOBS + 1;
        try (OperationRun run = variant.equals(OperationRow.RAW) ? RawOperations.boardExport(target, tooMany)
                : variant.equals(OperationRow.HRFLOW) ? HrFlowOperations.boardExport(target, tooMany)
                        : variant.equals(OperationRow.CONSUMER) ? new ConsumerSync(target, tooMany)
                                : HrFlowOperations.boardExportWithoutSplit(target, tooMany)) {
            Exception e = assertThrows(Exception.class, run::run);
            assertTrue(String.valueOf(e.getMessage()).contains("gave " + RecordedAnswers.STORING_BOARD_JOBS + " jobs"),
                    e.toString());
        }
    }

    @Test
    void ratiosAreCamelHrflowOverRawPerRoundThenTheMedian() {
        OperationRow export = OperationRow.all(1).get(1);
        OperationResults results = new OperationResults();
        long[] hrflowCpu = { 110, 130, 400 };
        for (int round = 0; round < 3; round++) {
            results.add(new OperationCell(export, OperationRow.RAW, 1, round, run(100)));
            results.add(new OperationCell(export, OperationRow.HRFLOW, 1, round, run(hrflowCpu[round])));
        }

        assertEquals(1.3, results.medianRatio(export, 1, OperationCell::cpuMicrosPerJob), 1e-9);
        assertEquals(130.0 / export.jobsPerRun(), results.median(export, OperationRow.HRFLOW, 1,
                OperationCell::cpuMicrosPerJob), 1e-9);
        // the target is judged; the share without the split (not measured here) is shown only
        assertEquals(Arrays.asList(false, null), Targets.check(results, List.of(export)).stream()
                .map(Targets.Check::met).toList());
    }

    @Test
    void theFirstSyncJudgesTheConsumerAgainstItsOwnLimitAndShowsTheExport() {
        OperationRow sync = OperationRow.all(1).get(2);
        OperationResults results = new OperationResults();
        for (int round = 0; round < 3; round++) {
            results.add(new OperationCell(sync, OperationRow.RAW, 1, round, run(100)));
            results.add(new OperationCell(sync, OperationRow.CONSUMER, 1, round, run(125)));
            results.add(new OperationCell(sync, OperationRow.EXPORT, 1, round, run(140)));
        }

        List<Targets.Check> checks = Targets.check(results, List.of(sync));

        assertEquals(OperationRow.CONSUMER, sync.judged());
        assertEquals(List.of(1.25), checks.get(0).ratios());
        assertEquals(true, checks.get(0).met());
        assertEquals(List.of(1.4), checks.get(1).ratios());
        assertEquals(null, checks.get(1).met());
        assertEquals("CONSUMER", sync.code(OperationRow.CONSUMER));
    }

    /** One run of one second, with the given CPU per run. */
    private static Measurement run(long cpuMicrosPerRun) {
        return new Measurement(1, 1_000_000_000L, cpuMicrosPerRun * 1000, 1000, 1, 1, -1);
    }
}
