package io.github.camelhrflow.livecheck;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One request to HrFlow and its answer, as recorded.
 *
 * @param seq        the call's number in the run, from 1
 * @param label      what the check meant by it, e.g. {@code create-a1}
 * @param query      the query parameters as sent, in order, before encoding
 * @param headers    the answer's headers of interest (content type, {@code Retry-After}, rate limits, date)
 * @param json       the answer's body as JSON, or {@code null} when it is not JSON
 * @param text       the answer's body as text
 * @param sentAt     the local time the request was sent
 * @param answeredAt the local time the whole answer was read
 */
record Call(int seq, String label, String method, String path, Map<String, String> query, JsonNode requestBody,
            int status, Map<String, String> headers, JsonNode json, String text, Instant sentAt, Instant answeredAt) {

    /** HrFlow's {@code message}, or {@code null}. */
    String message() {
        JsonNode message = json == null ? null : json.get("message");
        return message == null || message.isNull() ? null : message.asText();
    }

    /** HrFlow's {@code data}, or a missing node. */
    JsonNode data() {
        return json == null ? MissingNode.getInstance() : json.path("data");
    }

    String header(String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    Duration elapsed() {
        return Duration.between(sentAt, answeredAt);
    }

    /** What a line says of this answer: status and message, or the start of a body that is not HrFlow's JSON. */
    String seen() {
        String message = message();
        if (message != null) {
            return status + " \"" + message + "\"";
        }
        String body = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return status + (body.isEmpty() ? " (empty body)" : " " + abbreviate(body, 120));
    }

    /** {@code METHOD /path} and what came back, for a line's detail. */
    String describe() {
        return method + " " + path + " answered " + seen();
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
