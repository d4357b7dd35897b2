package io.github.camelhrflow.client;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The settings that shape a pooled HTTP client. Endpoints whose settings are equal share one client (and so one
 * connection pool); the request-level settings ({@link HrFlowClientSettings}) are not part of it.
 */
public record HrFlowPoolSettings(int connectTimeout, int maxTotalConnections, int connectionsPerRoute,
                                 long connectionTimeToLive, long evictIdleConnectionsAfter,
                                 String proxyHost, Integer proxyPort, String proxyUsername, String proxyPassword,
                                 SSLContextParameters sslContextParameters,
                                 HttpClientConfigurer httpClientConfigurer) {

    /** The proxy port used when a proxy host is set without one. */
    public static final int DEFAULT_PROXY_PORT = 8080;

    @Override
    public String toString() {
        // the proxy password stays out of logs
        return "HrFlowPoolSettings[connectTimeout=" + connectTimeout + ", maxTotalConnections=" + maxTotalConnections
               + ", connectionsPerRoute=" + connectionsPerRoute + ", proxy=" + proxyHost + ":" + proxyPort + "]";
    }
}
