package io.github.camelhrflow.benchmarks.variants;

import io.github.camelhrflow.model.Job;

/** One way of getting a job by key as a {@link Job}; safe for concurrent use. */
public interface JobFetcher extends AutoCloseable {

    Job fetch(String key) throws Exception;

    @Override
    void close() throws Exception;
}
