package io.github.camelhrflow.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One API request as the sandbox saw it.
 *
 * @param time     when it arrived
 * @param method   the HTTP method
 * @param path     the decoded path, e.g. {@code /v1/job/indexing}
 * @param rawQuery the query string as sent (still URL-encoded), or null
 * @param headers  header names in lower case to their values; the {@code x-api-key} value is masked
 * @param status   the HTTP status the sandbox answered
 * @param body     the request body as UTF-8 text, or null when it had none
 * @param seq      the sandbox's sequence number of this request: for listings and writes, the moment it
 *                 read or wrote the jobs (compare with {@link JobVersion#existedAt(long)}); unique and
 *                 increasing in the order the sandbox served requests, which may differ from log order
 * @param parts    the parts of a {@code multipart/form-data} body (a CV upload) in request order, empty for
 *                 any other body; such a body itself is not kept ({@code body} is null)
 * @param clientPort the client's end of the connection: two requests with the same port came over one
 *                 kept-alive connection; 0 when unknown
 */
public record RecordedRequest(Instant time, String method, String path, String rawQuery,
                              Map<String, List<String>> headers, int status, String body, long seq,
                              List<Part> parts, int clientPort) {

    /** Stands in for the API key, which is never recorded. */
    public static final String MASK = "*****";

    public RecordedRequest {
        headers = Map.copyOf(headers);
        parts = List.copyOf(parts);
    }

    /** A request from an unknown client port. */
    public RecordedRequest(Instant time, String method, String path, String rawQuery,
                           Map<String, List<String>> headers, int status, String body, long seq,
                           List<Part> parts) {
        this(time, method, path, rawQuery, headers, status, body, seq, parts, 0);
    }

    /** A request without multipart parts. */
    public RecordedRequest(Instant time, String method, String path, String rawQuery,
                           Map<String, List<String>> headers, int status, String body, long seq) {
        this(time, method, path, rawQuery, headers, status, body, seq, List.of());
    }

    /** A copy with the status of its answer and its sequence number. */
    RecordedRequest answered(int status, long seq) {
        return new RecordedRequest(time, method, path, rawQuery, headers, status, body, seq, parts, clientPort);
    }

    /** The first part with this name, or null. */
    public Part part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * One part of a multipart body, as it arrived.
     *
     * @param name        the form field name, e.g. {@code file}, {@code source_key}
     * @param fileName    the file name of a file part, null for a plain field
     * @param contentType the part's own {@code Content-Type}, null when it had none
     * @param size        the part's length in bytes
     * @param value       a plain field's value as text; null for a file part
     */
    public record Part(String name, String fileName, String contentType, long size, String value) {
    }

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body parsed as JSON, or null when there was none. @throws IllegalArgumentException when it is not JSON */
    public JsonNode json() {
        if (body == null) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A decoded query parameter, or null when absent or empty. */
    public String param(String name) {
        return QueryParams.parse(rawQuery).get(name);
    }

    /** Every decoded query parameter with all its values, in request order. */
    public Map<String, List<String>> params() {
        return QueryParams.parse(rawQuery).asMap();
    }
}
