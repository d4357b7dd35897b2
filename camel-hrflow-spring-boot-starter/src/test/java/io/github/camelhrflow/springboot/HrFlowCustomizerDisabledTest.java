package io.github.camelhrflow.springboot;

import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/** camel.component.hrflow.customizer.enabled=false leaves the component as Camel or the application made it. */
@SpringBootTest(classes = StarterTestApplication.class,
                properties = {
                        "camel.component.hrflow.customizer.enabled=false",
                        "camel.component.hrflow.user-email=someone@example.com",
                        "camel.component.hrflow.connect-timeout=2222" })
@DirtiesContext
class HrFlowCustomizerDisabledTest {

    @Autowired
    private CamelContext camelContext;

    @Test
    void propertiesAreNotApplied() {
        HrFlowConfiguration configuration =
                camelContext.getComponent("hrflow", HrFlowComponent.class).getConfiguration();

        assertThat(configuration.getUserEmail()).isNull();
        assertThat(configuration.getConnectTimeout()).isEqualTo(10000);
    }
}
