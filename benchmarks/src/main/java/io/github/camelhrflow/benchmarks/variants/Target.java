package io.github.camelhrflow.benchmarks.variants;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
