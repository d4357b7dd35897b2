package io.github.camelhrflow.examples.jobtodatabase;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;

/**
 * The connection pool to the jobs database, from the {@code jobs.jdbc.*} properties; closed when Camel stops, which
 * also lets an embedded H2 close its file cleanly.
 */
public class JobDatabaseConfiguration implements CamelConfiguration {

    /** The registry name of the pool, which the sql component is configured with. */
    public static final String DATA_SOURCE = "jobsDataSource";

    @PropertyInject("jobs.jdbc.url")
    private String url;

    @PropertyInject(value = "jobs.jdbc.user", defaultValue = "")
    private String user;

    @PropertyInject(value = "jobs.jdbc.password", defaultValue = "")
    private String password;

    @PropertyInject(value = "jobs.jdbc.pool-size", defaultValue = "4")
    private int poolSize;

    @BindToRegistry(value = DATA_SOURCE, destroyMethod = "close")
    public HikariDataSource jobsDataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("jobs");
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(poolSize);
        return dataSource;
    }
}
