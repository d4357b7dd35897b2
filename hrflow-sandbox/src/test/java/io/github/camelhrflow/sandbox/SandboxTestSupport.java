package io.github.camelhrflow.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One sandbox on a free port per test class; faults and the request log are reset before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SandboxTestSupport {

    protected HrFlowSandbox sandbox;
    protected SandboxClient client;

    /** Override to configure the class's sandbox. */
    protected HrFlowSandbox.Builder configure(HrFlowSandbox.Builder builder) {
        return builder;
    }

    @BeforeAll
    void startSandbox() {
        sandbox = configure(HrFlowSandbox.builder()).build().start();
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void resetSandbox() {
        sandbox.faults().clear().seed(FaultInjector.DEFAULT_SEED);
        sandbox.clearRequests();
    }
}
