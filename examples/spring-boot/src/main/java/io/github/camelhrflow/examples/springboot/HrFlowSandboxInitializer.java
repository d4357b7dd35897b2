package io.github.camelhrflow.examples.springboot;

import java.util.Map;

import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets the example run without an HrFlow account: unless {@code HRFLOW_API_KEY} is set, it starts an embedded HrFlow
 * sandbox on a free loopback port and supplies the {@code HRFLOW_*} values that {@code application.properties} reads
 * (address, demo credentials, demo board), ahead of any environment variable so that they stay consistent.
 * {@code hrflow.sandbox.enabled=true|false} overrides the choice.
 * <p>
 * An initializer rather than a bean: the values must exist before the hrflow component is configured.
 */
public class HrFlowSandboxInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String ENABLED = "hrflow.sandbox.enabled";
    static final String API_KEY_VARIABLE = "HRFLOW_API_KEY";

    private static final Logger LOG = LoggerFactory.getLogger(HrFlowSandboxInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        boolean enabled = environment.getProperty(ENABLED, Boolean.class,
                !environment.containsProperty(API_KEY_VARIABLE));
        if (!enabled) {
            return;
        }
        HrFlowSandbox sandbox = HrFlowSandbox.builder().build().start();
        environment.getPropertySources().addFirst(new MapPropertySource("hrflowSandbox", Map.of(
                "HRFLOW_BASE_URL", sandbox.baseUrl(),
                API_KEY_VARIABLE, sandbox.apiKey(),
                "HRFLOW_USER_EMAIL", sandbox.userEmail(),
                "HRFLOW_BOARD_KEY", HrFlowSandbox.DEMO_BOARD_KEY)));
        context.getBeanFactory().registerSingleton("hrflowSandbox", sandbox);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                sandbox.stop();
            }
        });
        LOG.info("No {} set: using the embedded HrFlow sandbox at {}; its demo board has jobs {}", API_KEY_VARIABLE,
                sandbox.baseUrl(), sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY));
    }
}
