package io.github.camelhrflow.springboot;

import io.github.camelhrflow.HrFlowConfiguration;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.hrflow.*} properties: every option of the hrflow component, with the component's own
 * descriptions and defaults (the defaults are documentation here: only the options an application sets reach the
 * component, see {@link HrFlowComponentCustomizer}).
 * <p>
 * Object options take a bean reference, {@code #bean:name}.
 */
@ConfigurationProperties(prefix = HrFlowComponentConfiguration.PREFIX)
public class HrFlowComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    public static final String PREFIX = "camel.component.hrflow";

    /**
     * The defaults of every endpoint: credentials, base URL and HTTP client settings. The option is an
     * io.github.camelhrflow.HrFlowConfiguration bean reference, #bean:name; options set beside it refine it.
     */
    private HrFlowConfiguration configuration;

    /**
     * The HrFlow API key, sent as the X-API-KEY header. A read key (askr_) is enough to get jobs. Keep it out of
     * URIs: set it on the component (camel.component.hrflow.api-key) or use a placeholder such as
     * {{env:HRFLOW_API_KEY}}.
     */
    private String apiKey;

    /**
     * The email of the HrFlow user the API key belongs to, sent as the X-USER-EMAIL header.
     */
    private String userEmail;

    /**
     * The base URL of the HrFlow API, up to and including /v1. Change it to reach a sandbox or a test server.
     */
    private String baseUrl = "https://api.hrflow.ai/v1";

    /**
     * How long to wait for a TCP connection to HrFlow, in milliseconds; also how long to wait for a free pooled
     * connection when connectionsPerRoute calls are already running. At least 1: 0 would wait forever.
     */
    private Integer connectTimeout = 10000;

    /**
     * How long to wait for HrFlow's answer, in milliseconds: the longest silence allowed while waiting for the
     * response or between two reads of its body. At least 1: 0 would wait forever.
     */
    private Integer readTimeout = 30000;

    /**
     * The longest a whole call to HrFlow may take, in milliseconds, from sending the request to the last byte of the
     * answer (checked at every read of the answer's body, so a call ends at most readTimeout after it). It bounds
     * what readTimeout cannot: a server that sends its answer a few bytes at a time. 0 or less: no limit.
     */
    private Long requestTimeout = 120000L;

    /**
     * The longest wait, in milliseconds, that a Retry-After header from HrFlow may ask of Camel's error handler
     * (through the CamelRedeliveryDelay header), so that a wrong or hostile Retry-After cannot stall redeliveries for
     * hours. 0 or less: no cap.
     */
    private Long maxRetryAfter = 300000L;

    /**
     * The most connections the pooled HTTP client keeps open, all hosts together.
     */
    private Integer maxTotalConnections = 200;

    /**
     * The most connections the pooled HTTP client keeps open to one host. It bounds how many calls to HrFlow run at
     * once (a parallel split, concurrent consumers).
     */
    private Integer connectionsPerRoute = 100;

    /**
     * How long a pooled connection may be reused, in milliseconds, before it is closed and a new one opened (so load
     * balancer and DNS changes are picked up). 0 or less: no limit.
     */
    private Long connectionTimeToLive = 300000L;

    /**
     * Pooled connections idle for longer than this, in milliseconds, are closed in the background. 0 or less: idle
     * connections are not evicted.
     */
    private Long evictIdleConnectionsAfter = 60000L;

    /**
     * The host of an HTTP proxy to reach HrFlow through.
     */
    private String proxyHost;

    /**
     * The port of the HTTP proxy; 8080 when proxyHost is set without it.
     */
    private Integer proxyPort;

    /**
     * The user name for the HTTP proxy.
     */
    private String proxyUsername;

    /**
     * The password for the HTTP proxy.
     */
    private String proxyPassword;

    /**
     * TLS settings (trust store, key store, protocols) for the connection to HrFlow. Without them the JVM's defaults
     * apply and certificates are always verified. The option is an org.apache.camel.support.jsse.SSLContextParameters
     * bean reference, #bean:name.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * A hook to customise the Apache HttpClient 5 builder before the client is built, the same interface as
     * camel-http's: org.apache.camel.component.http.HttpClientConfigurer. The option is a bean reference, #bean:name.
     */
    private HttpClientConfigurer httpClientConfigurer;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a
     * message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    public HrFlowConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(HrFlowConfiguration configuration) {
        this.configuration = configuration;
    }

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

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(Long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public Integer getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Integer readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Integer getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(Integer maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public Integer getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(Integer connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public Long getConnectionTimeToLive() {
        return connectionTimeToLive;
    }

    public void setConnectionTimeToLive(Long connectionTimeToLive) {
        this.connectionTimeToLive = connectionTimeToLive;
    }

    public Long getEvictIdleConnectionsAfter() {
        return evictIdleConnectionsAfter;
    }

    public void setEvictIdleConnectionsAfter(Long evictIdleConnectionsAfter) {
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

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }
}
