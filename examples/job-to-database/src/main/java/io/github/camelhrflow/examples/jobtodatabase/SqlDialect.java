package io.github.camelhrflow.examples.jobtodatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The databases the example writes to. Standard SQL has no upsert that both accept (H2 has {@code MERGE ... KEY},
 * PostgreSQL {@code INSERT ... ON CONFLICT}), so each has its statements under {@code sql/<name>/} on the classpath.
 */
public enum SqlDialect {

    H2("h2"),
    POSTGRESQL("postgresql");

    private final String directory;

    SqlDialect(String directory) {
        this.directory = directory;
    }

    /** The dialect of the database behind {@code dataSource}, asked of the database itself rather than guessed from its URL. */
    public static SqlDialect of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the jobs database: " + e.getMessage(), e);
        }
        return switch (product.toLowerCase(Locale.ROOT)) {
            case "h2" -> H2;
            case "postgresql" -> POSTGRESQL;
            default -> throw new IllegalStateException("The jobs database is " + product
                                                       + "; this example speaks H2 and PostgreSQL.");
        };
    }

    /** Creates the jobs table unless it exists; keeps the message as it was. */
    public String createTableUri() {
        return "sql:classpath:sql/" + directory + "/create-table.sql?noop=true";
    }

    /** Inserts or updates the row of one job, from a message body holding the {@link JobRow} columns. */
    public String upsertJobUri() {
        return "sql:classpath:sql/" + directory + "/upsert-job.sql";
    }
}
