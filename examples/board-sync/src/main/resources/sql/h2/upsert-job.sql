-- H2's upsert: the row whose job_key matches is updated, else one is inserted.
MERGE INTO hrflow_board_job (job_key, reference, board_key, name, location_text, created_at, updated_at,
                             archived_at, job_version, job_json, synced_at)
KEY (job_key)
VALUES (:#job_key, :#reference, :#board_key, :#name, :#location_text, :#created_at, :#updated_at, :#archived_at,
        :#job_version, :#job_json, :#synced_at)
