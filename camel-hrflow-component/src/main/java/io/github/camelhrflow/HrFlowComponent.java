package io.github.camelhrflow;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        HrFlowApi api = HrFlowApi.fromPath(remaining);
        HrFlowEndpoint endpoint = new HrFlowEndpoint(uri, this, api, configuration.copy());
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
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
        super.doStop();
    }

    public HrFlowConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(HrFlowConfiguration configuration) {
        this.configuration = configuration;
    }
}
