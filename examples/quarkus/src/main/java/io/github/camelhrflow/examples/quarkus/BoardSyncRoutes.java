package io.github.camelhrflow.examples.quarkus;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * Keeps {@link BoardJobs} in step with the configured board: the {@code hrflow:job-storing} consumer delivers every
 * job once, then each job created, edited or archived since, one exchange per job version. Camel's consumer health
 * check reports this route as {@code consumer:board-sync}.
 */
@ApplicationScoped
public class BoardSyncRoutes extends RouteBuilder {

    /** The route id, and so the name of its consumer health check ({@code consumer:board-sync}). */
    public static final String ROUTE_ID = "board-sync";

    @Inject
    BoardJobs board;

    @Override
    public void configure() {
        from("hrflow:job-storing?boardKey={{hrflow.board}}&delay={{hrflow.poll-delay:60000}}")
                .routeId(ROUTE_ID)
                .autoStartup("{{hrflow.board-sync.enabled:true}}")
                .process(exchange -> board.put(exchange.getMessage().getMandatoryBody(Job.class),
                        exchange.getMessage().getHeader(HrFlowConstants.JOB_VERSION, String.class)))
                .log("Synced job ${header.CamelHrFlowJobKey} version ${header.CamelHrFlowJobVersion}");
    }
}
