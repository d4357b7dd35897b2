package io.github.camelhrflow.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;

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

    private final FaultInjector faults;
    private final RequestLog log;

    AdminApi(FaultInjector faults, RequestLog log) {
        this.faults = faults;
        this.log = log;
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
                });
    }

    private ApiResponse configureFaults(ApiRequest request) {
        try {
            faults.configure(Json.MAPPER.readTree(request.body()));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the body is already in memory
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return faultSettings();
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
        }
        return ApiResponse.json(200, body);
    }
}
