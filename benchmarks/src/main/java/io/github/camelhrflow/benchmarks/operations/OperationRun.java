package io.github.camelhrflow.benchmarks.operations;

/** One unit of an operation row's work (one job indexed, one board streamed); safe for concurrent use. */
public interface OperationRun extends AutoCloseable {

    /**
     * Does the work once.
     *
     * @throws IllegalStateException when the answer is not the expected one
     */
    void run() throws Exception;

    /** Called before a measurement of {@code runs} runs, outside it: what a run needs that is not measured. */
    default void beforeMeasurement(int runs) throws Exception {
    }

    /** Called after each measurement, outside it. */
    default void afterMeasurement() throws Exception {
    }

    /** What the last measurement showed beside the figures (requests per run, say), or {@code null}. */
    default String note() {
        return null;
    }

    @Override
    void close() throws Exception;
}
