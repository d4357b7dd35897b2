package io.github.camelhrflow.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last API requests, bounded so a long benchmark cannot exhaust memory, a total count and a count per method and
 * path (which the bound never drops: a proof that each of 200 files was uploaded once reads it).
 */
final class RequestLog {

    private final int capacity;
    private final Deque<RecordedRequest> requests = new ArrayDeque<>();
    private final Map<String, Long> countByRoute = new HashMap<>();
    private long count;

    RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records a {@link #describe described} request with its answer's status and its sequence number. */
    void record(RecordedRequest described, int status, long seq) {
        RecordedRequest recorded = described.answered(status, seq);
        synchronized (this) {
            count++;
            countByRoute.merge(route(recorded.method(), recorded.path()), 1L, Long::sum);
            if (requests.size() == capacity) {
                requests.removeFirst();
            }
            requests.addLast(recorded);
        }
    }

    /** The request as the log shows it, not yet answered (status and seq 0); the API key value is masked. */
    static RecordedRequest describe(ApiRequest request, int clientPort) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            headers.put(lower, lower.equalsIgnoreCase(Authenticator.API_KEY_HEADER)
                    ? List.of(RecordedRequest.MASK) : values);
        });
        List<RecordedRequest.Part> parts = List.of();
        String body = request.body().length == 0 ? null : new String(request.body(), StandardCharsets.UTF_8);
        if (Multipart.isMultipart(request)) {
            // a CV upload: what arrived is its parts; the file itself would only fill the memory
            body = null;
            try {
                parts = Multipart.parse(request).stream().map(Multipart.Part::recorded).toList();
            } catch (ApiException e) {
                parts = List.of();
            }
        }
        return new RecordedRequest(Instant.now(), request.method(), request.path(), request.rawQuery(), headers, 0,
                body, 0, parts, clientPort);
    }

    /** The recorded requests, oldest first. */
    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** All requests since start or the last {@link #clear()}, including those dropped from the log. */
    synchronized long count() {
        return count;
    }

    /** Requests with this method and path since start or the last {@link #clear()}, including dropped ones. */
    synchronized long count(String method, String path) {
        return countByRoute.getOrDefault(route(method.toUpperCase(Locale.ROOT), path), 0L);
    }

    synchronized void clear() {
        requests.clear();
        countByRoute.clear();
        count = 0;
    }

    private static String route(String method, String path) {
        return method + " " + path;
    }
}
