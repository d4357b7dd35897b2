package io.github.camelhrflow.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StateRepository} kept in a database table, so that several nodes running the same Camel application share
 * one state (for example the watermark of the {@code hrflow} board-sync consumer).
 * <p>
 * Every call goes to the database: nothing is cached, because another node may have written the value since.
 * {@link #setState(String, String)} is a single upsert statement, safe under concurrent writers; it throws
 * {@link JdbcStateException} when the database cannot be reached, so that a caller never believes a state was saved
 * when it was not. Supported databases: PostgreSQL and H2 (see {@link JdbcStateDialect}).
 * <p>
 * Bean-friendly: declare it with a no-argument constructor and the setters {@code dataSource}, {@code tableName},
 * {@code createTable} and {@code dialect}. {@link #start()} checks the configuration, detects the dialect and creates
 * the table when asked; a repository that nobody started does the same on first use.
 */
@ManagedResource(description = "JDBC based state repository")
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    /** The table used when none is set. */
    public static final String DEFAULT_TABLE_NAME = "CAMEL_HRFLOW_STATE";
    /** The longest key the table's {@code state_key VARCHAR(255)} column holds. */
    public static final int MAX_KEY_LENGTH = 255;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateRepository.class);

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;
    private boolean createTable = true;
    private JdbcStateDialect dialect;

    // the dialect in use once resolved; volatile so that a lazily resolving thread publishes it to the others
    private volatile JdbcStateDialect resolvedDialect;

    /** For bean declarations; set at least {@link #setDataSource(DataSource)} before use. */
    public JdbcStateRepository() {
    }

    /** A repository over the default table {@value #DEFAULT_TABLE_NAME}. */
    public JdbcStateRepository(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE_NAME);
    }

    /**
     * A repository over the given table.
     *
     * @throws IllegalArgumentException if the table name is not a plain SQL identifier (the message names it)
     */
    public JdbcStateRepository(DataSource dataSource, String tableName) {
        this.dataSource = dataSource;
        this.tableName = SqlIdentifier.requireTableName(tableName);
    }

    @Override
    @ManagedOperation(description = "Sets the value of the given key in the table")
    public void setState(String key, String value) {
        requireKey(key);
        JdbcStateDialect d = ready();
        try (Connection connection = dataSource.getConnection()) {
            inTransaction(connection, () -> {
                try (PreparedStatement upsert = connection.prepareStatement(d.upsertSql(tableName))) {
                    upsert.setString(1, key);
                    upsert.setString(2, value);
                    upsert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new JdbcStateException(
                    "Could not write state key '" + key + "' to table " + tableName + ": " + e.getMessage(), e);
        }
    }

    @Override
    @ManagedOperation(description = "Gets the value of the given key from the table")
    public String getState(String key) {
        requireKey(key);
        JdbcStateDialect d = ready();
        try (Connection connection = dataSource.getConnection()) {
            String[] value = new String[1];
            inTransaction(connection, () -> {
                try (PreparedStatement select = connection.prepareStatement(d.selectSql(tableName))) {
                    select.setString(1, key);
                    try (ResultSet rs = select.executeQuery()) {
                        value[0] = rs.next() ? rs.getString(1) : null;
                    }
                }
            });
            return value[0];
        } catch (SQLException e) {
            throw new JdbcStateException(
                    "Could not read state key '" + key + "' from table " + tableName + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ready();
    }

    /**
     * Resolves the dialect and creates the table once, whether from {@link #start()} or from the first call of a
     * repository that was never started (a bean that no CamelContext manages).
     */
    private JdbcStateDialect ready() {
        JdbcStateDialect d = resolvedDialect;
        if (d == null) {
            synchronized (this) {
                d = resolvedDialect;
                if (d == null) {
                    d = prepare();
                    resolvedDialect = d;
                }
            }
        }
        return d;
    }

    private JdbcStateDialect prepare() {
        if (dataSource == null) {
            throw new IllegalStateException("JdbcStateRepository needs a dataSource: set it with setDataSource(...) "
                                            + "or camel.beans.<name>.dataSource = #bean:<dataSourceBean>");
        }
        try {
            JdbcStateDialect d = dialect != null ? dialect : detectDialect();
            if (createTable) {
                createTableIfMissing(d);
            }
            LOG.debug("State repository on table {} ({})", tableName, d);
            return d;
        } catch (SQLException e) {
            throw new JdbcStateException(
                    "Could not prepare state table " + tableName + ": " + e.getMessage(), e);
        }
    }

    private JdbcStateDialect detectDialect() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return JdbcStateDialect.fromProductName(connection.getMetaData().getDatabaseProductName());
        }
    }

    private void createTableIfMissing(JdbcStateDialect d) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            inTransaction(connection, () -> {
                try (Statement create = connection.createStatement()) {
                    create.execute(d.createTableSql(tableName));
                }
            });
        } catch (SQLException e) {
            // Nodes starting at once can all pass PostgreSQL's IF NOT EXISTS check; all but one then fail on the
            // catalog's unique index, although the table they wanted is there
            if (!tableExists()) {
                throw e;
            }
            LOG.debug("Table {} was created by another node meanwhile", tableName);
        }
    }

    private boolean tableExists() {
        try (Connection connection = dataSource.getConnection();
             Statement probe = connection.createStatement()) {
            probe.executeQuery("SELECT state_key FROM " + tableName + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs the work as one transaction, whatever auto-commit mode the pool hands the connection in. */
    private static void inTransaction(Connection connection, SqlWork work) throws SQLException {
        if (connection.getAutoCommit()) {
            work.run();
            return;
        }
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "State key must be set and at most " + MAX_KEY_LENGTH + " characters long, was "
                                               + (key == null ? "null" : key.length() + " characters"));
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database to keep the state in; required. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @ManagedAttribute(description = "The table that holds the state")
    public String getTableName() {
        return tableName;
    }

    /**
     * The table that holds the state, default {@value #DEFAULT_TABLE_NAME}; a plain SQL identifier, optionally
     * schema-qualified.
     *
     * @throws IllegalArgumentException if the name is not a plain SQL identifier (the message names it)
     */
    public void setTableName(String tableName) {
        this.tableName = SqlIdentifier.requireTableName(tableName);
    }

    public boolean isCreateTable() {
        return createTable;
    }

    /** Whether to create the table on start when it does not exist yet; default true. */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    public JdbcStateDialect getDialect() {
        return dialect;
    }

    /**
     * The SQL dialect; by default detected from the database's product name. Setting it skips the detection (and, with
     * {@code createTable=false}, lets the repository start while the database is down).
     */
    public void setDialect(JdbcStateDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String toString() {
        // no DataSource here: its toString() may carry a URL with a password
        return "JdbcStateRepository[table=" + tableName + ", dialect="
               + (resolvedDialect != null ? resolvedDialect : dialect != null ? dialect : "auto") + "]";
    }
}
