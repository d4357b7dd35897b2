package io.github.camelhrflow.examples.boardsync;

import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The same on a real PostgreSQL server (zonky's embedded binaries, on a free loopback port; as root, zonky runs it
 * under {@code unshare -U}, see camel-hrflow-state-jdbc's README): the JSONB column and {@code ON CONFLICT} upsert.
 */
class PostgresBoardSyncTest extends BoardSyncContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void dropTable() throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + BoardSyncRoutes.JOB_TABLE);
        }
    }

    @Override
    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    String jdbcUser() {
        return "postgres";
    }

    @Override
    String jdbcPassword() {
        return "postgres";
    }
}
