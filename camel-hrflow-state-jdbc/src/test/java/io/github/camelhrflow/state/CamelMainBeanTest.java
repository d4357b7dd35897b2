package io.github.camelhrflow.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.apache.camel.main.Main;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bean declaration the README gives for Camel Main works as written. */
class CamelMainBeanTest {

    @Test
    void declaredInPropertiesItKeepsStateInTheNamedTable() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:camel-main;DB_CLOSE_DELAY=-1");

        Main main = new Main();
        main.bind("stateDataSource", dataSource);
        main.addInitialProperty("camel.beans.hrflowState", "#class:io.github.camelhrflow.state.JdbcStateRepository");
        main.addInitialProperty("camel.beans.hrflowState.dataSource", "#bean:stateDataSource");
        main.addInitialProperty("camel.beans.hrflowState.tableName", "BOARD_STATE");
        main.addInitialProperty("camel.beans.hrflowState.dialect", "H2");
        main.start();
        try {
            JdbcStateRepository state = main.getCamelContext().getRegistry()
                    .lookupByNameAndType("hrflowState", JdbcStateRepository.class);
            assertTrue(state.toString().contains("table=BOARD_STATE"), state.toString());

            state.setState("hrflow-job-storing:board-1", "w1");

            try (Connection c = dataSource.getConnection();
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT state_key, state_value, updated_at FROM BOARD_STATE")) {
                assertTrue(rs.next());
                assertEquals("hrflow-job-storing:board-1", rs.getString(1));
                assertEquals("w1", rs.getString(2));
                assertTrue(rs.getTimestamp(3) != null);
            }
        } finally {
            main.stop();
        }
    }
}
