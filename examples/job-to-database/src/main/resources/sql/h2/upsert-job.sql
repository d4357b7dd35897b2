-- H2's upsert: the row whose job_key matches is updated, else one is inserted.
MERGE INTO hrflow_job (job_key, reference, board_key, name, location_text, created_at, updated_at, archived,
                       job_json, fetched_at)
KEY (job_key)
VALUES (:#job_key, :#reference, :#board_key, :#name, :#location_text, :#created_at, :#updated_at, :#archived,
        :#job_json, :#fetched_at)
