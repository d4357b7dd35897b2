package io.github.camelhrflow.springboot;

import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.builder.RouteBuilder;

/** Gets the job named by the CamelHrFlowJobKey header from the sandbox's demo board. */
class JobRoute extends RouteBuilder {

    static final String URI = "direct:job";

    @Override
    public void configure() {
        from(URI).to("hrflow:job-indexing?boardKey=" + HrFlowSandbox.DEMO_BOARD_KEY);
    }
}
