package io.github.camelhrflow.state;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Configuration mistakes fail early, with a message that says what was wrong. */
class JdbcStateRepositoryConfigurationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "state; DROP TABLE jobs", "1state", "state-table", "a.b.c", "\"quoted\"", "state table", "schema.",
            "x234567890123456789012345678901234567890123456789012345678901234" })
    void badTableNameFailsAtConstructionNamingIt(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JdbcStateRepository(new JdbcDataSource(), name));
        assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());

        IllegalArgumentException viaSetter = assertThrows(IllegalArgumentException.class,
                () -> new JdbcStateRepository().setTableName(name));
        assertEquals(e.getMessage(), viaSetter.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "CAMEL_HRFLOW_STATE", "board_state", "_s1", "hrflow.CAMEL_HRFLOW_STATE" })
    void plainIdentifiersAreAccepted(String name) {
        assertEquals(name, new JdbcStateRepository(new JdbcDataSource(), name).getTableName());
    }

    @Test
    void defaultsSuitABean() {
        JdbcStateRepository bean = new JdbcStateRepository();
        assertEquals("CAMEL_HRFLOW_STATE", bean.getTableName());
        assertTrue(bean.isCreateTable());
        assertEquals(null, bean.getDialect());
    }

    @Test
    void missingDataSourceSaysHowToSetIt() {
        JdbcStateRepository bean = new JdbcStateRepository();
        Exception e = assertThrows(IllegalStateException.class, bean::start);
        assertTrue(e.getMessage().contains("dataSource"), e.getMessage());
    }

    @Test
    void otherDatabasesAreRefusedNamingTheSupportedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JdbcStateDialect.fromProductName("MySQL"));
        assertTrue(e.getMessage().contains("'MySQL'"), e.getMessage());
        assertTrue(e.getMessage().contains("PostgreSQL") && e.getMessage().contains("H2"), e.getMessage());
        assertEquals(JdbcStateDialect.POSTGRESQL, JdbcStateDialect.fromProductName("PostgreSQL"));
        assertEquals(JdbcStateDialect.H2, JdbcStateDialect.fromProductName("H2"));
    }

    @Test
    void keysLongerThanTheColumnAreRefusedBeforeTheDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:keys;DB_CLOSE_DELAY=-1");
        JdbcStateRepository repository = new JdbcStateRepository(h2);
        repository.setState("k".repeat(255), "fits");
        assertEquals("fits", repository.getState("k".repeat(255)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> repository.setState("k".repeat(256), "v"));
        assertTrue(e.getMessage().contains("255"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> repository.getState(null));
    }

    @Test
    void toStringNamesTheTableAndNotTheDataSource() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:secret;DB_CLOSE_DELAY=-1");
        h2.setPassword("s3cret");
        String text = new JdbcStateRepository(h2, "board_state").toString();
        assertTrue(text.contains("board_state"), text);
        assertFalse(text.contains("s3cret") || text.contains("jdbc:"), text);
    }
}
