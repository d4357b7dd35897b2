package io.github.camelhrflow.examples.jobtofile;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.examples.JobProgress;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Fetch each requested job from HrFlow and write it as {@code <job key>.json} in {@code {{output.dir}}}. A job that
 * cannot be fetched is logged and counted; the others go on.
 */
public class JobToFileRoutes extends RouteBuilder {

    /** Takes a list of {@link JobRequest}. */
    public static final String FETCH_JOBS = "direct:fetch-jobs";
    static final String REQUEST = "jobRequest";

    private final JobProgress progress;

    public JobToFileRoutes(JobProgress progress) {
        this.progress = progress;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true).process(this::failed);

        from(FETCH_JOBS).routeId("fetch-jobs")
                .split(body())
                .to("direct:fetch-job");

        from("direct:fetch-job").routeId("fetch-job")
                .process(JobToFileRoutes::identifyJob)
                .to("hrflow:job-indexing?boardKey={{hrflow.board}}")
                // the Job body is written as JSON by the component's type converter
                .to("file:{{output.dir}}?fileName=${header." + HrFlowConstants.JOB_KEY + "}.json")
                .process(this::written);
    }

    private void written(Exchange exchange) {
        Job job = exchange.getMessage().getBody(Job.class);
        progress.succeeded(String.valueOf(exchange.getProperty(REQUEST)),
                exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED) + " (" + job.getName() + ")");
    }

    private void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        progress.failed(String.valueOf(exchange.getProperty(REQUEST)),
                cause == null ? "unknown error" : cause.getMessage());
    }

    private static void identifyJob(Exchange exchange) {
        JobRequest request = exchange.getMessage().getBody(JobRequest.class);
        exchange.setProperty(REQUEST, request);
        if (request.key() != null) {
            exchange.getMessage().setHeader(HrFlowConstants.JOB_KEY, request.key());
        } else {
            exchange.getMessage().setHeader(HrFlowConstants.JOB_REFERENCE, request.reference());
        }
    }
}
