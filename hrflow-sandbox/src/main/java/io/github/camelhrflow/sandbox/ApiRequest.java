package io.github.camelhrflow.sandbox;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One incoming request, decoded.
 *
 * @param headers header names in any case map to their values (case-insensitive lookup)
 */
record ApiRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    ApiRequest {
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseInsensitive.put(name, List.copyOf(values)));
        headers = caseInsensitive;
    }

    /** The first value of a header, or null. */
    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * A query parameter, or null when absent or empty. The query is decoded on each call so that a
     * malformed one fails inside a route, where it becomes a 400 answer, not while reading the request.
     */
    String param(String name) {
        return QueryParams.parse(rawQuery).get(name);
    }

    /** A query parameter that must be there. */
    String requiredParam(String name) {
        String value = param(name);
        if (value == null) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: " + name);
        }
        return value;
    }
}
