package io.github.camelhrflow.examples.springboot;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The REST API and the route behind it, and the board kept in sync: HrFlow in, H2 out. */
@Component
public class JobImportRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(HrFlowJobNotFoundException.class)
                .handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(404))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain"))
                .setBody(simple("No job ${header.CamelHrFlowJobKey} in board {{hrflow.board}}\n"));

        rest("/jobs")
                .post("/{key}").description("Get the job from HrFlow and store it").to("direct:import-job")
                .get().description("The stored jobs").to("direct:list-jobs");

        from("direct:import-job").routeId("import-job")
                .setHeader(HrFlowConstants.JOB_KEY, header("key"))
                // Camel* headers stay inside; this one would go back to the HTTP client
                .removeHeader("key")
                .to("hrflow:job-indexing?boardKey={{hrflow.board}}")
                // a property, not a header: headers would go back to the HTTP client
                .setProperty("jobName", simple("${body.name}"))
                .convertBodyTo(String.class)
                // noop: the job's JSON stays the body, and so the HTTP answer
                .to("sql:classpath:sql/store-job.sql?noop=true")
                .log("Stored job ${header.CamelHrFlowJobKey} (${exchangeProperty.jobName})")
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));

        // the board kept in sync: every job, then every new version, stored like an imported one
        from("hrflow:job-storing?boardKey={{hrflow.board}}&delay={{hrflow.poll-delay}}").routeId("board-sync")
                .setProperty("jobName", simple("${body.name}"))
                .convertBodyTo(String.class)
                .to("sql:classpath:sql/store-job.sql")
                .log("Synced job ${header.CamelHrFlowJobKey} version ${header.CamelHrFlowJobVersion}");

        from("direct:list-jobs").routeId("list-jobs")
                .to("sql:classpath:sql/list-jobs.sql")
                .marshal().json()
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
    }
}
