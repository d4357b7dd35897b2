package io.github.camelhrflow;

/**
 * What {@code hrflow:job-indexing} and {@code hrflow:profile-indexing} do with one object (option {@code operation}).
 * Only the endpoint picks it: no message header can turn a read into a write.
 */
public enum HrFlowOperation {

    /** {@code GET /job/indexing}, {@code /profile/indexing}: the object, by key or reference. */
    get,
    /** {@code POST}: creates the body's object. */
    index,
    /** {@code PUT}: replaces the whole object with the body's. */
    edit,
    /** {@code PATCH .../indexing/archive}: archives the object. */
    archive,
    /** Edits the object with the body's reference, or creates it when there is none: safe to retry. */
    upsert
}
