package io.github.camelhrflow.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The faults the sandbox injects into API requests ({@code /_sandbox/*} is never faulted).
 * Thread-safe; settings can change while the server runs. Setters return {@code this} for chaining
 * and reject invalid values, leaving the previous settings in place.
 *
 * <p>Per request: a scripted answer ({@link #answerNext}, then {@link #answerWith}) wins and leaves the
 * other faults for the next request. Else the latency is applied first, then the counted faults
 * ({@code throttleNext}, then {@code htmlErrorNext}), then one random draw picks at most one rate fault,
 * so each rate is exactly the chance of its fault. The random generator is seeded: a given seed and
 * request sequence always produce the same faults.
 */
public final class FaultInjector {

    /** The seed used unless another is given. */
    public static final long DEFAULT_SEED = 42L;

    private final ScriptedAnswers scripted = new ScriptedAnswers();
    private Settings settings = new Settings();
    private long seed;
    private Random random;

    public FaultInjector() {
        this(DEFAULT_SEED);
    }

    public FaultInjector(long seed) {
        seed(seed);
    }

    /** Delays every request by this much. */
    public synchronized FaultInjector latency(Duration fixed) {
        return latency(fixed, fixed);
    }

    /** Delays every request by a uniformly random time between {@code min} and {@code max}, inclusive. */
    public synchronized FaultInjector latency(Duration min, Duration max) {
        return change(s -> {
            s.latencyMinMs = min.toMillis();
            s.latencyMaxMs = max.toMillis();
        });
    }

    /** Answers the next {@code requests} requests with 429 and {@code Retry-After}. */
    public synchronized FaultInjector throttleNext(int requests) {
        return change(s -> s.throttleNext = requests);
    }

    /** Answers this share (0..1) of requests with 429 and {@code Retry-After}. */
    public synchronized FaultInjector throttleRate(double rate) {
        return change(s -> s.throttleRate = rate);
    }

    /** The {@code Retry-After} value of 429 and 503 answers; 1 second unless set. */
    public synchronized FaultInjector retryAfterSeconds(int seconds) {
        return change(s -> s.retryAfterSeconds = seconds);
    }

    /** Answers this share (0..1) of requests with 500 or 503 (half each; 503 carries {@code Retry-After}). */
    public synchronized FaultInjector serverErrorRate(double rate) {
        return change(s -> s.serverErrorRate = rate);
    }

    /** Answers the next {@code requests} requests with nginx's HTML 502 page. */
    public synchronized FaultInjector htmlErrorNext(int requests) {
        return change(s -> s.htmlErrorNext = requests);
    }

    /** Answers this share (0..1) of requests with nginx's HTML 502 page. */
    public synchronized FaultInjector htmlErrorRate(double rate) {
        return change(s -> s.htmlErrorRate = rate);
    }

    /**
     * Gives these answers to the next API requests, once each and in order (an answer made
     * {@link ScriptedAnswer#forPath for a path} waits for a request to that path); then the sandbox
     * answers as before.
     */
    public FaultInjector answerNext(ScriptedAnswer... answers) {
        scripted.add(List.of(answers));
        return this;
    }

    /**
     * Asks {@code responder} for the answer to every API request no {@link #answerNext queued answer}
     * took; a null answer leaves the request to the other faults and the sandbox. The responder sees the
     * request as the log will show it, before it is answered ({@code status} and {@code seq} 0), and is
     * called concurrently for concurrent requests. Null removes it.
     */
    public FaultInjector answerWith(Function<RecordedRequest, ScriptedAnswer> responder) {
        scripted.respondWith(responder);
        return this;
    }

    /** How many {@link #answerNext queued answers} no request has taken yet. */
    public int queuedAnswers() {
        return scripted.queued();
    }

    /** Restarts the random generator from this seed. */
    public synchronized FaultInjector seed(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        return this;
    }

    /** Removes every fault and scripted answer; the random generator goes on from where it is. */
    public synchronized FaultInjector clear() {
        settings = new Settings();
        scripted.clear();
        return this;
    }

    /**
     * Changes the settings named in a JSON object, all or none. Fields: {@code latency_ms},
     * {@code latency_min_ms}, {@code latency_max_ms}, {@code throttle_next}, {@code throttle_rate},
     * {@code retry_after_seconds}, {@code server_error_rate}, {@code html_error_next},
     * {@code html_error_rate}, {@code seed}.
     *
     * @throws IllegalArgumentException on an unknown field, a wrong type or an invalid value
     */
    synchronized void configure(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("Fault settings must be a JSON object");
        }
        change(s -> {
            for (Map.Entry<String, JsonNode> field : json.properties()) {
                set(s, field.getKey(), field.getValue());
            }
        });
        if (json.has("seed")) {
            seed(integer(json.get("seed"), "seed"));
        }
    }

    private static void set(Settings s, String name, JsonNode value) {
        switch (name) {
            case "latency_ms" -> s.latencyMinMs = s.latencyMaxMs = integer(value, name);
            case "latency_min_ms" -> s.latencyMinMs = integer(value, name);
            case "latency_max_ms" -> s.latencyMaxMs = integer(value, name);
            case "throttle_next" -> s.throttleNext = count(value, name);
            case "throttle_rate" -> s.throttleRate = rate(value, name);
            case "retry_after_seconds" -> s.retryAfterSeconds = count(value, name);
            case "server_error_rate" -> s.serverErrorRate = rate(value, name);
            case "html_error_next" -> s.htmlErrorNext = count(value, name);
            case "html_error_rate" -> s.htmlErrorRate = rate(value, name);
            case "seed" -> integer(value, name); // applied after the settings, see configure
            default -> throw new IllegalArgumentException("Unknown fault setting: " + name);
        }
    }

    /** The current settings, in the format {@link #configure} accepts. */
    synchronized ObjectNode toJson() {
        return Json.MAPPER.createObjectNode()
                .put("latency_min_ms", settings.latencyMinMs)
                .put("latency_max_ms", settings.latencyMaxMs)
                .put("throttle_next", settings.throttleNext)
                .put("throttle_rate", settings.throttleRate)
                .put("retry_after_seconds", settings.retryAfterSeconds)
                .put("server_error_rate", settings.serverErrorRate)
                .put("html_error_next", settings.htmlErrorNext)
                .put("html_error_rate", settings.htmlErrorRate)
                .put("seed", seed);
    }

    /** Decides the fault of this request: a scripted answer, else {@link #next()}. */
    Fault next(RecordedRequest request) {
        ScriptedAnswer answer = scripted.next(request);
        return answer == null ? next() : new Fault(answer.delayMillis(), answer.response(), answer.stallMidBody());
    }

    /** Decides the fault of the next request, scripted answers aside, and consumes counted faults. */
    synchronized Fault next() {
        Settings s = settings;
        long delay = s.latencyMinMs + (s.latencyMaxMs > s.latencyMinMs
                ? random.nextLong(s.latencyMaxMs - s.latencyMinMs + 1) : 0);
        if (s.throttleNext > 0) {
            s.throttleNext--;
            return new Fault(delay, throttled(), false);
        }
        if (s.htmlErrorNext > 0) {
            s.htmlErrorNext--;
            return new Fault(delay, ApiResponse.badGatewayPage(), false);
        }
        double draw = random.nextDouble();
        if (draw < s.throttleRate) {
            return new Fault(delay, throttled(), false);
        }
        draw -= s.throttleRate;
        if (draw < s.serverErrorRate) {
            return new Fault(delay, random.nextBoolean()
                    ? ApiResponse.error(500, "Internal server error")
                    : withRetryAfter(ApiResponse.error(503, "Service temporarily unavailable")), false);
        }
        draw -= s.serverErrorRate;
        return new Fault(delay, draw < s.htmlErrorRate ? ApiResponse.badGatewayPage() : null, false);
    }

    private ApiResponse throttled() {
        return withRetryAfter(ApiResponse.error(429, "Too many requests. Retry after "
                                                     + settings.retryAfterSeconds + " seconds"));
    }

    private ApiResponse withRetryAfter(ApiResponse response) {
        return response.withHeader("Retry-After", Integer.toString(settings.retryAfterSeconds));
    }

    /** Applies a change to a copy of the settings and keeps it only if the result is valid. */
    private FaultInjector change(Consumer<Settings> change) {
        Settings changed = settings.copy();
        change.accept(changed);
        changed.validate();
        settings = changed;
        return this;
    }

    private static long integer(JsonNode value, String name) {
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(name + " must be an integer, got " + value);
        }
        return value.asLong();
    }

    private static int count(JsonNode value, String name) {
        long count = integer(value, name);
        if (count < 0 || count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be between 0 and " + Integer.MAX_VALUE + ", got " + value);
        }
        return (int) count;
    }

    private static double rate(JsonNode value, String name) {
        if (!value.isNumber()) {
            throw new IllegalArgumentException(name + " must be a number between 0 and 1, got " + value);
        }
        return value.asDouble();
    }

    /**
     * What to do to one request.
     *
     * @param delayMillis  how long to wait before answering
     * @param response     the faulty answer, or null to answer normally
     * @param stallMidBody whether to send half the body, then nothing for a minute (or until the sandbox stops)
     */
    record Fault(long delayMillis, ApiResponse response, boolean stallMidBody) {
    }

    private static final class Settings {
        long latencyMinMs;
        long latencyMaxMs;
        int throttleNext;
        double throttleRate;
        int retryAfterSeconds = 1;
        double serverErrorRate;
        int htmlErrorNext;
        double htmlErrorRate;

        Settings copy() {
            Settings copy = new Settings();
            copy.latencyMinMs = latencyMinMs;
            copy.latencyMaxMs = latencyMaxMs;
            copy.throttleNext = throttleNext;
            copy.throttleRate = throttleRate;
            copy.retryAfterSeconds = retryAfterSeconds;
            copy.serverErrorRate = serverErrorRate;
            copy.htmlErrorNext = htmlErrorNext;
            copy.htmlErrorRate = htmlErrorRate;
            return copy;
        }

        void validate() {
            require(latencyMinMs >= 0 && latencyMaxMs >= latencyMinMs,
                    "latency needs 0 <= min <= max, got " + latencyMinMs + ".." + latencyMaxMs + " ms");
            require(throttleNext >= 0 && htmlErrorNext >= 0, "request counts must not be negative");
            require(retryAfterSeconds >= 0, "retry_after_seconds must not be negative");
            for (double rate : new double[] { throttleRate, serverErrorRate, htmlErrorRate }) {
                require(rate >= 0 && rate <= 1, "rates must be between 0 and 1, got " + rate);
            }
            // one draw per request picks among the rate faults, so their shares must fit in one
            require(throttleRate + serverErrorRate + htmlErrorRate <= 1,
                    "throttle, server error and HTML error rates must add up to at most 1");
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
