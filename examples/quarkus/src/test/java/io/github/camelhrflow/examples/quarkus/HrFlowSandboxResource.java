package io.github.camelhrflow.examples.quarkus;

import java.util.Map;
import java.util.UUID;

import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts an {@link HrFlowSandbox} on a free loopback port before the application, points the {@code hrflow}
 * component at it and hands it to test fields annotated {@link InjectHrFlowSandbox}.
 */
public class HrFlowSandboxResource implements QuarkusTestResourceLifecycleManager {

    /** A key made for this run, so that finding it anywhere in the output can only mean it leaked. */
    static final String API_KEY = "askr_quarkus_" + UUID.randomUUID().toString().replace("-", "");

    private HrFlowSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = HrFlowSandbox.builder().apiKey(API_KEY).build().start();
        return Map.of(
                "camel.component.hrflow.base-url", sandbox.baseUrl(),
                "camel.component.hrflow.api-key", API_KEY,
                "camel.component.hrflow.user-email", sandbox.userEmail(),
                "hrflow.board", HrFlowSandbox.DEMO_BOARD_KEY);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(sandbox,
                new TestInjector.AnnotatedAndMatchesType(InjectHrFlowSandbox.class, HrFlowSandbox.class));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
