package io.github.camelhrflow.benchmarks.variants;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhrflow.model.Job;

/** Floor B: the JDK's {@code java.net.http.HttpClient} (HTTP/1.1, keep-alive) and Jackson reading its body stream. */
final class JdkHttpClientFetcher implements JobFetcher {

    private final ObjectMapper mapper = new ObjectMapper();
    // the JDK's default executor is a cached pool as well; owning it lets close() end its threads (no close() on 17)
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "jdk-http-client");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http;
    private final Target target;
    private final String urlPrefix;

    JdkHttpClientFetcher(Target target) {
        this.target = target;
        this.urlPrefix = target.jobUrlPrefix();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build();
    }

    @Override
    public Job fetch(String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(urlPrefix + Target.encode(key)))
                .header("X-API-KEY", target.apiKey())
                .header("X-USER-EMAIL", target.userEmail())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for job " + key);
            }
            return mapper.readValue(body, JobEnvelope.class).getData();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
