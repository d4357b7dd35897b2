package io.github.camelhrflow.state;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The contract on a real H2 database, in memory, kept open while the test class runs. */
class H2JdbcStateRepositoryTest extends JdbcStateRepositoryContract {

    private final String url = "jdbc:h2:mem:state-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    DataSource newDataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    @Override
    JdbcStateDialect expectedDialect() {
        return JdbcStateDialect.H2;
    }

    @Override
    JdbcStateDialect otherDialect() {
        return JdbcStateDialect.POSTGRESQL;
    }
}
