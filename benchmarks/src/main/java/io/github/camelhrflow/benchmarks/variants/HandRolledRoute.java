package io.github.camelhrflow.benchmarks.variants;

import org.apache.camel.builder.RouteBuilder;

/**
 * The route a user writes today without camel-hrflow: credentials as headers, camel-http through {@code toD}, Jackson
 * through the JSON data format, then the envelope's {@code data}.
 */
final class HandRolledRoute extends RouteBuilder {

    static final String KEY_HEADER = "key";

    private final Target target;

    HandRolledRoute(Target target) {
        this.target = target;
    }

    @Override
    public void configure() {
        from(CamelRouteFetcher.ENTRY)
                .setHeader("X-API-KEY", constant(target.apiKey()))
                .setHeader("X-USER-EMAIL", constant(target.userEmail()))
                .toD(target.baseUrl() + "/job/indexing?board_key=" + target.boardKey() + "&key=${header." + KEY_HEADER
                     + "}")
                .unmarshal().json(JobEnvelope.class)
                .process(exchange -> exchange.getMessage()
                        .setBody(exchange.getMessage().getBody(JobEnvelope.class).getData()));
    }
}
