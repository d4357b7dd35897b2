-- PostgreSQL's upsert: a job_key already present turns the insert into an update of that row.
INSERT INTO hrflow_board_job (job_key, reference, board_key, name, location_text, created_at, updated_at,
                              archived_at, job_version, job_json, synced_at)
VALUES (:#job_key, :#reference, :#board_key, :#name, :#location_text, :#created_at, :#updated_at, :#archived_at,
        :#job_version, CAST(:#job_json AS JSONB), :#synced_at)
ON CONFLICT (job_key) DO UPDATE SET
    reference     = EXCLUDED.reference,
    board_key     = EXCLUDED.board_key,
    name          = EXCLUDED.name,
    location_text = EXCLUDED.location_text,
    created_at    = EXCLUDED.created_at,
    updated_at    = EXCLUDED.updated_at,
    archived_at   = EXCLUDED.archived_at,
    job_version   = EXCLUDED.job_version,
    job_json      = EXCLUDED.job_json,
    synced_at     = EXCLUDED.synced_at
