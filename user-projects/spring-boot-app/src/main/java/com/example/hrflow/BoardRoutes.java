package com.example.hrflow;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Keeps a board in sync as one JSON file per job, and writes the jobs sent to direct:upsert. */
@Component
public class BoardRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("hrflow:job-storing?boardKey={{hrflow.board}}")
                .routeId("board-to-files")
                .to("file:{{jobs.output-dir}}?fileName=${header.CamelHrFlowJobKey}.json");

        from("direct:upsert")
                .routeId("upsert")
                .to("hrflow:job-indexing?operation=upsert&boardKey={{hrflow.board}}");
    }
}
