package io.github.camelhrflow;

import java.net.URI;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.ObjectHelper;

/**
 * Get jobs from the HrFlow.ai job API as typed Job objects.
 * <p>
 * {@code hrflow:job-indexing?boardKey=...&key=...} (or {@code &reference=...}) puts the job on the exchange as an
 * {@link io.github.camelhrflow.model.Job}.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "hrflow", title = "HrFlow.ai", syntax = "hrflow:api", producerOnly = true,
             category = { Category.SAAS, Category.API }, headersClass = HrFlowConstants.class)
public class HrFlowEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriPath(enums = "job-indexing", description = "The HrFlow API to call. job-indexing: get one job of a board by"
                                                   + " its key or its reference (GET /v1/job/indexing).")
    @Metadata(required = true)
    private final String api;

    @UriParam
    private final HrFlowConfiguration configuration;

    @UriParam(description = "The key of the board the job is in. The CamelHrFlowBoardKey header overrides it.")
    private String boardKey;

    @UriParam(description = "The job key. The CamelHrFlowJobKey or CamelHrFlowJobReference header, when present,"
                            + " identifies the job instead. Cannot be set together with reference.")
    private String key;

    @UriParam(description = "The job reference (the customer's id of the job, unique in its board). The"
                            + " CamelHrFlowJobKey or CamelHrFlowJobReference header, when present, identifies the"
                            + " job instead. Cannot be set together with key.")
    private String reference;

    @UriParam(defaultValue = "true", description = "Whether a job or board that HrFlow cannot find fails the"
                                                   + " exchange with HrFlowJobNotFoundException. false: the body is"
                                                   + " set to null and the route goes on.")
    private boolean throwExceptionOnNotFound = true;

    public HrFlowEndpoint(String uri, HrFlowComponent component, HrFlowApi api, HrFlowConfiguration configuration) {
        super(uri, component);
        this.api = api.path();
        this.configuration = configuration;
    }

    @Override
    public HrFlowComponent getComponent() {
        return (HrFlowComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new HrFlowJobIndexingProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The hrflow component only sends requests (use it in to(...)),"
                                                + " it has no consumer: " + getEndpointUri());
    }

    /** Fails fast, at endpoint creation, on configuration that could only fail every message later. */
    void validate() {
        requireOption(configuration.getApiKey(), "apiKey", "api-key={{env:HRFLOW_API_KEY}}",
                "apiKey=RAW({{env:HRFLOW_API_KEY}})");
        requireOption(configuration.getUserEmail(), "userEmail", "user-email={{env:HRFLOW_USER_EMAIL}}",
                "userEmail=you@example.com");
        if (key != null && reference != null) {
            throw new IllegalArgumentException("The options key and reference of " + getEndpointBaseUri()
                                               + " are both set: a job is identified by one of them, remove the"
                                               + " other.");
        }
        rejectBlank(key, "key");
        rejectBlank(reference, "reference");
        rejectBlank(boardKey, "boardKey");
        validateBaseUrl(configuration.getBaseUrl());
        requireAtLeast(configuration.getConnectTimeout(), 0, "connectTimeout");
        requireAtLeast(configuration.getReadTimeout(), 0, "readTimeout");
        requireAtLeast(configuration.getMaxTotalConnections(), 1, "maxTotalConnections");
        requireAtLeast(configuration.getConnectionsPerRoute(), 1, "connectionsPerRoute");
        if (configuration.getProxyPort() != null && configuration.getProxyHost() == null) {
            throw new IllegalArgumentException("The option proxyPort is set without proxyHost: set both to go"
                                               + " through a proxy.");
        }
    }

    private static void requireOption(String value, String option, String property, String uriExample) {
        if (ObjectHelper.isEmpty(value) || value.isBlank()) {
            throw new IllegalArgumentException("The option " + option + " is required: set it once on the component,"
                                               + " e.g. camel.component.hrflow." + property + " in"
                                               + " application.properties (or, less safely, on the endpoint:"
                                               + " hrflow:job-indexing?" + uriExample + ").");
        }
    }

    private static void rejectBlank(String value, String option) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("The option " + option + " is blank: give a value or leave it out.");
        }
    }

    private static void requireAtLeast(long value, long min, String option) {
        if (value < min) {
            throw new IllegalArgumentException("The option " + option + " is " + value + ": it must be at least "
                                               + min + ".");
        }
    }

    private static void validateBaseUrl(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException | NullPointerException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
            || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("The option baseUrl is '" + baseUrl + "': it must be an absolute"
                                               + " http or https URL such as " + HrFlowConfiguration.DEFAULT_BASE_URL
                                               + ".");
        }
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    public String getApi() {
        return api;
    }

    public HrFlowConfiguration getConfiguration() {
        return configuration;
    }

    public String getBoardKey() {
        return boardKey;
    }

    public void setBoardKey(String boardKey) {
        this.boardKey = boardKey;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public boolean isThrowExceptionOnNotFound() {
        return throwExceptionOnNotFound;
    }

    public void setThrowExceptionOnNotFound(boolean throwExceptionOnNotFound) {
        this.throwExceptionOnNotFound = throwExceptionOnNotFound;
    }
}
