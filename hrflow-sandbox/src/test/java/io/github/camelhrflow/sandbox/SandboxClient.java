package io.github.camelhrflow.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/** A JDK HTTP client for one sandbox, plus JSON helpers for assertions. */
final class SandboxClient {

    /** A plain (default) mapper, as a client of the sandbox would use. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** HTTP/1.1 so the client does not try an h2c upgrade the JDK server ignores anyway. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final HrFlowSandbox sandbox;

    SandboxClient(HrFlowSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** GET /v1/job/indexing with the sandbox's credentials. */
    HttpResponse<String> getJob(String boardKey, String idParam, String idValue) {
        return get("/job/indexing", "board_key", boardKey, idParam, idValue);
    }

    /** GET an API path (relative to /v1) with the sandbox's credentials; params are name, value pairs. */
    HttpResponse<String> get(String apiPath, String... params) {
        return send(authorized(apiPath, params).GET().build());
    }

    /** A write call (POST, PUT, PATCH) to an API path (relative to /v1) with the sandbox's credentials and a JSON body. */
    HttpResponse<String> write(String method, String apiPath, String jsonBody) {
        return send(authorized(apiPath).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    /** One page of {@code storing/jobs} for one board, whole jobs, with more name, value pairs. */
    HttpResponse<String> listJobs(String boardKey, String... params) {
        String[] all = new String[params.length + 4];
        all[0] = "board_keys";
        all[1] = "[\"" + boardKey + "\"]";
        all[2] = "return_job";
        all[3] = "true";
        System.arraycopy(params, 0, all, 4, params.length);
        return get("/storing/jobs", all);
    }

    /**
     * {@code POST /v1/profile/parsing/file} as a Java client sends it: multipart/form-data built by
     * Apache HttpClient 5, text fields (name, value pairs) first, then the file part {@code file} without a
     * {@code Content-Type} of its own, as HrFlow's Python SDK sends it; a null file name sends no file.
     */
    HttpResponse<String> upload(String fileName, byte[] file, String... fields) {
        MultipartEntityBuilder multipart = MultipartEntityBuilder.create();
        for (int i = 0; i < fields.length; i += 2) {
            multipart.addTextBody(fields[i], fields[i + 1]);
        }
        if (fileName != null) {
            multipart.addBinaryBody("file", file, ContentType.APPLICATION_OCTET_STREAM, fileName);
        }
        HttpEntity entity = multipart.build();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            entity.writeTo(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(authorized("/profile/parsing/file").header("Content-Type", entity.getContentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A request to an API path (relative to /v1) without credentials. */
    HttpRequest.Builder request(String apiPath, String... params) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + apiPath + query(params)))
                .timeout(Duration.ofSeconds(10));
    }

    /** A request to an API path (relative to /v1) with the sandbox's credentials. */
    HttpRequest.Builder authorized(String apiPath, String... params) {
        return request(apiPath, params)
                .header("X-API-KEY", sandbox.apiKey())
                .header("X-USER-EMAIL", sandbox.userEmail());
    }

    /** Calls an admin endpoint such as {@code /_sandbox/faults}; a null body sends none. */
    HttpResponse<String> admin(String method, String path, String jsonBody) {
        HttpRequest.BodyPublisher body = jsonBody == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody);
        return send(HttpRequest.newBuilder(URI.create(sandbox.rootUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body)
                .build());
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's body as the bytes that came. */
    HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code ?n1=v1&n2=v2} with every name and value URL-encoded, or "" without params. */
    static String query(String... params) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < params.length; i += 2) {
            pairs.add(encode(params[i]) + "=" + encode(params[i + 1]));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource parsed as JSON, e.g. {@code samples/get-job-2023-full.json}. */
    static JsonNode resource(String path) {
        try (InputStream in = SandboxClient.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
