package io.github.camelhrflow.benchmarks.variants;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

/**
 * Where the jobs come from: the API's base URL, the board, and the credentials.
 *
 * @param baseUrl   {@code http://host:port/v1}
 * @param boardKey  the board every job of a workload is in
 * @param apiKey    sent as {@code X-API-KEY}
 * @param userEmail sent as {@code X-USER-EMAIL}
 */
public record Target(String baseUrl, String boardKey, String apiKey, String userEmail) {

    public static final int MAX_CONNECTIONS = 200;
    /** camel-hrflow's default; every variant gets the same limit so that none waits for a connection. */
    public static final int CONNECTIONS_PER_ROUTE = 100;

    /** A plain Apache HttpClient 5 with the same connection limits as every other variant: the raw floor's client. */
    public static CloseableHttpClient pooledHttpClient() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(CONNECTIONS_PER_ROUTE)
                        .build())
                .build();
    }

    /** The job URL up to the key's value: {@code .../job/indexing?board_key=B&key=}. */
    String jobUrlPrefix() {
        return baseUrl + "/job/indexing?board_key=" + encode(boardKey) + "&key=";
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        // the key stays out of logs and reports
        return "Target[" + baseUrl + ", board " + boardKey + "]";
    }
}
