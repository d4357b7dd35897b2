package io.github.camelhrflow.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An answer a test scripts in place of the sandbox's own, for what HrFlow (or a proxy in front of it) only does by
 * accident: any status, content type, body bytes and headers, late or stalling. Given to
 * {@link FaultInjector#answerNext} (once each, in order) or returned by {@link FaultInjector#answerWith}.
 * Immutable; the {@code with...} methods return copies.
 *
 * <pre>{@code
 * sandbox.faults().answerNext(ScriptedAnswer.json(503, "{\"code\":503,\"message\":\"down\"}")
 *         .withHeader("Retry-After", "2"));
 * }</pre>
 *
 * @param status       the HTTP status, or 0 for the sandbox's own answer ({@link #asUsual()})
 * @param contentType  the {@code Content-Type}, or null to send none
 * @param body         the body bytes, empty for none
 * @param headers      further headers, e.g. {@code Retry-After} or {@code Location}
 * @param delayMillis  how long to wait before answering
 * @param stallMidBody whether to send the headers and half the body, then nothing for a minute (or until the sandbox stops)
 * @param path         the only path (e.g. {@code /v1/storing/jobs}) a queued answer is given to, or null for any
 */
public record ScriptedAnswer(int status, String contentType, byte[] body, Map<String, String> headers,
                             long delayMillis, boolean stallMidBody, String path) {

    private static final byte[] NO_BODY = new byte[0];

    public ScriptedAnswer {
        if (status != 0 && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("status must be 100..599 (or 0: as usual), got " + status);
        }
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delayMillis must not be negative, got " + delayMillis);
        }
        body = Objects.requireNonNull(body, "body").clone();
        headers = Map.copyOf(headers);
    }

    /** A JSON answer. */
    public static ScriptedAnswer json(int status, String body) {
        return of(status, "application/json", body);
    }

    /** Any answer; a null content type sends none. */
    public static ScriptedAnswer of(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Any answer, body bytes as given (invalid UTF-8 included). */
    public static ScriptedAnswer of(int status, String contentType, byte[] body) {
        return new ScriptedAnswer(status, contentType, body, Map.of(), 0, false, null);
    }

    /** The sandbox's own answer; with {@link #delayedBy} or {@link #stallingMidBody} a slow or broken one. */
    public static ScriptedAnswer asUsual() {
        return new ScriptedAnswer(0, null, NO_BODY, Map.of(), 0, false, null);
    }

    /** Whether the sandbox answers as it would without this script. */
    public boolean isUsual() {
        return status == 0;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** A copy with one more header. */
    public ScriptedAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ScriptedAnswer(status, contentType, body, more, delayMillis, stallMidBody, path);
    }

    /** A copy sent {@code millis} later. */
    public ScriptedAnswer delayedBy(long millis) {
        return new ScriptedAnswer(status, contentType, body, headers, millis, stallMidBody, path);
    }

    /**
     * A copy that sends its headers (with the full {@code Content-Length}) and half its body, then goes silent
     * for a minute (or until the sandbox stops), then drops the connection: the client's read timeout must end the call.
     */
    public ScriptedAnswer stallingMidBody() {
        return new ScriptedAnswer(status, contentType, body, headers, delayMillis, true, path);
    }

    /** A copy that a queue of answers gives only to a request for this path; other requests pass it by. */
    public ScriptedAnswer forPath(String path) {
        return new ScriptedAnswer(status, contentType, body, headers, delayMillis, stallMidBody,
                Objects.requireNonNull(path, "path"));
    }

    boolean appliesTo(String requestPath) {
        return path == null || path.equals(requestPath);
    }

    /** The answer to send; null when the sandbox answers as usual. */
    ApiResponse response() {
        if (isUsual()) {
            return null;
        }
        Map<String, String> all = new LinkedHashMap<>();
        if (contentType != null) {
            all.put("Content-Type", contentType);
        }
        all.putAll(headers);
        return new ApiResponse(status, all, body);
    }

    @Override
    public String toString() {
        return "ScriptedAnswer[" + (isUsual() ? "as usual" : status + " " + contentType + ", " + body.length + " bytes")
               + (headers.isEmpty() ? "" : ", " + headers) + (delayMillis > 0 ? ", after " + delayMillis + " ms" : "")
               + (stallMidBody ? ", stalling mid-body" : "") + (path == null ? "" : ", for " + path) + "]";
    }
}
