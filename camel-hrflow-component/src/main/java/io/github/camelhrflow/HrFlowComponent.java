package io.github.camelhrflow;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import io.github.camelhrflow.client.HrFlowClientSettings;
import io.github.camelhrflow.client.HrFlowHttpClientFactory;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * The {@code hrflow} component: gets HrFlow.ai jobs into Camel routes.
 * <p>
 * Its configuration holds the defaults of every endpoint (credentials, base URL, HTTP client settings). It owns the
 * pooled HTTP clients: endpoints with equal client settings share one, and all are closed when the component stops.
 */
@Component("hrflow")
public class HrFlowComponent extends DefaultComponent {

    @Metadata(description = "The defaults of every endpoint: credentials, base URL and HTTP client settings.")
    private HrFlowConfiguration configuration = new HrFlowConfiguration();

    private final Map<HrFlowClientSettings, CloseableHttpClient> httpClients = new ConcurrentHashMap<>();
    private ScheduledExecutorService requestDeadlines;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        HrFlowApi api = HrFlowApi.fromPath(remaining);
        HrFlowEndpoint endpoint = new HrFlowEndpoint(uri, this, api, configuration.copy());
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    /**
     * The timer that enforces requestTimeout, shared by all endpoints; started on first use, shut down with the
     * component. A single thread suffices: its tasks only abort requests.
     */
    synchronized ScheduledExecutorService requestDeadlines() {
        if (requestDeadlines == null) {
            requestDeadlines = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "HrFlowRequestDeadline");
            if (requestDeadlines instanceof ScheduledThreadPoolExecutor pool) {
                // most deadlines are cancelled when the answer arrives: drop them at once, not when they expire
                pool.setRemoveOnCancelPolicy(true);
            }
        }
        return requestDeadlines;
    }

    /** The pooled client for these settings, built on first use and closed with the component. */
    CloseableHttpClient httpClient(HrFlowConfiguration endpointConfiguration) {
        return httpClients.computeIfAbsent(HrFlowClientSettings.of(endpointConfiguration),
                settings -> HrFlowHttpClientFactory.create(settings, getCamelContext()));
    }

    @Override
    protected void doStop() throws Exception {
        for (CloseableHttpClient client : httpClients.values()) {
            client.close(CloseMode.GRACEFUL);
        }
        httpClients.clear();
        synchronized (this) {
            if (requestDeadlines != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(requestDeadlines);
                requestDeadlines = null;
            }
        }
        super.doStop();
    }

    public HrFlowConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(HrFlowConfiguration configuration) {
        this.configuration = configuration;
    }
}
