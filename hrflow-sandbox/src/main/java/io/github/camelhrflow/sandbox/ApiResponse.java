package io.github.camelhrflow.sandbox;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An HTTP answer: status, headers and body bytes, with factories for the shapes HrFlow sends.
 *
 * @param seq the sequence number under which the answer read or wrote the store, 0 when it did not
 */
record ApiResponse(int status, Map<String, String> headers, byte[] body, long seq) {

    static final String JSON = "application/json";
    static final String HTML = "text/html";

    /** The page nginx serves when its upstream fails: what a client meets when HrFlow's backend is down. */
    private static final String NGINX_502 = """
            <html>
            <head><title>502 Bad Gateway</title></head>
            <body>
            <center><h1>502 Bad Gateway</h1></center>
            <hr><center>nginx</center>
            </body>
            </html>
            """;

    ApiResponse {
        headers = Map.copyOf(headers);
    }

    ApiResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, 0);
    }

    static ApiResponse json(int status, JsonNode body) {
        try {
            return new ApiResponse(status, Map.of("Content-Type", JSON), Json.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HrFlow's envelope: {@code code} mirrors the HTTP status. */
    static ObjectNode envelope(int status, String message) {
        return Json.MAPPER.createObjectNode().put("code", status).put("message", message);
    }

    static ApiResponse ok(String message, JsonNode data) {
        return withData(200, message, data);
    }

    /** {@code {"code":status,"message":message,"data":data}}. */
    static ApiResponse withData(int status, String message, JsonNode data) {
        ObjectNode body = envelope(status, message);
        body.set("data", data);
        return json(status, body);
    }

    static ApiResponse error(int status, String message) {
        return json(status, envelope(status, message));
    }

    static ApiResponse badGatewayPage() {
        return new ApiResponse(502, Map.of("Content-Type", HTML), NGINX_502.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one more header. */
    ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, more, body, seq);
    }

    /** A copy that carries the sequence number of its store access. */
    ApiResponse withSeq(long seq) {
        return new ApiResponse(status, headers, body, seq);
    }
}
