package io.github.camelhrflow;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowHttpClientFactory;
import io.github.camelhrflow.client.HrFlowPoolSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.TimeUtils;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * The {@code hrflow} component: moves HrFlow.ai jobs through Camel routes.
 * <p>
 * Its configuration holds the defaults of every endpoint (credentials, base URL, HTTP client settings). It owns the
 * pooled HTTP clients: endpoints with equal pool settings share one, and all are closed when the component stops.
 */
@Component("hrflow")
public class HrFlowComponent extends DefaultComponent {

    @Metadata(description = "The defaults of every endpoint: credentials, base URL and HTTP client settings.")
    private HrFlowConfiguration configuration = new HrFlowConfiguration();

    private final Map<HrFlowPoolSettings, CloseableHttpClient> httpClients = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        HrFlowApi api = HrFlowApi.fromPath(remaining);
        api.rejectForeignOptions(parameters.keySet());
        rejectNumbersThatAreNot(parameters);
        HrFlowEndpoint endpoint = new HrFlowEndpoint(uri, this, api, configuration.copy());
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    /**
     * A number option written as text that is no number fails here, with the text as written: past this point Camel's
     * binding has turned it into 0, and the checks of the endpoint could only say "is 0". A {@code long} option may
     * also be a Camel duration such as {@code 5s}.
     */
    static void rejectNumbersThatAreNot(Map<String, Object> parameters) {
        HrFlowEndpointConfigurer options = new HrFlowEndpointConfigurer();
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            if (!(parameter.getValue() instanceof String text)) {
                continue;
            }
            Class<?> type = options.getOptionType(parameter.getKey(), true);
            boolean whole = type == int.class || type == Integer.class;
            boolean wide = type == long.class || type == Long.class;
            if ((whole || wide) && !isNumber(text.trim(), wide)) {
                throw new IllegalArgumentException("The option " + parameter.getKey() + " is \"" + text + "\": it"
                                                   + " must be a whole number" + (wide ? " (or a duration such as 5s)"
                                                           : "")
                                                   + ".");
            }
        }
    }

    private static boolean isNumber(String text, boolean durationToo) {
        try {
            if (durationToo) {
                Long.parseLong(text);
            } else {
                Integer.parseInt(text);
            }
            return true;
        } catch (NumberFormatException notANumber) {
            if (!durationToo) {
                return false;
            }
        }
        try {
            TimeUtils.toMilliSeconds(text);
            return true;
        } catch (RuntimeException notADuration) {
            return false;
        }
    }

    /**
     * The one way producers and consumers get a client: over the pooled HTTP client for the configuration's pool
     * settings, built on first use (so an unused component owns no thread) and closed when the component stops.
     *
     * @throws IllegalStateException when the component is stopped: a new pool would outlive it
     */
    public HrFlowClient createClient(HrFlowConfiguration endpointConfiguration) {
        if (isStoppingOrStopped()) {
            throw new IllegalStateException("The hrflow component is stopped: start its CamelContext before calling"
                                            + " HrFlow.");
        }
        CloseableHttpClient http = httpClients.computeIfAbsent(endpointConfiguration.poolSettings(),
                settings -> HrFlowHttpClientFactory.create(settings, getCamelContext()));
        return new HrFlowClient(http, endpointConfiguration.clientSettings());
    }

    /** How many pooled HTTP clients the component holds: endpoints with equal pool settings share one. */
    int pooledClientCount() {
        return httpClients.size();
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
