package io.github.camelhrflow;

import java.util.function.Function;

import org.apache.camel.Producer;

/**
 * What {@code hrflow:job-indexing} does with a job (option {@code operation}). Only the endpoint picks it: no message
 * header can turn a read into a write.
 */
public enum HrFlowOperation {

    /** {@code GET /job/indexing}: the job, by key or reference. */
    get(HrFlowJobGetProducer::new),
    /** {@code POST /job/indexing}: creates the body's job. */
    index(HrFlowJobIndexProducer::new),
    /** {@code PUT /job/indexing}: replaces the whole job with the body's. */
    edit(HrFlowJobEditProducer::new),
    /** {@code PATCH /job/indexing/archive}: archives the job. */
    archive(HrFlowJobArchiveProducer::new),
    /** Edits the job with the body's reference, or creates it when the board has none: safe to retry. */
    upsert(HrFlowJobUpsertProducer::new);

    private final Function<HrFlowEndpoint, Producer> producerFactory;

    HrFlowOperation(Function<HrFlowEndpoint, Producer> producerFactory) {
        this.producerFactory = producerFactory;
    }

    Producer createProducer(HrFlowEndpoint endpoint) {
        return producerFactory.apply(endpoint);
    }
}
