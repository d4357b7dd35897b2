package io.github.camelhrflow.springboot;

import java.util.UUID;

import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of camel.component.hrflow.* property reaches the component, and a route uses them. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = { StarterTestApplication.class, JobRoute.class, HrFlowStarterPropertiesTest.Beans.class },
                properties = {
                        // a Camel placeholder, resolved when the component is configured: the key is never a
                        // plain-text property
                        "camel.component.hrflow.api-key={{hrflow.test.api-key}}",
                        "camel.component.hrflow.user-email=" + HrFlowSandbox.DEMO_USER_EMAIL,
                        "camel.component.hrflow.connect-timeout=2500",
                        // relaxed binding: the camelCase form counts as set too
                        "camel.component.hrflow.readTimeout=4500",
                        "camel.component.hrflow.max-total-connections=7",
                        "camel.component.hrflow.connections-per-route=3",
                        "camel.component.hrflow.connection-time-to-live=120000",
                        "camel.component.hrflow.evict-idle-connections-after=15000",
                        "camel.component.hrflow.http-client-configurer=#bean:markingConfigurer",
                        "camel.component.hrflow.ssl-context-parameters=#bean:hrflowTls",
                        // what binds and uses the key logs at DEBUG, and must still not print it; Camel's
                        // properties parser is left out: it logs every resolved placeholder value at DEBUG
                        "logging.level.io.github.camelhrflow=DEBUG",
                        "logging.level.org.apache.camel.support=DEBUG",
                        "logging.level.org.apache.camel.spring.boot.util=DEBUG" })
@DirtiesContext
class HrFlowStarterPropertiesTest {

    /** Unique, so that any echo of it in the output is found. */
    private static final String API_KEY = "askr_starter_" + UUID.randomUUID();
    private static final String MARK_HEADER = "X-Configured-By";

    private static final HrFlowSandbox SANDBOX = HrFlowSandbox.builder().apiKey(API_KEY).build().start();

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private ProducerTemplate template;
    @Autowired
    private HttpClientConfigurer markingConfigurer;
    @Autowired
    private SSLContextParameters hrflowTls;

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("camel.component.hrflow.base-url", SANDBOX::baseUrl);
        registry.add("hrflow.test.api-key", () -> API_KEY);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Test
    void propertiesReachTheComponent() {
        HrFlowConfiguration configuration =
                camelContext.getComponent("hrflow", HrFlowComponent.class).getConfiguration();

        assertThat(configuration.getApiKey()).isEqualTo(API_KEY);
        assertThat(configuration.getUserEmail()).isEqualTo(HrFlowSandbox.DEMO_USER_EMAIL);
        assertThat(configuration.getBaseUrl()).isEqualTo(SANDBOX.baseUrl());
        assertThat(configuration.getConnectTimeout()).isEqualTo(2500);
        assertThat(configuration.getReadTimeout()).isEqualTo(4500);
        assertThat(configuration.getMaxTotalConnections()).isEqualTo(7);
        assertThat(configuration.getConnectionsPerRoute()).isEqualTo(3);
        assertThat(configuration.getConnectionTimeToLive()).isEqualTo(120000L);
        assertThat(configuration.getEvictIdleConnectionsAfter()).isEqualTo(15000L);
        assertThat(configuration.getHttpClientConfigurer()).isSameAs(markingConfigurer);
        assertThat(configuration.getSslContextParameters()).isSameAs(hrflowTls);
        // options nobody set keep the component's own values
        assertThat(configuration.getProxyHost()).isNull();
        assertThat(configuration.getProxyPort()).isNull();
    }

    @Test
    void routeFetchesJobFromSandbox() {
        String jobKey = SANDBOX.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);

        Exchange exchange = template.request(JobRoute.URI,
                e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, jobKey));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Job.class).getKey()).isEqualTo(jobKey);
        assertThat(exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE)).isEqualTo(200);
        RecordedRequest request = SANDBOX.requests().get(SANDBOX.requests().size() - 1);
        assertThat(request.param("key")).isEqualTo(jobKey);
        assertThat(request.header("X-USER-EMAIL")).isEqualTo(HrFlowSandbox.DEMO_USER_EMAIL);
        // the configurer bean named by #bean:markingConfigurer built the client that made the call
        assertThat(request.header(MARK_HEADER)).isEqualTo("camel-hrflow-spring-boot-starter");
    }

    @Test
    void apiKeyIsNeverEchoed(CapturedOutput output) {
        template.request(JobRoute.URI, e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY,
                SANDBOX.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(1)));

        HrFlowComponentConfiguration bound = new HrFlowComponentConfiguration();
        bound.setApiKey(API_KEY);
        assertThat(bound.toString()).doesNotContain(API_KEY);
        assertThat(camelContext.getComponent("hrflow", HrFlowComponent.class).getConfiguration().toString())
                .doesNotContain(API_KEY);
        assertThat(output.getAll()).isNotEmpty().doesNotContain(API_KEY);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        HttpClientConfigurer markingConfigurer() {
            return builder -> builder.addRequestInterceptorFirst(
                    (request, entity, context) -> request.addHeader(MARK_HEADER, "camel-hrflow-spring-boot-starter"));
        }

        @Bean
        SSLContextParameters hrflowTls() {
            return new SSLContextParameters();
        }
    }
}
