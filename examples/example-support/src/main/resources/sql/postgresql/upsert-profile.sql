-- PostgreSQL's upsert: a profile_key already present turns the insert into an update of that row.
INSERT INTO hrflow_source_profile (profile_key, reference, source_key, full_name, email, summary, created_at,
                                   updated_at, archived_at, profile_version, profile_json, synced_at)
VALUES (:#profile_key, :#reference, :#source_key, :#full_name, :#email, :#summary, :#created_at, :#updated_at,
        :#archived_at, :#profile_version, CAST(:#profile_json AS JSONB), :#synced_at)
ON CONFLICT (profile_key) DO UPDATE SET
    reference       = EXCLUDED.reference,
    source_key      = EXCLUDED.source_key,
    full_name       = EXCLUDED.full_name,
    email           = EXCLUDED.email,
    summary         = EXCLUDED.summary,
    created_at      = EXCLUDED.created_at,
    updated_at      = EXCLUDED.updated_at,
    archived_at     = EXCLUDED.archived_at,
    profile_version = EXCLUDED.profile_version,
    profile_json    = EXCLUDED.profile_json,
    synced_at       = EXCLUDED.synced_at
