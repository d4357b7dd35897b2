-- One row per profile of the source, as it is now: the columns to query by, and the whole profile as HrFlow sent it.
CREATE TABLE IF NOT EXISTS hrflow_source_profile (
    profile_key     VARCHAR(64)              NOT NULL PRIMARY KEY,
    reference       VARCHAR(255),
    source_key      VARCHAR(64)              NOT NULL,
    full_name       VARCHAR(1000),
    email           VARCHAR(1000),
    summary         VARCHAR(4000),
    created_at      TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE,
    archived_at     TIMESTAMP WITH TIME ZONE,
    profile_version VARCHAR(200)             NOT NULL,
    profile_json    CLOB                     NOT NULL,
    synced_at       TIMESTAMP WITH TIME ZONE NOT NULL
)
