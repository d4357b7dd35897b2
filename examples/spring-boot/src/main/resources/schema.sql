CREATE TABLE IF NOT EXISTS hrflow_job (
    job_key   VARCHAR(64) PRIMARY KEY,
    reference VARCHAR(255),
    name      VARCHAR(1024),
    json      CLOB NOT NULL,
    stored_at TIMESTAMP NOT NULL
);
