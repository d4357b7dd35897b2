package io.github.camelhrflow.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.model.Job;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.net.PercentCodec;

/**
 * The HTTP adapter to HrFlow's API: builds the authenticated request, sends it and maps the answer to a model object
 * or to an {@link HrFlowApiException}. It knows nothing of Camel routing, so tests and other operations share it.
 */
public class HrFlowClient {

    static final String API_KEY_HEADER = "X-API-KEY";
    static final String USER_EMAIL_HEADER = "X-USER-EMAIL";
    private static final String MASK = "*****";
    private static final int EXCERPT_SIZE = 200;
    private static final int MAX_ERROR_BODY = 16 * 1024;
    private static final ObjectReader JOB_ANSWER = HrFlowJson.mapper()
            .readerFor(new TypeReference<HrFlowEnvelope<Job>>() {
            });

    private final CloseableHttpClient http;
    private final String apiKey;
    private final String userEmail;
    private final String jobIndexingPrefix;
    private final RequestConfig requestConfig;
    private final Clock clock;
    private final long requestTimeout;
    private final RequestDeadlines requestDeadlines;

    /**
     * @param requestDeadlines the watch that aborts calls longer than requestTimeout; may be {@code null} when
     *                         requestTimeout is 0 or less
     */
    public HrFlowClient(CloseableHttpClient http, HrFlowConfiguration configuration,
                        RequestDeadlines requestDeadlines) {
        this(http, configuration, requestDeadlines, Clock.systemUTC());
    }

    HrFlowClient(CloseableHttpClient http, HrFlowConfiguration configuration,
                 RequestDeadlines requestDeadlines, Clock clock) {
        this.http = http;
        this.requestTimeout = configuration.getRequestTimeout();
        if (requestTimeout > 0 && requestDeadlines == null) {
            throw new IllegalArgumentException("requestTimeout is " + requestTimeout + " ms but no deadline watch"
                                               + " was given");
        }
        this.requestDeadlines = requestDeadlines;
        this.apiKey = configuration.getApiKey();
        this.userEmail = configuration.getUserEmail();
        this.jobIndexingPrefix = stripTrailingSlash(configuration.getBaseUrl()) + "/job/indexing?board_key=";
        this.requestConfig = RequestConfig.custom()
                .setResponseTimeout(configuration.getReadTimeout(), TimeUnit.MILLISECONDS)
                // waiting for a free pooled connection is bounded like waiting for a new one
                .setConnectionRequestTimeout(configuration.getConnectTimeout(), TimeUnit.MILLISECONDS)
                .build();
        this.clock = clock;
    }

    /**
     * {@code GET /job/indexing}: one job of a board, by key or by reference.
     *
     * @throws HrFlowApiException when HrFlow answers with an error or with something that is not an HrFlow answer
     * @throws IOException        when HrFlow cannot be reached or the connection fails; the message names the URL
     */
    public HrFlowResponse<Job> getJob(JobLookup lookup) throws IOException {
        URI uri = jobIndexingUri(lookup);
        HttpGet get = new HttpGet(uri);
        get.setConfig(requestConfig);
        get.setHeader(API_KEY_HEADER, apiKey);
        get.setHeader(USER_EMAIL_HEADER, userEmail);
        get.setHeader(HttpHeaders.ACCEPT, "application/json");
        RequestDeadlines.Call deadline = requestTimeout > 0 ? requestDeadlines.watch(get, requestTimeout) : null;
        try {
            return http.execute(get, response -> read(response, JOB_ANSWER, uri));
        } catch (IOException e) {
            if (deadline != null && deadline.isAborted()) {
                SocketTimeoutException timeout = new SocketTimeoutException(describe(uri) + " failed: no complete"
                                                                            + " answer within requestTimeout="
                                                                            + requestTimeout + " ms");
                timeout.initCause(e);
                throw timeout;
            }
            throw new IOException(describe(uri) + " failed: " + mask(e.getMessage()), e);
        } finally {
            if (deadline != null) {
                deadline.close();
            }
        }
    }

    /** Every value is percent-encoded (RFC 3986), so a reference such as {@code R&D 1/2?x=y#z} adds no parameter. */
    private URI jobIndexingUri(JobLookup lookup) {
        StringBuilder uri = new StringBuilder(jobIndexingPrefix);
        PercentCodec.RFC3986.encode(uri, lookup.boardKey());
        if (lookup.key() != null) {
            uri.append("&key=");
            PercentCodec.RFC3986.encode(uri, lookup.key());
        } else {
            uri.append("&reference=");
            PercentCodec.RFC3986.encode(uri, lookup.reference());
        }
        return URI.create(uri.toString());
    }

    /** The request as error messages name it; built only when one is needed. */
    private static String describe(URI uri) {
        return "GET " + uri;
    }

    private <T> HrFlowResponse<T> read(ClassicHttpResponse response, ObjectReader reader, URI uri)
            throws IOException {
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        if (status < 200 || status >= 300) {
            throw errorFrom(response, entity, uri);
        }
        String contentType = entity == null ? null : entity.getContentType();
        if (entity == null || contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            String excerpt = entity == null ? "" : excerpt(new String(readBounded(entity, EXCERPT_SIZE), StandardCharsets.UTF_8));
            throw HrFlowErrors.notAnEnvelope(describe(uri), status, contentType, excerpt, "");
        }
        HrFlowEnvelope<T> envelope;
        ExcerptInputStream body = new ExcerptInputStream(entity.getContent(), EXCERPT_SIZE);
        try (body) {
            envelope = reader.readValue(body);
        } catch (IOException | RuntimeException e) {
            IOException transportFailure = transportFailure(e);
            if (transportFailure != null) {
                throw transportFailure;
            }
            // the parser's own message may quote the body, so it is masked and the parser exception not chained
            throw HrFlowErrors.notAnEnvelope(describe(uri), status, contentType, excerpt(body.excerpt()),
                    mask(firstLine(e.getMessage())));
        }
        if (envelope == null) {
            throw HrFlowErrors.notAnEnvelope(describe(uri), status, contentType, excerpt(body.excerpt()), "");
        }
        // some HrFlow endpoints answer HTTP 200 with an error code in the body
        Integer code = envelope.getCode();
        if (code != null && (code < 200 || code >= 300)) {
            throw HrFlowErrors.fromAnswer(describe(uri), code, mask(envelope.getMessage()), "", retryAfter(response));
        }
        if (envelope.getData() == null) {
            throw new HrFlowApiException("HrFlow answered " + status + " to " + describe(uri) + " without data: "
                                         + excerpt(body.excerpt()), status, mask(envelope.getMessage()), null);
        }
        return new HrFlowResponse<>(status, envelope.getData());
    }

    private HrFlowApiException errorFrom(ClassicHttpResponse response, HttpEntity entity, URI uri)
            throws IOException {
        byte[] body = entity == null ? new byte[0] : readBounded(entity, MAX_ERROR_BODY);
        String hrFlowMessage = null;
        try {
            JsonNode json = HrFlowJson.mapper().readTree(body);
            if (json != null && json.path("message").isTextual()) {
                hrFlowMessage = mask(json.path("message").asText());
            }
        } catch (IOException notJson) {
            // a proxy's HTML page or plain text: the excerpt below tells what it was
        }
        String excerpt = excerpt(new String(body, 0, Math.min(body.length, EXCERPT_SIZE), StandardCharsets.UTF_8));
        HrFlowApiException error = HrFlowErrors.fromAnswer(describe(uri), response.getCode(), hrFlowMessage, excerpt,
                retryAfter(response));
        error.setHttpResponseStatus(response.getReasonPhrase());
        return error;
    }

    private Duration retryAfter(ClassicHttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        return header == null ? null : RetryAfter.parse(header.getValue(), clock);
    }

    private static byte[] readBounded(HttpEntity entity, int limit) throws IOException {
        try (InputStream in = entity.getContent()) {
            return in == null ? new byte[0] : in.readNBytes(limit);
        }
    }

    /**
     * A socket failure while reading the body is an I/O problem, not a malformed answer, even when Jackson wrapped it
     * with the path it was reading.
     */
    private static IOException transportFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io && !(t instanceof JacksonException)) {
                return io;
            }
        }
        return null;
    }

    private String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return mask(oneLine.length() > EXCERPT_SIZE ? oneLine.substring(0, EXCERPT_SIZE) + "..." : oneLine);
    }

    /** HrFlow's messages may quote the key they rejected; it must not reach logs or exception messages. */
    private String mask(String text) {
        if (text == null || apiKey == null || apiKey.isEmpty()) {
            return text;
        }
        return text.replace(apiKey, MASK);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
