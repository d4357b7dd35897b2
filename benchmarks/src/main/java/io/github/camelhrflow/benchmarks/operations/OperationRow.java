package io.github.camelhrflow.benchmarks.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.github.camelhrflow.benchmarks.server.RecordedAnswers;
import io.github.camelhrflow.benchmarks.variants.Target;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;

/**
 * An operation measured beside its raw HttpClient 5 + Jackson equivalent: what one run does, on which board, how many
 * jobs a run handles, and at which concurrency levels.
 *
 * @param name        short name for tables
 * @param description what a run does
 * @param boardKey    the board written to or read
 * @param jobsPerRun  jobs handled by one run (one per POST, the whole board per export)
 * @param levels      runs in flight
 * @param runsOneInFlight runs per measurement at one in flight (before scaling)
 * @param runsConcurrent  runs per measurement above
 * @param raw         the raw loop, given the target and the job to index
 * @param hrflow      the camel-hrflow route, given the same
 * @param withoutSplit camel-hrflow's iterator walked in a processor, no split (the export only, else null): what
 *                     is between it and the raw loop is the component's, what is between it and camel-hrflow is the
 *                     split's
 */
public record OperationRow(String name, String description, String boardKey, int jobsPerRun, List<Integer> levels,
                           int runsOneInFlight, int runsConcurrent, BiFunction<Target, Job, OperationRun> raw,
                           BiFunction<Target, Job, OperationRun> hrflow,
                           BiFunction<Target, Job, OperationRun> withoutSplit) {

    public static final String RAW = "raw HttpClient 5 + Jackson";
    public static final String HRFLOW = "camel-hrflow";
    public static final String WITHOUT_SPLIT = "camel-hrflow, iterator walked in a processor (no split)";

    /** {@code operation=index} of a sample job, and the 10,000-job board streamed through {@code job-storing}. */
    public static List<OperationRow> all(double scale) {
        int board = RecordedAnswers.STORING_BOARD_JOBS;
        return List.of(
                new OperationRow("index", "POST a sample job (2 KB), `operation=index` vs `HttpPost` of the same JSON",
                        HrFlowSandbox.DEMO_BOARD_KEY, 1, List.of(1, 16, 64), (int) (3000 * scale),
                        (int) (15_000 * scale), RawOperations::index, HrFlowOperations::index, null),
                new OperationRow("board export", "a " + String.format("%,d", board) + "-job board, "
                                                 + RecordedAnswers.STORING_PAGE_SIZE
                                                 + " a page: `hrflow:job-storing` + `.split(body())"
                                                 + ".streaming()` vs a paging loop",
                        RecordedAnswers.STORING_BOARD_KEY, board, List.of(1),
                        Math.max(1, (int) Math.round(8 * scale)), 0,
                        (target, job) -> RawOperations.boardExport(target, board),
                        (target, job) -> HrFlowOperations.boardExport(target, board),
                        (target, job) -> HrFlowOperations.boardExportWithoutSplit(target, board)));
    }

    /** The variants of this row, raw first. */
    public Map<String, BiFunction<Target, Job, OperationRun>> variants() {
        Map<String, BiFunction<Target, Job, OperationRun>> variants = new LinkedHashMap<>();
        variants.put(RAW, raw);
        variants.put(HRFLOW, hrflow);
        if (withoutSplit != null) {
            variants.put(WITHOUT_SPLIT, withoutSplit);
        }
        return variants;
    }

    public int runs(int concurrency) {
        return concurrency == 1 ? runsOneInFlight : runsConcurrent;
    }
}
