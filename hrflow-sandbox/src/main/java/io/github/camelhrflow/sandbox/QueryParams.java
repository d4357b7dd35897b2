package io.github.camelhrflow.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query parameters decoded from the raw query string, in request order. Public so that the test servers that play
 * broken transports decode queries the way the sandbox does.
 */
public final class QueryParams {

    private static final QueryParams EMPTY = new QueryParams(Map.of());

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * Splits the raw (still encoded) query before decoding each part, so that an encoded
     * {@code &}, {@code =} or {@code #} inside a value stays part of that value.
     *
     * @throws ApiException 400 when a value holds a malformed {@code %} escape
     */
    public static QueryParams parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return new QueryParams(Collections.unmodifiableMap(values));
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Invalid parameters. Malformed query string: " + e.getMessage());
        }
    }

    /** The first value of {@code name}, or null when absent or empty: HrFlow treats {@code key=} as no key. */
    public String get(String name) {
        List<String> list = values.get(name);
        if (list == null || list.get(0).isEmpty()) {
            return null;
        }
        return list.get(0);
    }

    /** Every value of every parameter, in request order. */
    public Map<String, List<String>> asMap() {
        return values;
    }
}
