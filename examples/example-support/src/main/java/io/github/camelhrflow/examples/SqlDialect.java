package io.github.camelhrflow.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The databases the examples write to (job-to-database, board-sync, profiles-to-database, cv-inbox). Standard SQL has no upsert that both accept (H2 has {@code MERGE ... KEY},
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
            throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
        }
        return switch (product.toLowerCase(Locale.ROOT)) {
            case "h2" -> H2;
            case "postgresql" -> POSTGRESQL;
            default -> throw new IllegalStateException("The database is " + product
                                                       + "; this example speaks H2 and PostgreSQL.");
        };
    }

    /** Creates the example's table unless it exists, as a step of a route; keeps the message as it was. */
    public String createTableUri() {
        return "sql:classpath:sql/" + directory + "/create-table.sql?noop=true";
    }

    /**
     * Creates the example's table unless it exists. Run before the routes start, since the consumer writes as soon as it
     * starts; a table that cannot be created stops the application.
     */
    public void createTable(DataSource dataSource) {
        createTable(dataSource, "create-table.sql");
    }

    /**
     * Creates a table unless it exists, from {@code sql/<dialect>/<script>} on the classpath (the profile table's
     * script, {@link #CREATE_PROFILE_TABLE}, is in example-support, shared by the examples that keep profiles).
     */
    public void createTable(DataSource dataSource, String script) {
        String resource = "sql/" + directory + "/" + script;
        try (InputStream in = SqlDialect.class.getClassLoader().getResourceAsStream(resource);
             Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot create the table: " + e.getMessage(), e);
        }
    }

    /** The script that creates the {@code hrflow_source_profile} table, one row per profile. */
    public static final String CREATE_PROFILE_TABLE = "create-profile-table.sql";

    /** Inserts or updates the row of one profile, from a message body made by {@link ProfileRow}. */
    public String upsertProfileUri() {
        return "sql:classpath:sql/" + directory + "/upsert-profile.sql";
    }

    /** Inserts or updates the row of one job, from a message body holding the columns the example's SQL names. */
    public String upsertJobUri() {
        return "sql:classpath:sql/" + directory + "/upsert-job.sql";
    }
}
