-- One row per job of the board, as it is now: the columns to query by, and the whole job as HrFlow sent it.
CREATE TABLE IF NOT EXISTS hrflow_board_job (
    job_key       VARCHAR(64)              NOT NULL PRIMARY KEY,
    reference     VARCHAR(255),
    board_key     VARCHAR(64)              NOT NULL,
    name          VARCHAR(1000),
    location_text VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE,
    archived_at   TIMESTAMP WITH TIME ZONE,
    job_version   VARCHAR(200)             NOT NULL,
    job_json      CLOB                     NOT NULL,
    synced_at     TIMESTAMP WITH TIME ZONE NOT NULL
)
