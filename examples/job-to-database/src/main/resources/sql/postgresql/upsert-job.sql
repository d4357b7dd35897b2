-- PostgreSQL's upsert: a job_key already present turns the insert into an update of that row.
INSERT INTO hrflow_job (job_key, reference, board_key, name, location_text, created_at, updated_at, archived,
                        job_json, fetched_at)
VALUES (:#job_key, :#reference, :#board_key, :#name, :#location_text, :#created_at, :#updated_at, :#archived,
        CAST(:#job_json AS JSONB), :#fetched_at)
ON CONFLICT (job_key) DO UPDATE SET
    reference     = EXCLUDED.reference,
    board_key     = EXCLUDED.board_key,
    name          = EXCLUDED.name,
    location_text = EXCLUDED.location_text,
    created_at    = EXCLUDED.created_at,
    updated_at    = EXCLUDED.updated_at,
    archived      = EXCLUDED.archived,
    job_json      = EXCLUDED.job_json,
    fetched_at    = EXCLUDED.fetched_at
