package io.github.camelhrflow.client;

import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;

/**
 * Builds the pooled, keep-alive Apache HttpClient 5 that the component shares between its endpoints.
 */
public final class HrFlowHttpClientFactory {

    static final String USER_AGENT = "camel-hrflow";

    private HrFlowHttpClientFactory() {
    }

    public static CloseableHttpClient create(HrFlowPoolSettings settings, CamelContext camelContext) {
        ConnectionConfig.Builder connection = ConnectionConfig.custom()
                .setConnectTimeout(settings.connectTimeout(), TimeUnit.MILLISECONDS);
        if (settings.connectionTimeToLive() > 0) {
            connection.setTimeToLive(settings.connectionTimeToLive(), TimeUnit.MILLISECONDS);
        }
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxTotalConnections())
                .setMaxConnPerRoute(settings.connectionsPerRoute())
                .setDefaultConnectionConfig(connection.build());
        if (settings.sslContextParameters() != null) {
            pool.setTlsSocketStrategy(ClientTlsStrategyBuilder.create()
                    .setSslContext(createSslContext(settings, camelContext))
                    .buildClassic());
        }

        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool.build())
                // redelivery belongs to Camel's error handler, which knows the route's policy and Retry-After
                .disableAutomaticRetries()
                // a redirect would carry X-API-KEY to whatever host it names: a 3xx is an error instead
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(USER_AGENT);
        if (settings.evictIdleConnectionsAfter() > 0) {
            builder.evictIdleConnections(TimeValue.ofMilliseconds(settings.evictIdleConnectionsAfter()));
            builder.evictExpiredConnections();
        }
        if (settings.proxyHost() != null) {
            configureProxy(builder, settings);
        }
        if (settings.httpClientConfigurer() != null) {
            settings.httpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    private static void configureProxy(HttpClientBuilder builder, HrFlowPoolSettings settings) {
        int port = settings.proxyPort() != null ? settings.proxyPort() : HrFlowPoolSettings.DEFAULT_PROXY_PORT;
        builder.setProxy(new HttpHost(settings.proxyHost(), port));
        if (settings.proxyUsername() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            char[] password = settings.proxyPassword() == null ? new char[0] : settings.proxyPassword().toCharArray();
            credentials.setCredentials(new AuthScope(settings.proxyHost(), port),
                    new UsernamePasswordCredentials(settings.proxyUsername(), password));
            builder.setDefaultCredentialsProvider(credentials);
        }
    }

    private static javax.net.ssl.SSLContext createSslContext(HrFlowPoolSettings settings, CamelContext camelContext) {
        try {
            return settings.sslContextParameters().createSSLContext(camelContext);
        } catch (Exception e) {
            throw new RuntimeCamelException(
                    "Cannot create the TLS context from sslContextParameters: " + e.getMessage(),
                    e);
        }
    }
}
