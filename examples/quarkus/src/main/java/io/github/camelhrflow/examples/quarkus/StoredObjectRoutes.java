package io.github.camelhrflow.examples.quarkus;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.client.HrFlowResource;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Takes an object's key as the body and answers the HrFlow object of that key in the configured storage
 * ({@code hrflow.board} for jobs, {@code hrflow.source} for profiles) as HrFlow's JSON, with
 * {@link Exchange#HTTP_RESPONSE_CODE} set; a missing object or a refusal by HrFlow gives a JSON error instead. Written
 * once over the {@link HrFlowResource}; {@link JobRoutes} and {@link ProfileRoutes} name the two. Camel Quarkus finds
 * those (not this abstract class) at build time; the {@code hrflow} component is configured by
 * {@code camel.component.hrflow.*}.
 */
public abstract class StoredObjectRoutes extends RouteBuilder {

    private final HrFlowResource resource;
    private final Class<? extends HrFlowApiException> notFound;
    private final String endpoint;

    protected StoredObjectRoutes(HrFlowResource resource, Class<? extends HrFlowApiException> notFound,
                                 String endpoint) {
        this.resource = resource;
        this.notFound = notFound;
        this.endpoint = endpoint;
    }

    @Override
    public void configure() {
        onException(notFound).handled(true)
                .process(exchange -> error(exchange, 404, resource.noun() + " not found"))
                .marshal().json(JsonLibrary.Jackson);

        // HrFlow's own status (401, 429, 5xx, an unknown board or source) is a fault upstream of this service, not of
        // its caller
        onException(HrFlowApiException.class).handled(true)
                .process(this::upstreamError)
                .marshal().json(JsonLibrary.Jackson);

        from(endpoint).routeId(resource.noun() + "-by-key")
                .setHeader(resource.keyHeader(), body())
                .to("hrflow:" + resource.noun() + "-indexing?" + resource.storageOption() + "={{hrflow."
                    + resource.storage() + "}}")
                // the component's type converter writes the Job or Profile back exactly as HrFlow sent it
                .convertBodyTo(String.class)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(200));
    }

    private void upstreamError(Exchange exchange) {
        HrFlowApiException failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, HrFlowApiException.class);
        Map<String, Object> body = error(exchange, 502, "HrFlow answered " + failure.getStatusCode());
        body.put("hrflow_status", failure.getStatusCode());
        body.put("hrflow_message", failure.getHrFlowMessage());
    }

    private Map<String, Object> error(Exchange exchange, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("key", exchange.getMessage().getHeader(resource.keyHeader(), String.class));
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        return body;
    }
}
