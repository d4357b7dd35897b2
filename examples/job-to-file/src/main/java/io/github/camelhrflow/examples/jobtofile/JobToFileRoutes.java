package io.github.camelhrflow.examples.jobtofile;

import io.github.camelhrflow.HrFlowConstants;
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

    private final Progress progress;

    public JobToFileRoutes(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true).process(progress::failed);

        from(FETCH_JOBS).routeId("fetch-jobs")
                .split(body())
                    .to("direct:fetch-job");

        from("direct:fetch-job").routeId("fetch-job")
                .process(JobToFileRoutes::identifyJob)
                .to("hrflow:job-indexing?boardKey={{hrflow.board}}")
                // the Job body is written as JSON by the component's type converter
                .to("file:{{output.dir}}?fileName=${header." + HrFlowConstants.JOB_KEY + "}.json")
                .process(progress::written);
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
