package io.github.camelhrflow.examples;

import java.io.File;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * What an example that writes HrFlow objects into a table keeps between runs (board-sync, profiles-to-database,
 * cv-inbox): the database pool ({@code sync.jdbc.*}), the consumer's watermark ({@code sync.state-file}, when the
 * example has a consumer) and, when asked for, the versions already written ({@code sync.versions-file}).
 */
public class SyncConfiguration implements CamelConfiguration {

    /** The registry name of the pool, which the sql component is configured with. */
    public static final String DATA_SOURCE = "syncDataSource";
    /** The registry name of the consumer's state repository. */
    public static final String STATE_REPOSITORY = "syncState";
    /** The registry name of the idempotent repository of job versions. */
    public static final String SEEN_VERSIONS = "seenVersions";

    /** A file property left out: no state repository, or versions remembered in memory only. */
    private static final String NONE = "none";

    @PropertyInject("sync.jdbc.url")
    private String url;

    @PropertyInject(value = "sync.jdbc.user", defaultValue = "")
    private String user;

    @PropertyInject(value = "sync.jdbc.password", defaultValue = "")
    private String password;

    @PropertyInject(value = "sync.jdbc.pool-size", defaultValue = "4")
    private int poolSize;

    @PropertyInject(value = "sync.state-file", defaultValue = NONE)
    private String stateFile;

    @PropertyInject(value = "sync.versions-file", defaultValue = NONE)
    private String versionsFile;

    @PropertyInject(value = "camel.main.name", defaultValue = "example")
    private String name;

    @BindToRegistry(value = DATA_SOURCE, destroyMethod = "close")
    public HikariDataSource syncDataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName(name);
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(poolSize);
        return dataSource;
    }

    /** One node: a file. Several nodes need a shared repository (see camel-hrflow-state-jdbc). */
    @Override
    public void configure(CamelContext camelContext) throws Exception {
        if (NONE.equals(stateFile)) {
            return;
        }
        FileStateRepository state = FileStateRepository.fileStateRepository(new File(stateFile));
        // FileStateRepository reads its file when started, and the hrflow consumer does not start the repository
        // it is given: Camel starts and stops it with the context instead, so that a restart resumes
        camelContext.addService(state, true, true);
        camelContext.getRegistry().bind(STATE_REPOSITORY, state);
    }

    @BindToRegistry(SEEN_VERSIONS)
    public IdempotentRepository seenVersions() {
        if (NONE.equals(versionsFile)) {
            return MemoryIdempotentRepository.memoryIdempotentRepository();
        }
        // a version is a key and a timestamp: a board's or a source's worth fits in memory; the file keeps them across restarts
        return FileIdempotentRepository.fileIdempotentRepository(new File(versionsFile),
                100_000, 32L * 1024 * 1024);
    }
}
