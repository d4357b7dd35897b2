package io.github.camelhrflow.state;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on a real PostgreSQL server (zonky's embedded binaries, on a free loopback port). As root, zonky runs
 * initdb and postgres under {@code unshare -U}, since PostgreSQL refuses to run as root.
 */
class PostgresJdbcStateRepositoryTest extends JdbcStateRepositoryContract {

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

    @Override
    DataSource newDataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    JdbcStateDialect expectedDialect() {
        return JdbcStateDialect.POSTGRESQL;
    }

    @Override
    JdbcStateDialect otherDialect() {
        return JdbcStateDialect.H2;
    }
}
