-- One row per HrFlow job: the columns to query by, and the whole job as HrFlow sent it.
CREATE TABLE IF NOT EXISTS hrflow_job (
    job_key       VARCHAR(64)              NOT NULL PRIMARY KEY,
    reference     VARCHAR(255),
    board_key     VARCHAR(64)              NOT NULL,
    name          VARCHAR(1000),
    location_text VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE,
    archived      BOOLEAN                  NOT NULL,
    job_json      CLOB                     NOT NULL,
    fetched_at    TIMESTAMP WITH TIME ZONE NOT NULL
)
