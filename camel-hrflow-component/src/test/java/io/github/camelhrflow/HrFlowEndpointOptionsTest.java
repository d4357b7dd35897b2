package io.github.camelhrflow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.BindToRegistry;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What Camel itself reads from an hrflow endpoint: its options (tooling, the JMX and dev console views, the endpoint DSL
 * read them through the generated configurer), the service it talks to, the URI it is rebuilt from, and the polling
 * delay a consumer gets.
 */
class HrFlowEndpointOptionsTest extends CamelTestSupport {

    @BindToRegistry("tls")
    private final SSLContextParameters tls = new SSLContextParameters();

    @BindToRegistry("configurer")
    private final HttpClientConfigurer configurer = builder -> {
    };

    @Test
    void everyOptionSetOnTheUriIsTheOneCamelReadsBack() {
        // distinct values, so an option read from the wrong field cannot pass
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("apiKey", "askr_options_test");
        options.put("userEmail", "options@example.com");
        options.put("baseUrl", "http://127.0.0.1:1/v1");
        options.put("connectTimeout", 1001);
        options.put("readTimeout", 1002);
        options.put("requestTimeout", 1003L);
        options.put("maxRetryAfter", 1004L);
        options.put("maxTotalConnections", 1005);
        options.put("connectionsPerRoute", 1006);
        options.put("connectionTimeToLive", 1007L);
        options.put("evictIdleConnectionsAfter", 1008L);
        options.put("proxyHost", "proxy.example.com");
        options.put("proxyPort", 1009);
        options.put("proxyUsername", "proxy-user");
        options.put("proxyPassword", "proxy-secret");
        options.put("boardKey", "board-1");
        options.put("reference", "ref-1");
        options.put("operation", HrFlowOperation.archive);
        options.put("throwExceptionOnNotFound", false);
        String query = options.entrySet().stream().map(o -> o.getKey() + "=" + o.getValue())
                .collect(Collectors.joining("&"));

        HrFlowEndpoint endpoint = context.getEndpoint("hrflow:job-indexing?" + query
                                                      + "&sslContextParameters=#tls&httpClientConfigurer=#configurer",
                HrFlowEndpoint.class);

        PropertyConfigurerGetter getter = (PropertyConfigurerGetter) PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("hrflow-endpoint", context);
        options.forEach((name, value) -> assertEquals(value, getter.getOptionValue(endpoint, name, false), name));
        assertEquals(tls, getter.getOptionValue(endpoint, "sslContextParameters", false));
        assertEquals(configurer, getter.getOptionValue(endpoint, "httpClientConfigurer", false));
    }

    @Test
    void theServiceIsHrFlowsBaseUrlOverHttp() {
        EndpointServiceLocation endpoint = context.getEndpoint(
                "hrflow:job-indexing?boardKey=b&key=k&apiKey=askr_x&userEmail=a@example.com"
                                                               + "&baseUrl=https://eu.api.example.com/v1",
                HrFlowEndpoint.class);

        assertEquals("https://eu.api.example.com/v1", endpoint.getServiceUrl());
        assertEquals("http", endpoint.getServiceProtocol());
    }

    @Test
    void theUriIsRebuiltWithTheApiAsUsersWriteIt() throws Exception {
        String uri = context.getCamelContextExtension().getEndpointUriFactory("hrflow")
                .buildUri("hrflow", Map.of("api", HrFlowApi.JOB_STORING, "boardKey", "b"));

        assertEquals("hrflow:job-storing?boardKey=b", uri);
    }

    @Test
    void aConsumerPollsEveryMinuteUnlessToldOtherwise() throws Exception {
        String uri = "hrflow:job-storing?boardKey=b&apiKey=askr_x&userEmail=a@example.com";
        HrFlowEndpoint byDefault = context.getEndpoint(uri, HrFlowEndpoint.class);
        HrFlowEndpoint everyFiveSeconds = context.getEndpoint(uri + "&delay=5000", HrFlowEndpoint.class);

        assertEquals(60000, byDefault.getDelay());
        assertEquals(60000, ((ScheduledPollConsumer) byDefault.createConsumer(exchange -> {
        })).getDelay());
        assertEquals(5000, everyFiveSeconds.getDelay());
        assertEquals(5000, ((ScheduledPollConsumer) everyFiveSeconds.createConsumer(exchange -> {
        })).getDelay());
    }
}
