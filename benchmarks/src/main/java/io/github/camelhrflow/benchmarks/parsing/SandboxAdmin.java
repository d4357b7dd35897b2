package io.github.camelhrflow.benchmarks.parsing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhrflow.client.HrFlowJson;

/**
 * The sandbox's {@code /_sandbox} control API, as the parsing row needs it from outside the sandbox's process: the
 * parse delay, a fresh asynchronous source per run, and the request counter. Admin calls are not counted.
 */
final class SandboxAdmin {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String rootUrl;

    /** @param rootUrl where {@code /_sandbox} lives: the base URL without {@code /v1} */
    SandboxAdmin(String rootUrl) {
        this.rootUrl = rootUrl;
    }

    void parseDelay(Duration delay) throws IOException, InterruptedException {
        call("POST", "/parsing", "{\"delay_ms\":" + delay.toMillis() + "}");
    }

    /** Creates an empty source that parses in the background (HrFlow answers 202), and gives its key. */
    String newSource(String name) throws IOException, InterruptedException {
        return call("POST", "/sources", HrFlowJson.mapper().createObjectNode().put("name", name)
                .put("sync_parsing", false).toString()).path("key").asText();
    }

    /** Sets the count of API requests back to zero. */
    void clearRequests() throws IOException, InterruptedException {
        call("DELETE", "/requests", null);
    }

    /** The API requests since the last {@link #clearRequests()}. */
    long requestCount() throws IOException, InterruptedException {
        return call("GET", "/requests", null).path("count").asLong(-1);
    }

    /** The profiles the source holds now. */
    int profileCount(String sourceKey) throws IOException, InterruptedException {
        for (JsonNode source : call("GET", "/sources", null).path("sources")) {
            if (source.path("key").asText().equals(sourceKey)) {
                return source.path("profiles").asInt();
            }
        }
        throw new IllegalStateException("The sandbox has no source " + sourceKey);
    }

    private JsonNode call(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rootUrl + "/_sandbox" + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " /_sandbox" + path + " answered " + response.statusCode() + ": "
                                            + response.body());
        }
        return HrFlowJson.mapper().readTree(response.body());
    }
}
