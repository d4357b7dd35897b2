package io.github.camelhrflow.benchmarks.variants;

import org.apache.camel.builder.RouteBuilder;

/** The same work with camel-hrflow: the job key comes in the {@code CamelHrFlowJobKey} header. */
final class HrFlowRoute extends RouteBuilder {

    private final Target target;

    HrFlowRoute(Target target) {
        this.target = target;
    }

    @Override
    public void configure() {
        from(CamelRouteFetcher.ENTRY)
                .to("hrflow:job-indexing?boardKey=" + target.boardKey());
    }
}
