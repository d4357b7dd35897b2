SELECT job_key AS "key", reference AS "reference", name AS "name" FROM hrflow_job ORDER BY stored_at, job_key
