package io.github.camelhrflow.examples.quarkus;

import java.util.Map;
import java.util.UUID;

import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts an {@link HrFlowSandbox} on a free loopback port before the application, points the {@code hrflow}
 * component at it and hands it to test fields annotated {@link InjectHrFlowSandbox}. With the init argument
 * {@value #REFUSE_KEY} = {@code true} the sandbox expects another key than the application's, and answers it 401.
 */
public class HrFlowSandboxResource implements QuarkusTestResourceLifecycleManager {

    /** A key made for this run, so that finding it anywhere in the output can only mean it leaked. */
    static final String API_KEY = "askr_quarkus_" + UUID.randomUUID().toString().replace("-", "");
    /** Init argument: {@code true} makes the sandbox refuse {@link #API_KEY}. */
    static final String REFUSE_KEY = "refuse-key";
    /** The board consumer's poll delay in tests: short, so that a change shows within a second. */
    static final String POLL_DELAY_MS = "300";

    private HrFlowSandbox sandbox;
    private boolean refuseKey;

    @Override
    public void init(Map<String, String> initArgs) {
        refuseKey = Boolean.parseBoolean(initArgs.get(REFUSE_KEY));
    }

    @Override
    public Map<String, String> start() {
        String sandboxKey = refuseKey ? "askr_other_" + UUID.randomUUID().toString().replace("-", "") : API_KEY;
        sandbox = HrFlowSandbox.builder().apiKey(sandboxKey).build().start();
        return Map.of(
                "camel.component.hrflow.base-url", sandbox.baseUrl(),
                "camel.component.hrflow.api-key", API_KEY,
                "camel.component.hrflow.user-email", sandbox.userEmail(),
                "hrflow.board", HrFlowSandbox.DEMO_BOARD_KEY,
                "hrflow.source", HrFlowSandbox.DEMO_SOURCE_KEY,
                "hrflow.poll-delay", POLL_DELAY_MS);
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
