package io.github.camelhrflow.livecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.net.PercentCodec;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends HrFlow's requests as the component does (HttpClient 5, {@code X-API-KEY} and {@code X-USER-EMAIL}, query
 * values percent-encoded per RFC 3986, no automatic retries) and writes each call to a JSON file of the output
 * directory, {@code NNN-label.json}. The API key never reaches a file: the headers sent are written masked, and any
 * text that would contain the key is masked before it is written or printed.
 */
final class Recorder implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Times a request answered 429 is sent again, after HrFlow's {@code Retry-After} (or 5 s). */
    private static final int THROTTLE_RETRIES = 3;
    private static final Duration MAX_THROTTLE_WAIT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final String apiKey;
    private final String userEmail;
    private final Path directory;
    private final CloseableHttpClient http;
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

    Recorder(String baseUrl, String apiKey, String userEmail, Path directory, int connections) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.userEmail = userEmail;
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the output directory " + directory, e);
        }
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(Timeout.ofSeconds(60))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(60)).build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    /** {@code GET path?query}; {@code query} holds names and values in turn, a {@code null} value is left out. */
    Call get(String label, String path, String... query) {
        return send(label, "GET", path, null, query);
    }

    /** A write: {@code POST}, {@code PUT} or {@code PATCH} with a JSON body. */
    Call write(String label, String method, String path, JsonNode body) {
        return send(label, method, path, body);
    }

    /** Every call so far, in the order they were sent. */
    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    Path directory() {
        return directory;
    }

    /** The text with every occurrence of the API key replaced by {@code ****}. */
    String mask(String text) {
        if (text == null || apiKey.length() < 4) {
            return text;
        }
        return text.replace(apiKey, "****");
    }

    /** Writes a file of the output directory, masked. */
    void writeFile(String name, String content) {
        try {
            Files.writeString(directory.resolve(name), mask(content), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + directory.resolve(name), e);
        }
    }

    @Override
    public void close() {
        http.close(org.apache.hc.core5.io.CloseMode.GRACEFUL);
    }

    private Call send(String label, String method, String path, JsonNode body, String... query) {
        Call call = null;
        for (int attempt = 0; attempt <= THROTTLE_RETRIES; attempt++) {
            call = sendOnce(attempt == 0 ? label : label + "-retry" + attempt, method, path, body, query);
            if (call.status() != 429 || attempt == THROTTLE_RETRIES) {
                break;
            }
            sleep(throttleWait(call.header("Retry-After")));
        }
        return call;
    }

    private Call sendOnce(String label, String method, String path, JsonNode body, String... query) {
        Map<String, String> params = new LinkedHashMap<>();
        StringBuilder uri = new StringBuilder(baseUrl).append(path);
        char separator = '?';
        for (int i = 0; i + 1 < query.length; i += 2) {
            if (query[i + 1] == null) {
                continue;
            }
            params.put(query[i], query[i + 1]);
            uri.append(separator);
            PercentCodec.RFC3986.encode(uri, query[i]);
            uri.append('=');
            PercentCodec.RFC3986.encode(uri, query[i + 1]);
            separator = '&';
        }
        HttpUriRequestBase request = new HttpUriRequestBase(method, URI.create(uri.toString()));
        request.setHeader("X-API-KEY", apiKey);
        request.setHeader("X-USER-EMAIL", userEmail);
        request.setHeader("Accept", "application/json");
        if (body != null) {
            request.setEntity(new ByteArrayEntity(toBytes(body), ContentType.APPLICATION_JSON));
        }
        int seq = sequence.incrementAndGet();
        Instant sentAt = Instant.now();
        Call call;
        try {
            call = http.execute(request, response -> {
                String text = response.getEntity() == null ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                Map<String, String> headers = new LinkedHashMap<>();
                for (Header header : response.getHeaders()) {
                    if (ofInterest(header.getName())) {
                        headers.merge(header.getName(), header.getValue(), (a, b) -> a + ", " + b);
                    }
                }
                return new Call(seq, label, method, URI.create(uri.toString()).getRawPath(), params, body,
                        response.getCode(), headers, parse(text), text, sentAt, Instant.now());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " (" + label + ") failed: " + mask(e.toString()), e);
        }
        calls.add(call);
        writeFile(String.format(Locale.ROOT, "%03d-%s.json", seq, label), toFileJson(call));
        return call;
    }

    private static boolean ofInterest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("content-type") || lower.equals("retry-after") || lower.equals("date")
               || lower.contains("ratelimit") || lower.contains("rate-limit");
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? null : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private String toFileJson(Call call) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("seq", call.seq())
                .put("label", call.label())
                .put("method", call.method())
                .put("path", call.path());
        node.set("query", MAPPER.valueToTree(call.query()));
        ObjectNode sent = node.putObject("request_headers");
        sent.put("X-API-KEY", maskedKey());
        sent.put("X-USER-EMAIL", "(set)");
        sent.put("Accept", "application/json");
        if (call.requestBody() != null) {
            sent.put("Content-Type", "application/json; charset=UTF-8");
            node.set("request_body", call.requestBody());
        }
        node.put("status", call.status());
        node.set("headers", MAPPER.valueToTree(call.headers()));
        if (call.json() != null) {
            node.set("body", call.json());
        } else {
            node.put("body_text", call.text());
        }
        node.put("sent_at", call.sentAt().toString());
        node.put("elapsed_ms", call.elapsed().toMillis());
        return toText(node);
    }

    /** The key's kind of permission ({@code ask_}, {@code askr_}, {@code askw_}) tells something; the rest is secret. */
    private String maskedKey() {
        int underscore = apiKey.indexOf('_');
        return underscore > 0 && underscore <= 5 ? apiKey.substring(0, underscore + 1) + "****" : "****";
    }

    static String toText(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] toBytes(JsonNode body) {
        try {
            return new ObjectMapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration throttleWait(String retryAfter) {
        if (retryAfter != null) {
            try {
                Duration asked = Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
                return asked.compareTo(MAX_THROTTLE_WAIT) > 0 ? MAX_THROTTLE_WAIT : asked;
            } catch (NumberFormatException e) {
                // an HTTP date: wait the default
            }
        }
        return Duration.ofSeconds(5);
    }

    static void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
