package io.github.camelhrflow.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.model.Profile;
import io.github.camelhrflow.model.StoredObject;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The HTTP adapter to HrFlow's job and profile APIs: builds the authenticated request, sends it and maps the answer to
 * a model object or to an {@link HrFlowApiException}. It knows nothing of Camel routing, so producers, the consumer,
 * tests and benchmarks share it:
 * {@code new HrFlowClient(HttpClients.createDefault(), HrFlowClientSettings.of(url, key, email))}.
 */
public class HrFlowClient {

    static final String API_KEY_HEADER = "X-API-KEY";
    static final String USER_EMAIL_HEADER = "X-USER-EMAIL";
    private static final String MASK = "*****";
    private static final int EXCERPT_SIZE = 200;
    private static final int MAX_ERROR_BODY = 16 * 1024;
    private static final String PARSING_PATH = "/profile/parsing/file";
    /** The parsing answer's data: {@code {"profile": ..., "parsing": ...}} on 201, {@code []} on 202. */
    private static final ObjectReader PARSING_READER = HrFlowJson.mapper()
            .readerFor(HrFlowJson.mapper().getTypeFactory().constructParametricType(HrFlowEnvelope.class,
                    JsonNode.class));

    private final CloseableHttpClient http;
    private final HrFlowClientSettings settings;
    private final RequestConfig requestConfig;
    private final Clock clock;
    /**
     * How much of a body is kept for an excerpt: one byte more than is shown, so that a cut excerpt says so, and room
     * for a key that begins inside the shown part, so that it is read whole and masked.
     */
    private final int excerptBytes;

    public HrFlowClient(CloseableHttpClient http, HrFlowClientSettings settings) {
        this(http, settings, Clock.systemUTC());
    }

    HrFlowClient(CloseableHttpClient http, HrFlowClientSettings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.requestConfig = RequestConfig.custom()
                .setResponseTimeout(settings.readTimeout(), TimeUnit.MILLISECONDS)
                // waiting for a free pooled connection is bounded like waiting for a new one
                .setConnectionRequestTimeout(settings.connectTimeout(), TimeUnit.MILLISECONDS)
                .build();
        this.clock = clock;
        this.excerptBytes = EXCERPT_SIZE + 1
                            + (settings.apiKey() == null ? 0
                                    : settings.apiKey().getBytes(StandardCharsets.UTF_8).length);
    }

    /**
     * {@code GET /job/indexing}: one job of a board, by key or by reference.
     *
     * @throws HrFlowApiException when HrFlow answers with an error or with something that is not an HrFlow answer
     * @throws IOException        when HrFlow cannot be reached or the connection fails; the message names the URL
     */
    public HrFlowResponse<Job> getJob(JobLookup lookup) throws IOException {
        return get(HrFlowResource.JOB, lookup);
    }

    /**
     * {@code GET /profile/indexing}: one profile of a source, by key or by reference.
     *
     * @throws HrFlowApiException when HrFlow answers with an error ({@code HrFlowSourceNotFoundException},
     *                            {@code HrFlowProfileNotFoundException}, ...) or with something that is not an HrFlow
     *                            answer
     * @throws IOException        when HrFlow cannot be reached or the connection fails; the message names the URL
     */
    public HrFlowResponse<Profile> getProfile(ProfileLookup lookup) throws IOException {
        return get(HrFlowResource.PROFILE, lookup);
    }

    /** {@code POST /job/indexing}: creates the job in the board; the answer is the job with its new key. */
    public HrFlowResponse<Job> indexJob(String boardKey, Job job) throws IOException {
        return index(HrFlowResource.JOB, boardKey, job);
    }

    /** {@code PUT /job/indexing}: replaces the whole job named by the body's key (else its reference). */
    public HrFlowResponse<Job> editJob(String boardKey, Job job) throws IOException {
        return edit(HrFlowResource.JOB, boardKey, job);
    }

    /** {@code PATCH /job/indexing/archive} with {@code is_archive} 1; the answer's data is the archived job's key. */
    public HrFlowResponse<String> archiveJob(JobLookup lookup) throws IOException {
        return archive(HrFlowResource.JOB, lookup);
    }

    /** {@code GET /storing/jobs}: one page of a board's jobs, whole ({@code return_job=true}). */
    public HrFlowPage<Job> listJobs(StoringQuery query) throws IOException {
        return list(HrFlowResource.JOB, query);
    }

    /** {@code GET /job/indexing}, {@code /profile/indexing}: one object, by key when there is one, else by reference. */
    public <T extends StoredObject> HrFlowResponse<T> get(HrFlowResource resource, ObjectLookup lookup)
            throws IOException {
        HrFlowRequest request = HrFlowRequest.get(resource, "get " + resource.noun(), resource.indexingPath())
                .param(resource.storageParam(), lookup.storageKey())
                .param(lookup.key() != null ? "key" : "reference",
                        lookup.key() != null ? lookup.key() : lookup.reference());
        return data(execute(request, resource.answerReader()));
    }

    /** {@code POST}: creates the object in its board or source; the answer is the object with its new key. */
    public <T extends StoredObject> HrFlowResponse<T> index(HrFlowResource resource, String storageKey, T object)
            throws IOException {
        return data(execute(HrFlowRequest.write("POST", resource, "index " + resource.noun(), resource.indexingPath(),
                body(resource, storageKey, object)), resource.answerReader()));
    }

    /** {@code PUT}: replaces the whole object named by the body's key (else its reference). */
    public <T extends StoredObject> HrFlowResponse<T> edit(HrFlowResource resource, String storageKey, T object)
            throws IOException {
        return data(execute(HrFlowRequest.write("PUT", resource, "edit " + resource.noun(), resource.indexingPath(),
                body(resource, storageKey, object)), resource.answerReader()));
    }

    /** {@code PATCH .../archive} with {@code is_archive} 1; the answer's data is the archived object's key. */
    public HrFlowResponse<String> archive(HrFlowResource resource, ObjectLookup lookup) throws IOException {
        ObjectNode body = HrFlowJson.mapper().createObjectNode();
        body.put(resource.storageParam(), lookup.storageKey());
        if (lookup.key() != null) {
            body.put("key", lookup.key());
        } else {
            body.put("reference", lookup.reference());
        }
        body.put("is_archive", 1);
        HrFlowResponse<StoredObject> answer = data(execute(HrFlowRequest.write("PATCH", resource,
                "archive " + resource.noun(), resource.archivePath(), toJson(body)), resource.answerReader()));
        return new HrFlowResponse<>(answer.statusCode(), answer.data().getKey());
    }

    /** {@code GET /storing/jobs}, {@code /storing/profiles}: one page of a board's or source's objects, whole. */
    public <T extends StoredObject> HrFlowPage<T> list(HrFlowResource resource, StoringQuery query)
            throws IOException {
        HrFlowRequest request = HrFlowRequest.get(resource, "list " + resource.noun() + "s", resource.storingPath())
                .param(resource.storingParam(),
                        new String(toJson(List.of(query.storageKey())), StandardCharsets.UTF_8))
                .param(resource.returnParam(), "true")
                .param("page", Integer.toString(query.page()))
                .param("limit", Integer.toString(query.limit()))
                .param("sort_by", query.sortBy())
                .param("order_by", query.orderBy())
                .param("created_at_min", query.createdAtMin())
                .param("created_at_max", query.createdAtMax())
                .param("name", query.name());
        Answer<List<T>> answer = execute(request, resource.listReader());
        HrFlowPageMeta meta = answer.envelope().getMeta();
        List<T> items = answer.envelope().getData();
        if (meta == null) {
            meta = new HrFlowPageMeta(query.page(), query.page(), items.size(), items.size());
        }
        return new HrFlowPage<>(answer.status(), meta, items);
    }

    /**
     * {@code POST /profile/parsing/file}: uploads a CV file, streamed from disk, as HrFlow's SDK sends it
     * ({@code multipart/form-data}). The answer's data is the parsed profile when HrFlow parsed the file at once (201),
     * {@code null} when it queued the file (202) and the profile comes later.
     *
     * @throws HrFlowApiException when HrFlow refuses the file or the call; the message names the file
     * @throws IOException        when the file cannot be read or HrFlow cannot be reached
     */
    public HrFlowResponse<Profile> parse(ParsingUpload upload) throws IOException {
        HrFlowRequest request = HrFlowRequest.upload(HrFlowResource.PROFILE,
                "parse profile file " + upload.fileName(), PARSING_PATH, upload.entity());
        Answer<JsonNode> answer = execute(request, PARSING_READER);
        JsonNode profile = answer.envelope().getData().path("profile");
        return new HrFlowResponse<>(answer.status(),
                profile.isObject() ? HrFlowJson.mapper().treeToValue(profile, Profile.class) : null);
    }

    private static <T> HrFlowResponse<T> data(Answer<T> answer) {
        return new HrFlowResponse<>(answer.status(), answer.envelope().getData());
    }

    /** Flat JSON, as HrFlow's own SDKs send it: the object's fields with {@code board_key} (or ...) at the root. */
    private static byte[] body(HrFlowResource resource, String storageKey, StoredObject object) {
        ObjectNode body = HrFlowJson.mapper().valueToTree(object);
        body.put(resource.storageParam(), storageKey);
        return toJson(body);
    }

    private static byte[] toJson(Object value) {
        try {
            return HrFlowJson.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the request body as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private record Answer<T>(int status, HrFlowEnvelope<T> envelope) {
    }

    /** The one request path: every call is sent, bounded in time and read here. */
    private <T> Answer<T> execute(HrFlowRequest request, ObjectReader reader) throws IOException {
        URI uri = request.uri(settings.baseUrl());
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), uri);
        http.setConfig(requestConfig);
        http.setHeader(API_KEY_HEADER, settings.apiKey());
        http.setHeader(USER_EMAIL_HEADER, settings.userEmail());
        http.setHeader(HttpHeaders.ACCEPT, "application/json");
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(request.body(), ContentType.APPLICATION_JSON));
        } else if (request.entity() != null) {
            http.setEntity(request.entity());
        }
        Deadline deadline = Deadline.after(settings.requestTimeout(), http);
        try {
            return this.http.execute(http, response -> read(response, reader, request, uri, deadline));
        } catch (SocketTimeoutException e) {
            SocketTimeoutException timeout = new SocketTimeoutException(describe(request, uri) + " failed: "
                                                                        + mask(e.getMessage()));
            timeout.initCause(e);
            throw timeout;
        } catch (IOException e) {
            throw new IOException(describe(request, uri) + " failed: " + mask(e.getMessage()), e);
        } catch (IllegalStateException e) {
            // only a closed pool ("Connection pool shut down") means the component stopped; anything else is not ours
            if (e.getMessage() == null || !e.getMessage().contains("shut down")) {
                throw e;
            }
            throw new IllegalStateException(describe(request, uri) + " cannot be sent: the HTTP client is closed"
                                            + " (the hrflow component or its CamelContext was stopped). Start it"
                                            + " again before sending.",
                    e);
        }
    }

    /** The request as error messages name it; built only when one is needed. */
    private static String describe(HrFlowRequest request, URI uri) {
        return request.method() + " " + uri + " (" + request.operation() + ")";
    }

    private <T> Answer<T> read(ClassicHttpResponse response, ObjectReader reader, HrFlowRequest request, URI uri,
                               Deadline deadline)
            throws IOException {
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        if (status < 200 || status >= 300) {
            throw errorFrom(response, entity, request, uri, deadline);
        }
        String contentType = entity == null ? null : entity.getContentType();
        if (entity == null || contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            String excerpt = entity == null
                    ? "" : excerpt(new String(readBounded(entity, excerptBytes, deadline), StandardCharsets.UTF_8));
            throw HrFlowErrors.notAnEnvelope(describe(request, uri), status, contentType, excerpt, "");
        }
        HrFlowEnvelope<T> envelope;
        ExcerptInputStream body = new ExcerptInputStream(deadline.bound(entity.getContent()), excerptBytes);
        try (body) {
            envelope = reader.readValue(body);
        } catch (IOException | RuntimeException e) {
            IOException transportFailure = transportFailure(e);
            if (transportFailure != null) {
                throw transportFailure;
            }
            // the parser's own message may quote the body, so it is masked and the parser exception not chained
            throw HrFlowErrors.notAnEnvelope(describe(request, uri), status, contentType, excerpt(body.excerpt()),
                    parserReason(e.getMessage()));
        }
        if (envelope == null) {
            throw HrFlowErrors.notAnEnvelope(describe(request, uri), status, contentType, excerpt(body.excerpt()), "");
        }
        // some HrFlow endpoints answer HTTP 200 with an error code in the body
        Integer code = envelope.getCode();
        if (code != null && (code < 200 || code >= 300)) {
            // without a message from HrFlow, the body itself tells what came back
            throw HrFlowErrors.fromAnswer(describe(request, uri), request.resource(), request.isRead(), code,
                    mask(envelope.getMessage()),
                    excerpt(body.excerpt()), retryAfter(response));
        }
        if (envelope.getData() == null) {
            throw new HrFlowApiException("HrFlow answered " + status + " to " + describe(request, uri)
                                         + " without data: " + excerpt(body.excerpt()),
                    status, mask(envelope.getMessage()), null);
        }
        return new Answer<>(status, envelope);
    }

    private HrFlowApiException errorFrom(ClassicHttpResponse response, HttpEntity entity, HrFlowRequest request,
                                         URI uri, Deadline deadline)
            throws IOException {
        byte[] body = entity == null ? new byte[0] : readBounded(entity, MAX_ERROR_BODY, deadline);
        String hrFlowMessage = null;
        try {
            JsonNode json = HrFlowJson.mapper().readTree(body);
            if (json != null && json.path("message").isTextual()) {
                hrFlowMessage = mask(json.path("message").asText());
            }
        } catch (IOException notJson) {
            // a proxy's HTML page or plain text: the excerpt below tells what it was
        }
        String excerpt = excerpt(new String(body, StandardCharsets.UTF_8));
        HrFlowApiException error = HrFlowErrors.fromAnswer(describe(request, uri), request.resource(), request.isRead(),
                response.getCode(), hrFlowMessage, excerpt, retryAfter(response));
        error.setHttpResponseStatus(response.getReasonPhrase());
        return error;
    }

    private Duration retryAfter(ClassicHttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        return header == null ? null : RetryAfter.parse(header.getValue(), clock);
    }

    private static byte[] readBounded(HttpEntity entity, int limit, Deadline deadline) throws IOException {
        try (InputStream in = entity.getContent()) {
            return in == null ? new byte[0] : deadline.bound(in).readNBytes(limit);
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
        // masked before it is cut, so that a cut cannot leave the start of the key unmasked
        String oneLine = mask(text.replaceAll("\\s+", " ").trim());
        return oneLine.length() > EXCERPT_SIZE ? oneLine.substring(0, EXCERPT_SIZE) + "..." : oneLine;
    }

    /** HrFlow's messages may quote the key they rejected; it must not reach logs or exception messages. */
    private String mask(String text) {
        String apiKey = settings.apiKey();
        if (text == null || apiKey == null || apiKey.isEmpty()) {
            return text;
        }
        return text.replace(apiKey, MASK);
    }

    /**
     * The parser's reason without the long tokens it quotes: it cuts a token at 256 characters, possibly inside the
     * key, where masking cannot find it; the excerpt shows the body already.
     */
    private String parserReason(String message) {
        return mask(firstLine(message)).replaceAll("'[^']{21,}'", "'...'");
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
