package io.github.camelhrflow;

import java.net.URI;

import io.github.camelhrflow.client.HrFlowClientSettings;
import io.github.camelhrflow.client.HrFlowPoolSettings;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * How to reach HrFlow: credentials, address and HTTP client settings. Set on the component, they are the defaults of
 * every endpoint; set on an endpoint URI, they override the component's for that endpoint.
 */
@UriParams
public class HrFlowConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URL = HrFlowClientSettings.DEFAULT_BASE_URL;

    @UriParam(label = "security", secret = true,
              description = "The HrFlow API key, sent as the X-API-KEY header. A read key (askr_) is enough to get"
                            + " jobs. Keep it out of URIs: set it on the component (camel.component.hrflow.api-key)"
                            + " or use a placeholder such as {{env:HRFLOW_API_KEY}}.")
    @Metadata(required = true)
    private String apiKey;

    @UriParam(label = "security",
              description = "The email of the HrFlow user the API key belongs to, sent as the X-USER-EMAIL header.")
    @Metadata(required = true)
    private String userEmail;

    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL,
              description = "The base URL of the HrFlow API, up to and including /v1. Change it to reach a sandbox or"
                            + " a test server.")
    private String baseUrl = DEFAULT_BASE_URL;

    @UriParam(defaultValue = "10000", javaType = "int",
              description = "How long to wait for a TCP connection to HrFlow, in milliseconds; also how long to wait"
                            + " for a free pooled connection when connectionsPerRoute calls are already running."
                            + " At least 1: 0 would wait forever.")
    private int connectTimeout = 10000;

    @UriParam(defaultValue = "30000", javaType = "int",
              description = "How long to wait for HrFlow's answer, in milliseconds: the longest silence allowed"
                            + " while waiting for the response or between two reads of its body. At least 1: 0"
                            + " would wait forever.")
    private int readTimeout = 30000;

    @UriParam(defaultValue = "120000", javaType = "long",
              description = "The longest a whole call to HrFlow may take, in milliseconds, from sending the request"
                            + " to the last byte of the answer (checked at every read of the answer's body, so a"
                            + " call ends at most readTimeout after it). It bounds what readTimeout cannot: a server"
                            + " that sends its answer a few bytes at a time. 0 or less: no limit.")
    private long requestTimeout = 120000;

    @UriParam(label = "advanced", defaultValue = "300000", javaType = "long",
              description = "The longest wait, in milliseconds, that a Retry-After header from HrFlow may ask of"
                            + " Camel's error handler (through the CamelRedeliveryDelay header), so that a wrong"
                            + " or hostile Retry-After cannot stall redeliveries for hours. 0 or less: no cap.")
    private long maxRetryAfter = 300000;

    @UriParam(label = "advanced", defaultValue = "200", javaType = "int",
              description = "The most connections the pooled HTTP client keeps open, all hosts together.")
    private int maxTotalConnections = 200;

    @UriParam(label = "advanced", defaultValue = "100", javaType = "int",
              description = "The most connections the pooled HTTP client keeps open to one host. It bounds how many"
                            + " calls to HrFlow run at once (a parallel split, concurrent consumers).")
    private int connectionsPerRoute = 100;

    @UriParam(label = "advanced", defaultValue = "300000", javaType = "long",
              description = "How long a pooled connection may be reused, in milliseconds, before it is closed and a"
                            + " new one opened (so load balancer and DNS changes are picked up). 0 or less: no"
                            + " limit.")
    private long connectionTimeToLive = 300000;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "long",
              description = "Pooled connections idle for longer than this, in milliseconds, are closed in the"
                            + " background. 0 or less: idle connections are not evicted.")
    private long evictIdleConnectionsAfter = 60000;

    @UriParam(label = "proxy", description = "The host of an HTTP proxy to reach HrFlow through.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The port of the HTTP proxy; 8080 when proxyHost is set without it.")
    private Integer proxyPort;

    @UriParam(label = "proxy,security", secret = true, description = "The user name for the HTTP proxy.")
    private String proxyUsername;

    @UriParam(label = "proxy,security", secret = true, description = "The password for the HTTP proxy.")
    private String proxyPassword;

    @UriParam(label = "security",
              description = "TLS settings (trust store, key store, protocols) for the connection to HrFlow. Without"
                            + " them the JVM's defaults apply and certificates are always verified.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "advanced",
              description = "A hook to customise the Apache HttpClient 5 builder before the client is built, the"
                            + " same interface as camel-http's: org.apache.camel.component.http.HttpClientConfigurer.")
    private HttpClientConfigurer httpClientConfigurer;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getUserEmail() {
        return userEmail;
    }

    public void setUserEmail(String userEmail) {
        this.userEmail = userEmail;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(int readTimeout) {
        this.readTimeout = readTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public int getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(int maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public int getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(int connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public long getConnectionTimeToLive() {
        return connectionTimeToLive;
    }

    public void setConnectionTimeToLive(long connectionTimeToLive) {
        this.connectionTimeToLive = connectionTimeToLive;
    }

    public long getEvictIdleConnectionsAfter() {
        return evictIdleConnectionsAfter;
    }

    public void setEvictIdleConnectionsAfter(long evictIdleConnectionsAfter) {
        this.evictIdleConnectionsAfter = evictIdleConnectionsAfter;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    /** What an {@link io.github.camelhrflow.client.HrFlowClient} needs per call. */
    public HrFlowClientSettings clientSettings() {
        return new HrFlowClientSettings(baseUrl, apiKey, userEmail, connectTimeout, readTimeout, requestTimeout);
    }

    /** What shapes the pooled HTTP client; endpoints with equal pool settings share one pool. */
    public HrFlowPoolSettings poolSettings() {
        return new HrFlowPoolSettings(connectTimeout, maxTotalConnections, connectionsPerRoute, connectionTimeToLive,
                evictIdleConnectionsAfter, proxyHost, proxyPort, proxyUsername, proxyPassword, sslContextParameters,
                httpClientConfigurer);
    }

    /**
     * Fails on settings that could only fail every call later.
     *
     * @param uriPrefix how the endpoint starts (e.g. {@code hrflow:job-storing}), for the hints in the messages
     */
    void validate(String uriPrefix) {
        requireOption(apiKey, "apiKey", "api-key={{env:HRFLOW_API_KEY}}", uriPrefix + "?apiKey=RAW(...)");
        requireOption(userEmail, "userEmail", "user-email={{env:HRFLOW_USER_EMAIL}}",
                uriPrefix + "?userEmail=you@example.com");
        validateBaseUrl();
        // a value that is not a number reaches here as 0, which HttpClient reads as "wait forever"
        requireAtLeast(connectTimeout, 1, "connectTimeout",
                " (milliseconds; a value that is not a number counts as 0)");
        requireAtLeast(readTimeout, 1, "readTimeout", " (milliseconds; a value that is not a number counts as 0)");
        requireAtLeast(maxTotalConnections, 1, "maxTotalConnections", "");
        requireAtLeast(connectionsPerRoute, 1, "connectionsPerRoute", "");
        if (proxyPort != null && proxyHost == null) {
            throw new IllegalArgumentException("The option proxyPort is set without proxyHost: set both to go"
                                               + " through a proxy.");
        }
    }

    private static void requireOption(String value, String option, String property, String uriExample) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The option " + option + " is required: set it once on the component,"
                                               + " e.g. camel.component.hrflow." + property + " in"
                                               + " application.properties (or, less safely, on the endpoint: "
                                               + uriExample + ").");
        }
    }

    private static void requireAtLeast(long value, long min, String option, String unit) {
        if (value < min) {
            throw new IllegalArgumentException("The option " + option + " is " + value + ": it must be at least "
                                               + min + unit + ".");
        }
    }

    private void validateBaseUrl() {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException | NullPointerException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
            || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("The option baseUrl is '" + baseUrl + "': it must be an absolute"
                                               + " http or https URL such as " + DEFAULT_BASE_URL + ".");
        }
    }

    /** A copy for one endpoint, so that URI options never change the component's defaults. */
    public HrFlowConfiguration copy() {
        try {
            return (HrFlowConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        // secrets (apiKey, proxy credentials) are left out on purpose
        return "HrFlowConfiguration[baseUrl=" + baseUrl + ", userEmail=" + userEmail
               + ", apiKey=" + (apiKey == null ? "not set" : "set")
               + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
               + ", requestTimeout=" + requestTimeout
               + ", proxyHost=" + proxyHost + ", proxyPort=" + proxyPort + "]";
    }
}
