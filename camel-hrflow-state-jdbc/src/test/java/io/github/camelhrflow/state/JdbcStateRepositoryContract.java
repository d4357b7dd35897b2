package io.github.camelhrflow.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every supported database must do, run against a real one. Each repository instance gets its own DataSource
 * object, as a node of its own would.
 */
abstract class JdbcStateRepositoryContract {

    private static final AtomicInteger TABLES = new AtomicInteger();

    private final List<JdbcStateRepository> started = new ArrayList<>();
    private String table;

    /** A new DataSource object on the shared database: one "node". */
    abstract DataSource newDataSource() throws Exception;

    abstract JdbcStateDialect expectedDialect();

    /** A dialect whose upsert this database does not understand. */
    abstract JdbcStateDialect otherDialect();

    @BeforeEach
    void pickTable() {
        table = "STATE_" + getClass().getSimpleName().toUpperCase(Locale.ROOT) + "_" + TABLES.incrementAndGet();
    }

    @AfterEach
    void stopRepositories() {
        started.forEach(JdbcStateRepository::stop);
    }

    JdbcStateRepository node() throws Exception {
        JdbcStateRepository repository = new JdbcStateRepository(newDataSource(), table);
        repository.start();
        started.add(repository);
        return repository;
    }

    @Test
    void roundTripDetectsTheDialect() throws Exception {
        JdbcStateRepository repository = node();
        repository.setState("hrflow-job-storing:board-1", "2024-05-01T10:00:00Z|job-42");

        assertEquals("2024-05-01T10:00:00Z|job-42", repository.getState("hrflow-job-storing:board-1"));
        assertTrue(repository.toString().contains("dialect=" + expectedDialect()), repository.toString());
        assertEquals(1, rows("hrflow-job-storing:board-1"));
    }

    @Test
    void overwriteKeepsOneRow() throws Exception {
        JdbcStateRepository repository = node();
        repository.setState("k", "first");
        repository.setState("k", "second");

        assertEquals("second", repository.getState("k"));
        assertEquals(1, rows("k"));
    }

    @Test
    void missingKeyIsNull() throws Exception {
        JdbcStateRepository repository = node();
        repository.setState("present", "x");

        assertNull(repository.getState("absent"));
    }

    @Test
    void valuesOf100KilobytesSurviveByteForByte() throws Exception {
        JdbcStateRepository repository = node();
        // multi-byte characters too, so a column or driver that is not UTF-8 clean would show
        StringBuilder value = new StringBuilder(100 * 1024);
        String pattern = "watermark-é-漢-\u00df-0123456789|";
        while (value.length() < 100 * 1024) {
            value.append(pattern);
        }
        value.setLength(100 * 1024);

        repository.setState("big", value.toString());

        assertEquals(value.toString(), node().getState("big"));
    }

    @Test
    void twoNodesSeeEachOthersWrites() throws Exception {
        JdbcStateRepository a = node();
        JdbcStateRepository b = node();

        a.setState("board", "v1");
        assertEquals("v1", b.getState("board"));
        b.setState("board", "v2");
        assertEquals("v2", a.getState("board"));
        a.setState("board", "v3");
        assertEquals("v3", b.getState("board"));
    }

    @Test
    void concurrentUpsertsFromEightThreadsAndTwoNodesEndWithTheLastValues() throws Exception {
        JdbcStateRepository[] nodes = { node(), node() };
        int threads = 8;
        int writes = 25;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                JdbcStateRepository repository = nodes[t % 2];
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < writes; i++) {
                        // every thread inserts the same new key at the same moment: the insert race of an upsert
                        together.await(30, TimeUnit.SECONDS);
                        repository.setState("fresh-" + i, thread + ":" + i);
                        repository.setState("shared", thread + ":" + i);
                        repository.setState("own-" + thread, thread + ":" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS); // rethrows any failure of a writer
            }
        } finally {
            pool.shutdownNow();
        }

        JdbcStateRepository reader = node();
        Set<String> lastWrites = new HashSet<>();
        for (int t = 0; t < threads; t++) {
            assertEquals(t + ":" + (writes - 1), reader.getState("own-" + t), "own key of thread " + t);
            lastWrites.add(t + ":" + (writes - 1));
        }
        // the write committed last is the last write of some thread
        String shared = reader.getState("shared");
        assertTrue(lastWrites.contains(shared), "shared ended as " + shared);
        for (int i = 0; i < writes; i++) {
            String fresh = reader.getState("fresh-" + i);
            assertTrue(fresh != null && fresh.endsWith(":" + i), "fresh-" + i + " ended as " + fresh);
        }
        assertEquals(threads + 1 + writes, rows(null));
    }

    @Test
    void tableIsCreatedOnceWhenNodesStartAtOnce() throws Exception {
        int nodes = 4;
        for (int round = 0; round < 5; round++) {
            dropTable();
            CyclicBarrier together = new CyclicBarrier(nodes);
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            try {
                List<Future<JdbcStateRepository>> starts = new ArrayList<>();
                for (int n = 0; n < nodes; n++) {
                    DataSource dataSource = newDataSource();
                    starts.add(pool.submit(() -> {
                        JdbcStateRepository repository = new JdbcStateRepository(dataSource, table);
                        together.await(30, TimeUnit.SECONDS);
                        repository.start();
                        return repository;
                    }));
                }
                for (Future<JdbcStateRepository> f : starts) {
                    started.add(f.get(60, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, tablesNamed(table), "round " + round);
        }
        // a later start finds the table and leaves what is in it
        started.get(0).setState("kept", "yes");
        assertEquals("yes", node().getState("kept"));
    }

    @Test
    void startWithoutCreateTableLeavesTheDatabaseAlone() throws Exception {
        JdbcStateRepository repository = new JdbcStateRepository(newDataSource(), table);
        repository.setCreateTable(false);
        repository.start();
        started.add(repository);

        assertEquals(0, tablesNamed(table));
        assertThrows(JdbcStateException.class, () -> repository.setState("k", "v"));
    }

    @Test
    void explicitDialectIsUsedAsGiven() throws Exception {
        node(); // creates the table
        JdbcStateRepository wrong = new JdbcStateRepository(newDataSource(), table);
        wrong.setDialect(otherDialect());
        wrong.setCreateTable(false);
        wrong.start();
        started.add(wrong);

        JdbcStateException e = assertThrows(JdbcStateException.class, () -> wrong.setState("k", "v"));
        assertTrue(e.getMessage().contains("'k'") && e.getMessage().contains(table), e.getMessage());
    }

    @Test
    void unstartedBeanPreparesItselfOnFirstUse() throws Exception {
        JdbcStateRepository bean = new JdbcStateRepository();
        bean.setDataSource(newDataSource());
        bean.setTableName(table);

        bean.setState("k", "v");

        assertEquals("v", bean.getState("k"));
        assertEquals(1, tablesNamed(table));
    }

    private long rows(String key) throws Exception {
        String sql = "SELECT COUNT(*) FROM " + table + (key == null ? "" : " WHERE state_key = ?");
        try (Connection c = newDataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (key != null) {
                ps.setString(1, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long tablesNamed(String name) throws Exception {
        // PostgreSQL folds unquoted names to lower case, H2 to upper case
        try (Connection c = newDataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = ?")) {
            ps.setString(1, name.toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void dropTable() throws SQLException, Exception {
        try (Connection c = newDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
    }
}
