package io.github.camelhrflow.examples.quarkus;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowProfileNotFoundException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The profile twin of {@link JobRoutes}: takes a profile key as the body and answers the HrFlow profile of that key in
 * the configured source ({@code hrflow.source}) as HrFlow's JSON, with {@link Exchange#HTTP_RESPONSE_CODE} set; a
 * missing profile or a refusal by HrFlow gives a JSON error instead.
 */
public class ProfileRoutes extends RouteBuilder {

    /** The route's endpoint: body = a profile key. */
    public static final String PROFILE_BY_KEY = "direct:profile-by-key";

    @Override
    public void configure() {
        onException(HrFlowProfileNotFoundException.class).handled(true)
                .process(exchange -> error(exchange, 404, "profile not found"))
                .marshal().json(JsonLibrary.Jackson);

        // HrFlow's own status (401, 429, 5xx, an unknown source) is a fault upstream of this service, not of its caller
        onException(HrFlowApiException.class).handled(true)
                .process(ProfileRoutes::upstreamError)
                .marshal().json(JsonLibrary.Jackson);

        from(PROFILE_BY_KEY).routeId("profile-by-key")
                .setHeader(HrFlowConstants.PROFILE_KEY, body())
                .to("hrflow:profile-indexing?sourceKey={{hrflow.source}}")
                // the component's type converter writes the Profile back exactly as HrFlow sent it
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
        body.put("key", exchange.getMessage().getHeader(HrFlowConstants.PROFILE_KEY, String.class));
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        return body;
    }
}
