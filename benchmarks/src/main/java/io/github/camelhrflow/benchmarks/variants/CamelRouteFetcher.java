package io.github.camelhrflow.benchmarks.variants;

import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Sends each key into a route through a {@link ProducerTemplate}, as an application's threads do; the route's answer
 * is the job. Both Camel variants go through here, so they differ only in their routes.
 * <p>
 * The entry endpoint is resolved once, as with {@code @Produce} or a template's default endpoint: given as a string,
 * Camel would normalize and look the URI up again on every call, a cost of the calling code, not of the route.
 */
final class CamelRouteFetcher implements JobFetcher {

    static final String ENTRY = "direct:fetch";

    private final CamelContext context;
    private final ProducerTemplate template;
    private final Endpoint entry;
    private final String keyHeader;
    /** What the route calls besides Camel's own endpoints, closed with the context; may be null. */
    private final AutoCloseable resource;

    private CamelRouteFetcher(CamelContext context, RoutesBuilder route, String keyHeader, AutoCloseable resource) {
        this.context = context;
        this.keyHeader = keyHeader;
        this.resource = resource;
        try {
            context.addRoutes(route);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot add the route " + route, e);
        }
        context.start();
        this.template = context.createProducerTemplate();
        this.entry = context.getEndpoint(ENTRY);
    }

    static JobFetcher handRolled(Target target) {
        CamelContext context = new DefaultCamelContext();
        HttpComponent http = context.getComponent("http", HttpComponent.class);
        http.setMaxTotalConnections(Target.MAX_CONNECTIONS);
        http.setConnectionsPerRoute(Target.CONNECTIONS_PER_ROUTE);
        return new CamelRouteFetcher(context, new HandRolledRoute(target), HandRolledRoute.KEY_HEADER, null);
    }

    static JobFetcher hrflow(Target target) {
        CamelContext context = new DefaultCamelContext();
        HrFlowConfiguration configuration = context.getComponent("hrflow", HrFlowComponent.class).getConfiguration();
        configuration.setApiKey(target.apiKey());
        configuration.setUserEmail(target.userEmail());
        configuration.setBaseUrl(target.baseUrl());
        // its pool limits are already Target's
        return new CamelRouteFetcher(context, new HrFlowRoute(target), HrFlowConstants.JOB_KEY, null);
    }

    /**
     * Floor A's call made from a processor: what is left between this and camel-hrflow is the component's own
     * work, and what is between this and floor A is Camel's exchange handling (template, direct:, the route).
     */
    static JobFetcher rawInProcessor(Target target) {
        ApacheHttpClientFetcher raw = new ApacheHttpClientFetcher(target);
        RoutesBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from(ENTRY).process(exchange -> exchange.getMessage()
                        .setBody(raw.fetch(exchange.getMessage().getHeader(HandRolledRoute.KEY_HEADER, String.class))));
            }
        };
        return new CamelRouteFetcher(new DefaultCamelContext(), route, HandRolledRoute.KEY_HEADER, raw);
    }

    @Override
    public Job fetch(String key) {
        return template.requestBodyAndHeader(entry, null, keyHeader, key, Job.class);
    }

    @Override
    public void close() throws Exception {
        template.close();
        context.close();
        if (resource != null) {
            resource.close();
        }
    }
}
