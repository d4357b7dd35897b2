package io.github.camelhrflow.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /_sandbox/*}: control of the sandbox over HTTP, for tools that do not run in the JVM.
 * No credentials, no faults, not recorded.
 */
final class AdminApi {

    static final String PREFIX = "/_sandbox";
    static final String FAULTS = PREFIX + "/faults";
    static final String REQUESTS = PREFIX + "/requests";
    static final String HEALTH = PREFIX + "/health";
    static final String INDEX_LAG = PREFIX + "/index-lag";
    static final String BOARDS = PREFIX + "/boards";
    static final String SOURCES = PREFIX + "/sources";
    static final String PARSING = PREFIX + "/parsing";

    private static final Set<String> INDEX_LAG_FIELDS = Set.of("max_ms", "seed");

    private final FaultInjector faults;
    private final RequestLog log;
    private final JobStore store;
    private final ParseQueue parsing;
    private final AdminContainers boards;
    private final AdminContainers sources;

    AdminApi(FaultInjector faults, RequestLog log, JobStore store, ParseQueue parsing) {
        this.faults = faults;
        this.log = log;
        this.store = store;
        this.parsing = parsing;
        this.boards = new AdminContainers(store, Resource.JOB);
        this.sources = new AdminContainers(store, Resource.PROFILE);
    }

    static boolean isAdminPath(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    void register(Router router) {
        router.add("GET", HEALTH, request -> ApiResponse.json(200, Json.MAPPER.createObjectNode().put("status", "up")))
                .add("GET", FAULTS, request -> faultSettings())
                .add("POST", FAULTS, this::configureFaults)
                .add("DELETE", FAULTS, request -> {
                    faults.clear();
                    return faultSettings();
                })
                .add("GET", REQUESTS, request -> requestLog())
                .add("DELETE", REQUESTS, request -> {
                    log.clear();
                    return requestLog();
                })
                .add("GET", INDEX_LAG, request -> indexLag())
                .add("POST", INDEX_LAG, request -> configureIndexLag(body(request)))
                .add("DELETE", INDEX_LAG, request -> {
                    store.indexLag().max(Duration.ZERO);
                    return indexLag();
                })
                .add("GET", BOARDS, request -> boards.list())
                .add("POST", BOARDS, request -> boards.create(body(request)))
                .add("GET", SOURCES, request -> sources.list())
                .add("POST", SOURCES, request -> sources.create(body(request)))
                .add("GET", PARSING, request -> parseDelay())
                .add("POST", PARSING, request -> configureParsing(body(request)));
    }

    private ApiResponse configureFaults(ApiRequest request) {
        try {
            faults.configure(body(request));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return faultSettings();
    }

    /** {@code {"max_ms": N, "seed": S}}, either optional: checked whole before anything changes. */
    private ApiResponse configureIndexLag(JsonNode settings) {
        if (settings == null || !settings.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object");
        }
        for (Iterator<String> names = settings.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode value = settings.get(name);
            if (!INDEX_LAG_FIELDS.contains(name)) {
                throw ApiException.badRequest("Unknown field \"" + name + "\"; known: " + INDEX_LAG_FIELDS);
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()
                || name.equals("max_ms") && value.asLong() < 0) {
                throw ApiException.badRequest("\"" + name + "\" must be an integer"
                                              + (name.equals("max_ms") ? " >= 0" : "") + ", got: " + value);
            }
        }
        if (settings.has("max_ms")) {
            store.indexLag().max(Duration.ofMillis(settings.get("max_ms").asLong()));
        }
        if (settings.has("seed")) {
            store.indexLag().seed(settings.get("seed").asLong());
        }
        return indexLag();
    }

    /** {@code {"delay_ms": N}}: how long parsing a file takes from now on. */
    private ApiResponse configureParsing(JsonNode settings) {
        if (settings == null || !settings.isObject() || settings.size() != 1 || !settings.has("delay_ms")) {
            throw ApiException.badRequest("The body must be {\"delay_ms\": N}");
        }
        JsonNode value = settings.get("delay_ms");
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw ApiException.badRequest("\"delay_ms\" must be an integer >= 0, got: " + value);
        }
        parsing.delay(Duration.ofMillis(value.asLong()));
        return parseDelay();
    }

    private ApiResponse parseDelay() {
        return ApiResponse.json(200, Json.MAPPER.createObjectNode().put("delay_ms", parsing.delay().toMillis()));
    }

    private ApiResponse indexLag() {
        return ApiResponse.json(200, Json.MAPPER.createObjectNode()
                .put("max_ms", store.indexLag().max().toMillis()).put("seed", store.indexLag().seed()));
    }

    private static JsonNode body(ApiRequest request) {
        try {
            return Json.MAPPER.readTree(request.body());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the body is already in memory
        }
    }

    private ApiResponse faultSettings() {
        return ApiResponse.json(200, faults.toJson());
    }

    private ApiResponse requestLog() {
        ObjectNode body = Json.MAPPER.createObjectNode().put("count", log.count());
        ArrayNode requests = body.putArray("requests");
        for (RecordedRequest recorded : log.requests()) {
            ObjectNode node = requests.addObject()
                    .put("seq", recorded.seq())
                    .put("time", recorded.time().toString())
                    .put("method", recorded.method())
                    .put("path", recorded.path())
                    .put("query", recorded.rawQuery())
                    .put("status", recorded.status());
            node.set("headers", Json.MAPPER.<JsonNode>valueToTree(recorded.headers()));
            node.put("body", recorded.body());
            if (!recorded.parts().isEmpty()) {
                node.set("parts", Json.MAPPER.<JsonNode>valueToTree(recorded.parts()));
            }
        }
        return ApiResponse.json(200, body);
    }
}
