package io.github.camelhrflow.examples.springboot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets the example run without an HrFlow account, by the rule every example follows ({@link HrFlowTarget}): the real
 * API when {@code HRFLOW_API_KEY}, {@code HRFLOW_USER_EMAIL} and {@code HRFLOW_BOARD_KEY} are set (only one of them is
 * an error), else an embedded HrFlow sandbox on a free loopback port, whose address, demo credentials and demo board
 * it supplies as the {@code HRFLOW_*} values that {@code application.properties} reads, ahead of any environment
 * variable so that they stay consistent. {@code hrflow.sandbox.enabled=true|false} overrides the choice.
 * <p>
 * An initializer rather than a bean: the values must exist before the hrflow component is configured.
 */
public class HrFlowSandboxInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String ENABLED = "hrflow.sandbox.enabled";
    static final String API_KEY_VARIABLE = HrFlowTarget.API_KEY_VARIABLE;

    private static final Logger LOG = LoggerFactory.getLogger(HrFlowSandboxInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        Boolean forced = environment.getProperty(ENABLED, Boolean.class);
        HrFlowTarget target;
        if (forced == null) {
            Map<String, String> variables = new HashMap<>();
            for (String name : List.of(API_KEY_VARIABLE, HrFlowTarget.USER_EMAIL_VARIABLE,
                    HrFlowTarget.BOARD_KEY_VARIABLE)) {
                String value = environment.getProperty(name);
                if (value != null) {
                    variables.put(name, value);
                }
            }
            target = HrFlowTarget.fromEnvironment(variables);
        } else {
            target = forced ? HrFlowTarget.sandbox() : null;
        }
        if (target == null || !target.isSandbox()) {
            return;
        }
        HrFlowSandbox sandbox = target.sandboxServer();
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
