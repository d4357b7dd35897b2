package io.github.camelhrflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.consumer.HrFlowStoringConsumer;
import io.github.camelhrflow.consumer.HrFlowStoringStatistics;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code hrflow} dev console: per board consumer its position, last poll, jobs delivered and last error; per
 * hrflow endpoint the calls of its producers and the failed ones by status. Endpoint URIs are shown sanitized, so an
 * API key written in a URI never shows.
 */
@DevConsole(group = "camel", name = "hrflow", displayName = "HrFlow",
            description = "HrFlow board consumers and job calls")
public class HrFlowDevConsole extends AbstractDevConsole {

    public HrFlowDevConsole() {
        super("camel", "hrflow", "HrFlow", "HrFlow storing consumers and calls");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (ConsumerView consumer : consumers()) {
            HrFlowStoringStatistics s = consumer.statistics();
            text.append(String.format("Consumer %s (route %s)%n", consumer.storageKey(), consumer.routeId()));
            text.append(String.format("    Watermark: %s%n", orNone(s.getWatermark())));
            text.append(String.format("    Last poll: %s%n", orNone(s.getLastPoll())));
            text.append(String.format("    Polls: %d  Requests: %d  Delivered: %d  Failures: %d%n", s.getPolls(),
                    s.getRequests(), s.getDelivered(), s.getFailures()));
            text.append(String.format("    Last error: %s%n", orNone(s.getLastError())));
        }
        for (HrFlowEndpoint endpoint : endpoints()) {
            HrFlowProducerStatistics s = endpoint.getProducerStatistics();
            text.append(String.format("Producer %s%n", uri(endpoint)));
            text.append(String.format("    Calls: %d  Errors: %d %s%n", s.getCalls(), s.getErrors(),
                    s.getErrorsByStatus()));
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        List<JsonObject> consumers = new ArrayList<>();
        for (ConsumerView consumer : consumers()) {
            HrFlowStoringStatistics s = consumer.statistics();
            JsonObject json = new JsonObject();
            json.put("routeId", consumer.routeId());
            json.put(consumer.storageOption(), consumer.storageKey());
            json.put("stateKey", consumer.stateKey());
            json.put("watermark", orNull(s.getWatermark()));
            json.put("lastPoll", orNull(s.getLastPoll()));
            json.put("polls", s.getPolls());
            json.put("requests", s.getRequests());
            json.put("delivered", s.getDelivered());
            json.put("failures", s.getFailures());
            json.put("lastError", s.getLastError());
            json.put("lastPollHeldUpTo", orNull(s.getLastPollHeldUpTo()));
            consumers.add(json);
        }
        List<JsonObject> producers = new ArrayList<>();
        for (HrFlowEndpoint endpoint : endpoints()) {
            HrFlowProducerStatistics s = endpoint.getProducerStatistics();
            JsonObject json = new JsonObject();
            json.put("uri", uri(endpoint));
            json.put("api", endpoint.getApi().uri());
            json.put("operation",
                    endpoint.getApi().kind() != HrFlowApi.Kind.INDEXING ? null : endpoint.getOperation().name());
            json.put("calls", s.getCalls());
            json.put("errors", s.getErrors());
            json.put("errorsByStatus", new JsonObject(new java.util.LinkedHashMap<>(s.getErrorsByStatus())));
            producers.add(json);
        }
        JsonObject root = new JsonObject();
        root.put("consumers", consumers);
        root.put("producers", producers);
        return root;
    }

    /** {@code storageOption}: boardKey or sourceKey, the JSON name of the consumer's board or source. */
    private record ConsumerView(String routeId, String storageOption, String storageKey, String stateKey,
                                HrFlowStoringStatistics statistics) {
    }

    private List<ConsumerView> consumers() {
        List<ConsumerView> views = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof HrFlowStoringConsumer consumer) {
                views.add(new ConsumerView(route.getRouteId(), consumer.getResource().storageOption(),
                        consumer.getStorageKey(), consumer.getStateKey(), consumer.getStatistics()));
            }
        }
        return views;
    }

    /** The hrflow endpoints a producer may use: a consumer's endpoint makes no calls of its own. */
    private List<HrFlowEndpoint> endpoints() {
        List<HrFlowEndpoint> endpoints = new ArrayList<>();
        for (Endpoint endpoint : getCamelContext().getEndpoints()) {
            if (endpoint instanceof HrFlowEndpoint hrflow && !isConsumed(hrflow)) {
                endpoints.add(hrflow);
            }
        }
        return endpoints;
    }

    private boolean isConsumed(HrFlowEndpoint endpoint) {
        return getCamelContext().getRoutes().stream().anyMatch(route -> route.getEndpoint() == endpoint)
               && endpoint.getProducerStatistics().getCalls() == 0;
    }

    private static String uri(HrFlowEndpoint endpoint) {
        return URISupport.sanitizeUri(endpoint.getEndpointUri());
    }

    private static String orNull(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Object orNone(Object value) {
        return value == null ? "-" : value;
    }
}
