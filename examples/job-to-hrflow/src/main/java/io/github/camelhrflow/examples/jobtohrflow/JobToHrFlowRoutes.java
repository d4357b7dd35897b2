package io.github.camelhrflow.examples.jobtohrflow;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowRateLimitException;
import io.github.camelhrflow.examples.JobProgress;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Each row of a CSV export becomes one exchange that upserts its job into the board by reference: run it again
 * and the jobs are updated, not duplicated. A row that cannot be upserted is logged and counted; the others go on.
 */
public class JobToHrFlowRoutes extends RouteBuilder {

    /** Takes the {@link java.net.URL} of a CSV file. */
    public static final String IMPORT_CSV = "direct:import-csv";

    private final JobProgress progress;
    private final UpsertCounts counts;

    public JobToHrFlowRoutes(JobProgress progress, UpsertCounts counts) {
        this.progress = progress;
        this.counts = counts;
    }

    @Override
    public void configure() {
        // a file that cannot be opened fails the whole run: the caller gets the exception
        from(IMPORT_CSV).routeId("import-csv")
                .process(exchange -> exchange.getMessage().setBody(CsvRows.open(exchange.getMessage()
                        .getMandatoryBody(java.net.URL.class))))
                .split(body()).streaming()
                .to("direct:upsert-job");

        from("direct:upsert-job").routeId("upsert-job")
                // HrFlow asked us to slow down: the component put its Retry-After into the redelivery delay;
                // replaying an upsert is safe, replaying an index could create the job twice
                .onException(HrFlowRateLimitException.class).maximumRedeliveries(3).redeliveryDelay(1000)
                .handled(true).process(this::failed).end()
                .onException(Exception.class).handled(true).process(this::failed).end()
                .process(new CsvJob())
                .to("hrflow:job-indexing?operation=upsert&boardKey={{hrflow.board}}")
                .process(this::upserted);
    }

    private void upserted(Exchange exchange) {
        String result = exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT, String.class);
        counts.count(result);
        progress.succeeded(exchange.getProperty(CsvJob.ROW_REFERENCE, String.class),
                result + " " + exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class));
    }

    private void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reference = exchange.getProperty(CsvJob.ROW_REFERENCE, String.class);
        progress.failed(reference == null ? "a row" : reference, cause == null ? "unknown error" : cause.getMessage());
    }
}
