package io.github.camelhrflow;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelhrflow.client.HrFlowClientSettings;
import io.github.camelhrflow.client.HrFlowHttpClientFactory;
import io.github.camelhrflow.client.RequestDeadlines;
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
    private RequestDeadlines requestDeadlines;
    private volatile int generation;
    private ScheduledExecutorService deadlineSweeper;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        HrFlowApi api = HrFlowApi.fromPath(remaining);
        HrFlowEndpoint endpoint = new HrFlowEndpoint(uri, this, api, configuration.copy());
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    /**
     * The watch over calls with a requestTimeout, shared by all endpoints; its sweep starts on first use and stops with
     * the component.
     */
    synchronized RequestDeadlines requestDeadlines() {
        if (requestDeadlines == null) {
            requestDeadlines = new RequestDeadlines();
            deadlineSweeper = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "HrFlowRequestDeadline");
            deadlineSweeper.scheduleAtFixedRate(requestDeadlines::sweep, RequestDeadlines.SWEEP_PERIOD_MILLIS,
                    RequestDeadlines.SWEEP_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        }
        return requestDeadlines;
    }

    /** The pooled client for these settings, built on first use and closed with the component. */
    CloseableHttpClient httpClient(HrFlowConfiguration endpointConfiguration) {
        return httpClients.computeIfAbsent(HrFlowClientSettings.of(endpointConfiguration),
                settings -> HrFlowHttpClientFactory.create(settings, getCamelContext()));
    }

    /** Changes each time the component stops, which closes its clients: producers then fetch new ones. */
    int generation() {
        return generation;
    }

    @Override
    protected void doStop() throws Exception {
        generation++;
        for (CloseableHttpClient client : httpClients.values()) {
            client.close(CloseMode.GRACEFUL);
        }
        httpClients.clear();
        synchronized (this) {
            if (deadlineSweeper != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(deadlineSweeper);
                deadlineSweeper = null;
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
