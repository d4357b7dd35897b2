package io.github.camelhrflow.benchmarks.variants;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhrflow.model.Job;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** Floor A: a pooled Apache HttpClient 5 (classic) and Jackson reading straight from the response stream. */
final class ApacheHttpClientFetcher implements JobFetcher {

    private final ObjectMapper mapper = new ObjectMapper();
    private final CloseableHttpClient http;
    private final Target target;
    private final String urlPrefix;

    ApacheHttpClientFetcher(Target target) {
        this.target = target;
        this.urlPrefix = target.jobUrlPrefix();
        this.http = Target.pooledHttpClient();
    }

    @Override
    public Job fetch(String key) throws IOException {
        HttpGet get = new HttpGet(urlPrefix + Target.encode(key));
        get.setHeader("X-API-KEY", target.apiKey());
        get.setHeader("X-USER-EMAIL", target.userEmail());
        get.setHeader("Accept", "application/json");
        return http.execute(get, response -> {
            if (response.getCode() != 200) {
                throw new IOException("HTTP " + response.getCode() + " for job " + key);
            }
            try (InputStream body = response.getEntity().getContent()) {
                return mapper.readValue(body, JobEnvelope.class).getData();
            }
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
