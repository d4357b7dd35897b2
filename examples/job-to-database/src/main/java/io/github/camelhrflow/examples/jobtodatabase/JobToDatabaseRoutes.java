package io.github.camelhrflow.examples.jobtodatabase;

import java.util.Map;

import javax.sql.DataSource;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowRateLimitException;
import io.github.camelhrflow.examples.JobProgress;
import io.github.camelhrflow.examples.SqlDialect;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Fetch each job key from HrFlow and upsert the job's row, keyed by the job key, so that a second run updates rows
 * rather than adding them. A job that cannot be fetched or stored is logged and counted; the others go on.
 */
public class JobToDatabaseRoutes extends RouteBuilder {

    /** Takes a list of job keys. */
    public static final String STORE_JOBS = "direct:store-jobs";
    static final String JOB_TABLE = "hrflow_job";

    private final JobProgress progress;

    public JobToDatabaseRoutes(JobProgress progress) {
        this.progress = progress;
    }

    @Override
    public void configure() {
        SqlDialect dialect = SqlDialect.of(getContext().getRegistry()
                .lookupByNameAndType(JobDatabaseConfiguration.DATA_SOURCE, DataSource.class));

        // a table that cannot be created fails the whole run: the caller gets the exception
        from(STORE_JOBS).routeId("store-jobs")
                .to(dialect.createTableUri())
                .split(body())
                .to("direct:store-job");

        from("direct:store-job").routeId("store-job")
                // HrFlow asked us to slow down: the component put its Retry-After into the redelivery delay
                .onException(HrFlowRateLimitException.class).maximumRedeliveries(3).redeliveryDelay(1000)
                .handled(true).process(this::failed).end()
                .onException(Exception.class).handled(true).process(this::failed).end()
                .setHeader(HrFlowConstants.JOB_KEY, body())
                .to("hrflow:job-indexing?boardKey={{hrflow.board}}")
                .process(new JobRow())
                .to(dialect.upsertJobUri())
                .process(this::stored);
    }

    private void stored(Exchange exchange) {
        progress.succeeded(exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class),
                JOB_TABLE + " (" + exchange.getMessage().getBody(Map.class).get(JobRow.NAME) + ")");
    }

    private void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        progress.failed(exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class),
                cause == null ? "unknown error" : cause.getMessage());
    }
}
