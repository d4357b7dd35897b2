package io.github.camelhrflow.examples.boardsynccluster;

import java.util.Locale;

/** The two databases the example knows: PostgreSQL for real, H2 for a quick try on one machine. */
enum SqlDialect {

    // @formatter:off (SQL laid out by hand)
    POSTGRESQL(
            "CREATE TABLE IF NOT EXISTS hrflow_job ("
            + " job_key VARCHAR(64) NOT NULL PRIMARY KEY, board_key VARCHAR(64) NOT NULL, reference VARCHAR(255),"
            + " name TEXT, updated_at TIMESTAMP WITH TIME ZONE NOT NULL, updated_at_text VARCHAR(64) NOT NULL,"
            + " archived_at VARCHAR(64), synced_by VARCHAR(64) NOT NULL)",
            // an older version arriving late (a failover replays some) never overwrites a newer one
            "INSERT INTO hrflow_job (job_key, board_key, reference, name, updated_at, updated_at_text, archived_at,"
            + " synced_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (job_key) DO UPDATE SET board_key = EXCLUDED.board_key, reference = EXCLUDED.reference,"
            + " name = EXCLUDED.name, updated_at = EXCLUDED.updated_at, updated_at_text = EXCLUDED.updated_at_text,"
            + " archived_at = EXCLUDED.archived_at, synced_by = EXCLUDED.synced_by"
            + " WHERE hrflow_job.updated_at <= EXCLUDED.updated_at",
            "CREATE TABLE IF NOT EXISTS CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255) NOT NULL,"
            + " messageId VARCHAR(255) NOT NULL, createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))"),

    H2(
            "CREATE TABLE IF NOT EXISTS hrflow_job ("
            + " job_key VARCHAR(64) NOT NULL PRIMARY KEY, board_key VARCHAR(64) NOT NULL, reference VARCHAR(255),"
            + " name CLOB, updated_at TIMESTAMP WITH TIME ZONE NOT NULL, updated_at_text VARCHAR(64) NOT NULL,"
            + " archived_at VARCHAR(64), synced_by VARCHAR(64) NOT NULL)",
            "MERGE INTO hrflow_job t USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)),"
            + " CAST(? AS VARCHAR(255)), CAST(? AS CLOB), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(64)),"
            + " CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64))))"
            + " s (job_key, board_key, reference, name, updated_at, updated_at_text, archived_at, synced_by)"
            + " ON t.job_key = s.job_key"
            + " WHEN MATCHED AND t.updated_at <= s.updated_at THEN UPDATE SET board_key = s.board_key,"
            + " reference = s.reference, name = s.name, updated_at = s.updated_at, updated_at_text = s.updated_at_text,"
            + " archived_at = s.archived_at, synced_by = s.synced_by"
            + " WHEN NOT MATCHED THEN INSERT VALUES (s.job_key, s.board_key, s.reference, s.name, s.updated_at,"
            + " s.updated_at_text, s.archived_at, s.synced_by)",
            "CREATE TABLE IF NOT EXISTS CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255) NOT NULL,"
            + " messageId VARCHAR(255) NOT NULL, createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))");
    // @formatter:on

    final String createJobTable;
    final String upsertJob;
    /** camel-sql's own DDL has no key; this one refuses a second row for a version. */
    final String createMessageTable;

    SqlDialect(String createJobTable, String upsertJob, String createMessageTable) {
        this.createJobTable = createJobTable;
        this.upsertJob = upsertJob;
        this.createMessageTable = createMessageTable;
    }

    static SqlDialect ofUrl(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new IllegalArgumentException("board-sync.jdbc-url must be a PostgreSQL or an H2 URL");
    }
}
