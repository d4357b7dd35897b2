package io.github.camelhrflow.client;

import java.util.Objects;

/**
 * What one {@link HrFlowClient} needs to make calls: where HrFlow is, who calls, and how long to wait.
 *
 * @param baseUrl        the API root up to and including {@code /v1}
 * @param apiKey         sent as {@code X-API-KEY}; never printed
 * @param userEmail      sent as {@code X-USER-EMAIL}
 * @param connectTimeout milliseconds to wait for a connection (new or pooled), at least 1
 * @param readTimeout    milliseconds of silence allowed while waiting for or reading an answer, at least 1
 * @param requestTimeout milliseconds a whole answer may take to arrive; 0 or less: no limit
 */
public record HrFlowClientSettings(String baseUrl, String apiKey, String userEmail, int connectTimeout,
                                   int readTimeout, long requestTimeout) {

    public static final String DEFAULT_BASE_URL = "https://api.hrflow.ai/v1";
    public static final int DEFAULT_CONNECT_TIMEOUT = 10000;
    public static final int DEFAULT_READ_TIMEOUT = 30000;
    public static final long DEFAULT_REQUEST_TIMEOUT = 120000;

    public HrFlowClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Settings with the default timeouts. */
    public static HrFlowClientSettings of(String baseUrl, String apiKey, String userEmail) {
        return new HrFlowClientSettings(baseUrl, apiKey, userEmail, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT);
    }

    @Override
    public String toString() {
        return "HrFlowClientSettings[baseUrl=" + baseUrl + ", userEmail=" + userEmail + ", apiKey="
               + (apiKey == null ? "not set" : "set") + ", connectTimeout=" + connectTimeout + ", readTimeout="
               + readTimeout + ", requestTimeout=" + requestTimeout + "]";
    }
}
