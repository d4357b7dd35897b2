package io.github.camelhrflow.examples.quarkus;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Takes a job key as the body and answers the HrFlow job of that key on the configured board as HrFlow's JSON, with
 * {@link Exchange#HTTP_RESPONSE_CODE} set; a missing job or a refusal by HrFlow gives a JSON error instead. Camel
 * Quarkus finds this class at build time; the {@code hrflow} component is configured by
 * {@code camel.component.hrflow.*}.
 */
public class JobRoutes extends RouteBuilder {

    /** The route's endpoint: body = a job key. */
    public static final String JOB_BY_KEY = "direct:job-by-key";

    @Override
    public void configure() {
        onException(HrFlowJobNotFoundException.class).handled(true)
                .process(exchange -> error(exchange, 404, "job not found"))
                .marshal().json(JsonLibrary.Jackson);

        // HrFlow's own status (401, 429, 5xx) is a fault upstream of this service, not of its caller
        onException(HrFlowApiException.class).handled(true)
                .process(JobRoutes::upstreamError)
                .marshal().json(JsonLibrary.Jackson);

        from(JOB_BY_KEY).routeId("job-by-key")
                .setHeader(HrFlowConstants.JOB_KEY, body())
                .to("hrflow:job-indexing?boardKey={{hrflow.board}}")
                // the component's type converter writes the Job back exactly as HrFlow sent it
                .convertBodyTo(String.class)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(200));
    }

    private static void upstreamError(Exchange exchange) {
        HrFlowApiException failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, HrFlowApiException.class);
        Map<String, Object> body = error(exchange, 502, "HrFlow answered " + failure.getStatusCode());
        body.put("hrflow_status", failure.getStatusCode());
        body.put("hrflow_message", failure.getHrFlowMessage());
    }

    private static Map<String, Object> error(Exchange exchange, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("key", exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class));
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        return body;
    }
}
