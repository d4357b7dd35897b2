package io.github.camelhrflow.examples.boardsynccluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import io.github.camelhrflow.model.HrFlowTimestamps;
import io.github.camelhrflow.model.Job;

/**
 * The synced copy of the boards: one row per job key, always its newest version seen. The upsert is safe when two
 * nodes write the same job at once and when an older version comes after a newer one.
 */
public class JobTable {

    /** The table's name. */
    public static final String TABLE = "hrflow_job";

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final String nodeId;

    JobTable(DataSource dataSource, SqlDialect dialect, String nodeId) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.nodeId = nodeId;
    }

    /** Creates the job table and the idempotent consumer's table when missing; several nodes may run it at once. */
    void createTables() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(dialect.createJobTable);
            statement.execute(dialect.createMessageTable);
        } catch (SQLException e) {
            // two nodes creating at once: one of them loses the race, the table is there all the same
            if (!exists(TABLE) || !exists("CAMEL_MESSAGEPROCESSED")) {
                throw e;
            }
        }
    }

    private boolean exists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Writes the job's row unless the table already holds a newer version; throws while the database is away. */
    public void upsert(Job job) throws SQLException {
        OffsetDateTime updatedAt = HrFlowTimestamps.parse(job.getUpdatedAt());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(dialect.upsertJob)) {
            upsert.setString(1, job.getKey());
            upsert.setString(2, job.getBoardKey());
            upsert.setString(3, job.getReference());
            upsert.setString(4, job.getName());
            upsert.setObject(5, updatedAt);
            upsert.setString(6, job.getUpdatedAt());
            upsert.setString(7, job.getArchivedAt());
            upsert.setString(8, nodeId);
            upsert.executeUpdate();
        }
    }
}
