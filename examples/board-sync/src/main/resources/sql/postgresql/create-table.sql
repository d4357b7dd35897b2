-- One row per job of the board, as it is now: the columns to query by, and the whole job as HrFlow sent it (JSONB).
CREATE TABLE IF NOT EXISTS hrflow_board_job (
    job_key       VARCHAR(64)  NOT NULL PRIMARY KEY,
    reference     VARCHAR(255),
    board_key     VARCHAR(64)  NOT NULL,
    name          TEXT,
    location_text TEXT,
    created_at    TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ,
    archived_at   TIMESTAMPTZ,
    job_version   VARCHAR(200) NOT NULL,
    job_json      JSONB        NOT NULL,
    synced_at     TIMESTAMPTZ  NOT NULL
)
