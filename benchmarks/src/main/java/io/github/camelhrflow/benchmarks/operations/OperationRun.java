package io.github.camelhrflow.benchmarks.operations;

/** One unit of an operation row's work (one job indexed, one board streamed); safe for concurrent use. */
public interface OperationRun extends AutoCloseable {

    /**
     * Does the work once.
     *
     * @throws IllegalStateException when the answer is not the expected one
     */
    void run() throws Exception;

    @Override
    void close() throws Exception;
}
