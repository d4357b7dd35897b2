-- One row per profile of the source, as it is now: the columns to query by, and the whole profile (JSONB).
CREATE TABLE IF NOT EXISTS hrflow_source_profile (
    profile_key     VARCHAR(64)  NOT NULL PRIMARY KEY,
    reference       VARCHAR(255),
    source_key      VARCHAR(64)  NOT NULL,
    full_name       TEXT,
    email           TEXT,
    summary         TEXT,
    created_at      TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ,
    archived_at     TIMESTAMPTZ,
    profile_version VARCHAR(200) NOT NULL,
    profile_json    JSONB        NOT NULL,
    synced_at       TIMESTAMPTZ  NOT NULL
)
