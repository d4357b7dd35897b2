package io.github.camelhrflow.state;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL goes down and comes back on the same data directory and port: while it is down setState throws (so a
 * consumer keeps its old watermark), and the same repository works again once it is back.
 */
class PostgresOutageTest {

    @TempDir
    Path dataDirectory;

    private EmbeddedPostgres postgres;
    private JdbcStateRepository repository;

    private EmbeddedPostgres startPostgres(int port) throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (repository != null) {
            repository.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void setStateThrowsWhileTheDatabaseIsDownAndWorksWhenItIsBack() throws Exception {
        postgres = startPostgres(0);
        int port = postgres.getPort();
        // the DataSource outlives the server, as a pool's would: it holds a URL, not a connection
        DataSource dataSource = postgres.getPostgresDatabase();
        repository = new JdbcStateRepository(dataSource);
        repository.start();
        repository.setState("hrflow-job-storing:board", "watermark-1");

        postgres.close();
        postgres = null;

        JdbcStateException write = assertThrows(JdbcStateException.class,
                () -> repository.setState("hrflow-job-storing:board", "watermark-2"));
        assertTrue(write.getMessage().contains("hrflow-job-storing:board"), write.getMessage());
        assertThrows(JdbcStateException.class, () -> repository.getState("hrflow-job-storing:board"));

        // a node that starts meanwhile, told its dialect and not to create the table, needs no connection to start
        JdbcStateRepository lateNode = new JdbcStateRepository(dataSource);
        lateNode.setDialect(JdbcStateDialect.POSTGRESQL);
        lateNode.setCreateTable(false);
        lateNode.start();

        postgres = startPostgres(port);

        // the write that failed did not land; the one before it survived the restart
        assertEquals("watermark-1", repository.getState("hrflow-job-storing:board"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> repository.setState("hrflow-job-storing:board", "watermark-2"));
        assertEquals("watermark-2", lateNode.getState("hrflow-job-storing:board"));
        lateNode.stop();
    }
}
