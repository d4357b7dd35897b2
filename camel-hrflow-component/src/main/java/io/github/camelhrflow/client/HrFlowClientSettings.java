package io.github.camelhrflow.client;

import io.github.camelhrflow.HrFlowConfiguration;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The settings that shape a pooled HTTP client. Endpoints whose settings are equal share one client (and so one
 * connection pool); the request-level settings (URL, credentials, read timeout) are not part of it.
 */
public record HrFlowClientSettings(int connectTimeout, int maxTotalConnections, int connectionsPerRoute,
                                   long connectionTimeToLive, long evictIdleConnectionsAfter,
                                   String proxyHost, Integer proxyPort, String proxyUsername, String proxyPassword,
                                   SSLContextParameters sslContextParameters,
                                   HttpClientConfigurer httpClientConfigurer) {

    public static HrFlowClientSettings of(HrFlowConfiguration c) {
        return new HrFlowClientSettings(c.getConnectTimeout(), c.getMaxTotalConnections(), c.getConnectionsPerRoute(),
                c.getConnectionTimeToLive(), c.getEvictIdleConnectionsAfter(),
                c.getProxyHost(), c.getProxyPort(), c.getProxyUsername(), c.getProxyPassword(),
                c.getSslContextParameters(), c.getHttpClientConfigurer());
    }

    @Override
    public String toString() {
        // the proxy password stays out of logs
        return "HrFlowClientSettings[connectTimeout=" + connectTimeout + ", maxTotalConnections=" + maxTotalConnections
               + ", connectionsPerRoute=" + connectionsPerRoute + ", proxy=" + proxyHost + ":" + proxyPort + "]";
    }
}
