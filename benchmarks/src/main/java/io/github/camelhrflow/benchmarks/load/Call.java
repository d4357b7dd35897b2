package io.github.camelhrflow.benchmarks.load;

/** One request of a load run, for one job key; it throws when the answer is not the expected one. */
@FunctionalInterface
public interface Call {

    void run(String key) throws Exception;
}
