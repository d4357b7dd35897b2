package io.github.camelhrflow.springboot;

import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A component bean configured in code keeps its hand-set options; properties add only what they name. */
@SpringBootTest(classes = { StarterTestApplication.class, JobRoute.class, HrFlowUserComponentTest.UserComponent.class },
                properties = {
                        "camel.component.hrflow.api-key=" + HrFlowSandbox.DEMO_API_KEY,
                        "camel.component.hrflow.connect-timeout=2222" })
@DirtiesContext
class HrFlowUserComponentTest {

    private static final HrFlowSandbox SANDBOX = HrFlowSandbox.builder().build().start();

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private HrFlowComponent userComponent;
    @Autowired
    private ProducerTemplate template;

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("camel.component.hrflow.base-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Test
    void handSetOptionsSurviveTheCustomizer() {
        assertThat(camelContext.getComponent("hrflow")).isSameAs(userComponent);
        HrFlowConfiguration configuration = userComponent.getConfiguration();

        // set in code, not in properties: not reverted to the defaults the properties class documents
        assertThat(configuration.getReadTimeout()).isEqualTo(1234);
        assertThat(configuration.getMaxTotalConnections()).isEqualTo(9);
        assertThat(configuration.getUserEmail()).isEqualTo(HrFlowSandbox.DEMO_USER_EMAIL);
        // set in properties
        assertThat(configuration.getConnectTimeout()).isEqualTo(2222);
        assertThat(configuration.getApiKey()).isEqualTo(HrFlowSandbox.DEMO_API_KEY);
        assertThat(configuration.getBaseUrl()).isEqualTo(SANDBOX.baseUrl());
    }

    @Test
    void routeUsesTheUserComponent() {
        String jobKey = SANDBOX.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);

        Job job = template.requestBodyAndHeader(JobRoute.URI, null, HrFlowConstants.JOB_KEY, jobKey,
                Job.class);

        assertThat(job.getKey()).isEqualTo(jobKey);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class UserComponent {

        @Bean("hrflow")
        HrFlowComponent hrflow() {
            HrFlowComponent component = new HrFlowComponent();
            component.getConfiguration().setReadTimeout(1234);
            component.getConfiguration().setMaxTotalConnections(9);
            component.getConfiguration().setUserEmail(HrFlowSandbox.DEMO_USER_EMAIL);
            return component;
        }
    }
}
