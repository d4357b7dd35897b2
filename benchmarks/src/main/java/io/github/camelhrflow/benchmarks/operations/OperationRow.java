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
 * jobs a run handles, at which concurrency levels, and the ways it is done: the raw loop first, then the way the goal
 * judges, then ways shown beside them.
 *
 * @param name            short name for tables
 * @param description     what a run does
 * @param boardKey        the board written to or read
 * @param jobsPerRun      jobs handled by one run (one per POST, the whole board per export or sync)
 * @param levels          runs in flight
 * @param runsOneInFlight runs per measurement at one in flight (before scaling)
 * @param runsConcurrent  runs per measurement above
 * @param goal            what the judged way's CPU per job is held to, as the report words it
 * @param cpuLimit        the judged way's CPU per job over the raw loop's, at most; NaN: shown, not judged
 * @param ways            the raw loop, the judged way, then the others
 */
public record OperationRow(String name, String description, String boardKey, int jobsPerRun, List<Integer> levels,
                           int runsOneInFlight, int runsConcurrent, String goal, double cpuLimit, List<Way> ways) {

    public static final String RAW = "raw HttpClient 5 + Jackson";
    public static final String HRFLOW = "camel-hrflow";
    public static final String WITHOUT_SPLIT = "camel-hrflow, iterator walked in a processor (no split)";
    public static final String CONSUMER = "camel-hrflow consumer, `from(\"hrflow:job-storing\")`";
    public static final String EXPORT = "camel-hrflow export, `to(\"hrflow:job-storing\")` + split";

    /**
     * One way of doing a row's work.
     *
     * @param label   its name in tables; unique within the row
     * @param code    its name in raw.csv
     * @param shownAs for the ways after the judged one: the line of the targets table that shows its ratio
     * @param factory builds it, given the target and the job to index
     */
    public record Way(String label, String code, String shownAs, BiFunction<Target, Job, OperationRun> factory) {
    }

    /**
     * {@code operation=index} of a sample job, the 10,000-job board streamed through {@code job-storing}, and the
     * first sync of that board through the consumer beside the export and the raw loop.
     */
    public static List<OperationRow> all(double scale) {
        int board = RecordedAnswers.STORING_BOARD_JOBS;
        String jobs = String.format("%,d", board);
        int boardsPerMeasurement = Math.max(1, (int) Math.round(8 * scale));
        Way raw = new Way(RAW, "RAW", null, (target, job) -> RawOperations.boardExport(target, board));
        return List.of(
                new OperationRow("index", "POST a sample job (2 KB), `operation=index` vs `HttpPost` of the same JSON",
                        HrFlowSandbox.DEMO_BOARD_KEY, 1, List.of(1, 16, 64), (int) (3000 * scale),
                        (int) (15_000 * scale), "CPU/job vs a raw POST", Double.NaN,
                        List.of(new Way(RAW, "RAW", null, RawOperations::index),
                                new Way(HRFLOW, "CAMEL_HRFLOW", null, HrFlowOperations::index))),
                new OperationRow("board export", "a " + jobs + "-job board, " + RecordedAnswers.STORING_PAGE_SIZE
                                                 + " a page: `hrflow:job-storing` + `.split(body())"
                                                 + ".streaming()` vs a paging loop",
                        RecordedAnswers.STORING_BOARD_KEY, board, List.of(1), boardsPerMeasurement, 0,
                        "CPU/job ≤ 1.2× the raw paging loop", 1.2,
                        List.of(raw,
                                new Way(HRFLOW, "CAMEL_HRFLOW", null,
                                        (target, job) -> HrFlowOperations.boardExport(target, board)),
                                new Way(WITHOUT_SPLIT, "CAMEL_HRFLOW_NO_SPLIT",
                                        "CPU/job without the split vs the raw loop (the component's own share)",
                                        (target, job) -> HrFlowOperations.boardExportWithoutSplit(target, board)))),
                new OperationRow("first sync", "the same " + jobs + "-job board, from an empty position to every"
                                               + " job delivered: the consumer (a sweep in creation order, then"
                                               + " the newest changes) vs the export vs a paging loop",
                        RecordedAnswers.STORING_BOARD_KEY, board, List.of(1), boardsPerMeasurement, 0,
                        "CPU/job ≤ 1.3× the raw paging loop", 1.3,
                        List.of(raw,
                                new Way(CONSUMER, "CONSUMER", null,
                                        (target, job) -> new ConsumerSync(target, board)),
                                new Way(EXPORT, "CAMEL_HRFLOW",
                                        "CPU/job of the export in the same rounds vs the raw loop",
                                        (target, job) -> HrFlowOperations.boardExport(target, board)))));
    }

    /** The ways of this row by label, raw first. */
    public Map<String, BiFunction<Target, Job, OperationRun>> variants() {
        Map<String, BiFunction<Target, Job, OperationRun>> variants = new LinkedHashMap<>();
        ways.forEach(way -> variants.put(way.label(), way.factory()));
        return variants;
    }

    public BiFunction<Target, Job, OperationRun> raw() {
        return ways.get(0).factory();
    }

    /** The way the goal judges. */
    public BiFunction<Target, Job, OperationRun> hrflow() {
        return ways.get(1).factory();
    }

    /** The label of the way the goal judges. */
    public String judged() {
        return ways.get(1).label();
    }

    /** The ways after the judged one, each shown beside it. */
    public List<Way> shown() {
        return ways.subList(2, ways.size());
    }

    /** The raw.csv name of a way. */
    public String code(String label) {
        return ways.stream().filter(way -> way.label().equals(label)).findFirst().map(Way::code).orElse(label);
    }

    public int runs(int concurrency) {
        return concurrency == 1 ? runsOneInFlight : runsConcurrent;
    }
}
