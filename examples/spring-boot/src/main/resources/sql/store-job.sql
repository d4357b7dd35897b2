MERGE INTO hrflow_job (job_key, reference, name, json, stored_at) KEY (job_key)
VALUES (:#${header.CamelHrFlowJobKey}, :#${header.CamelHrFlowJobReference}, :#${exchangeProperty.jobName}, :#${body}, CURRENT_TIMESTAMP)
