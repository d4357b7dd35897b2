-- H2's upsert: the row whose profile_key matches is updated, else one is inserted.
MERGE INTO hrflow_source_profile (profile_key, reference, source_key, full_name, email, summary, created_at,
                                  updated_at, archived_at, profile_version, profile_json, synced_at)
KEY (profile_key)
VALUES (:#profile_key, :#reference, :#source_key, :#full_name, :#email, :#summary, :#created_at, :#updated_at,
        :#archived_at, :#profile_version, :#profile_json, :#synced_at)
