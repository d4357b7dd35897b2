-- One row per HrFlow job: the columns to query by, and the whole job as HrFlow sent it (JSONB, queryable).
CREATE TABLE IF NOT EXISTS hrflow_job (
    job_key       VARCHAR(64) NOT NULL PRIMARY KEY,
    reference     VARCHAR(255),
    board_key     VARCHAR(64) NOT NULL,
    name          TEXT,
    location_text TEXT,
    created_at    TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ,
    archived      BOOLEAN     NOT NULL,
    job_json      JSONB       NOT NULL,
    fetched_at    TIMESTAMPTZ NOT NULL
)
