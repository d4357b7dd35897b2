package io.github.camelhrflow.state;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The databases {@link JdbcStateRepository} can write to, each with the upsert that stays correct when several nodes
 * write the same key at once.
 */
public enum JdbcStateDialect {

    /** PostgreSQL 9.5 or later: {@code INSERT ... ON CONFLICT (state_key) DO UPDATE}. */
    POSTGRESQL("PostgreSQL", "TEXT") {
        @Override
        String upsertSql(String table) {
            return "INSERT INTO " + table + " (state_key, state_value, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)"
                   + " ON CONFLICT (state_key) DO UPDATE SET state_value = EXCLUDED.state_value,"
                   + " updated_at = EXCLUDED.updated_at";
        }
    },

    /** H2 2.x: {@code MERGE INTO ... KEY (state_key)}. */
    H2("H2", "CLOB") {
        @Override
        String upsertSql(String table) {
            return "MERGE INTO " + table + " (state_key, state_value, updated_at) KEY (state_key)"
                   + " VALUES (?, ?, CURRENT_TIMESTAMP)";
        }
    };

    private final String productName;
    private final String textType;

    JdbcStateDialect(String productName, String textType) {
        this.productName = productName;
        this.textType = textType;
    }

    /** The name the JDBC driver reports in {@code DatabaseMetaData.getDatabaseProductName()}. */
    public String getProductName() {
        return productName;
    }

    abstract String upsertSql(String table);

    String createTableSql(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (state_key VARCHAR(255) NOT NULL PRIMARY KEY, state_value "
               + textType + ", updated_at TIMESTAMP NOT NULL)";
    }

    String selectSql(String table) {
        return "SELECT state_value FROM " + table + " WHERE state_key = ?";
    }

    /**
     * The dialect of a database, from the product name its JDBC driver reports.
     *
     * @throws IllegalArgumentException for any other database; the message names the supported ones
     */
    public static JdbcStateDialect fromProductName(String productName) {
        for (JdbcStateDialect dialect : values()) {
            if (dialect.productName.equalsIgnoreCase(productName)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException(
                "JdbcStateRepository does not support the database '" + productName + "'; supported: " + supported()
                                           + ". Set the dialect option to one of those only if the database "
                                           + "understands its SQL.");
    }

    static String supported() {
        return Arrays.stream(values()).map(d -> d.productName + " (" + d.name().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
    }
}
