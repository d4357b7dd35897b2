package io.github.camelhrflow.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One API request as the sandbox saw it.
 *
 * @param time     when it arrived
 * @param method   the HTTP method
 * @param path     the decoded path, e.g. {@code /v1/job/indexing}
 * @param rawQuery the query string as sent (still URL-encoded), or null
 * @param headers  header names in lower case to their values; the {@code x-api-key} value is masked
 * @param status   the HTTP status the sandbox answered
 */
public record RecordedRequest(Instant time, String method, String path, String rawQuery,
        Map<String, List<String>> headers, int status) {

    /** Stands in for the API key, which is never recorded. */
    public static final String MASK = "*****";

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A decoded query parameter, or null when absent or empty. */
    public String param(String name) {
        return QueryParams.parse(rawQuery).get(name);
    }
}
