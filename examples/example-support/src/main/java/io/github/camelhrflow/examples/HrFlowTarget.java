package io.github.camelhrflow.examples;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.camelhrflow.sandbox.HrFlowSandbox;

/**
 * Where an example gets its jobs: the real HrFlow API when {@code HRFLOW_API_KEY}, {@code HRFLOW_USER_EMAIL} and
 * {@code HRFLOW_BOARD_KEY} are set, else an embedded HrFlow sandbox on a free loopback port, so that the examples run
 * offline on a fresh clone.
 * <p>
 * Either way it only produces configuration properties ({@code camel.component.hrflow.*} and {@code hrflow.board}):
 * the routes are the same for both. With the real API the key stays in the environment and reaches the component
 * through an {@code {{env:HRFLOW_API_KEY}}} placeholder.
 */
public final class HrFlowTarget implements AutoCloseable {

    public static final String API_KEY_VARIABLE = "HRFLOW_API_KEY";
    public static final String USER_EMAIL_VARIABLE = "HRFLOW_USER_EMAIL";
    public static final String BOARD_KEY_VARIABLE = "HRFLOW_BOARD_KEY";
    public static final String SOURCE_KEY_VARIABLE = "HRFLOW_SOURCE_KEY";

    private final HrFlowSandbox sandbox;
    private final Properties properties = new Properties();
    private final String boardKey;
    private String sourceKey;

    private HrFlowTarget(HrFlowSandbox sandbox, String boardKey) {
        this.sandbox = sandbox;
        this.boardKey = boardKey;
    }

    /**
     * For the examples that work on profiles: the real API when {@code HRFLOW_API_KEY}, {@code HRFLOW_USER_EMAIL}
     * and {@code HRFLOW_SOURCE_KEY} are set, else a freshly started sandbox and its demo source. Either way the
     * source key is the {@code hrflow.source} property.
     */
    public static HrFlowTarget sourceFromEnvironment(Map<String, String> environment) {
        String apiKey = environment.get(API_KEY_VARIABLE);
        if (apiKey == null || apiKey.isBlank()) {
            return sandbox();
        }
        for (String required : List.of(USER_EMAIL_VARIABLE, SOURCE_KEY_VARIABLE)) {
            String value = environment.get(required);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(API_KEY_VARIABLE + " is set but " + required + " is not: set both "
                                                + USER_EMAIL_VARIABLE + " and " + SOURCE_KEY_VARIABLE + " to use the"
                                                + " real HrFlow API, or unset " + API_KEY_VARIABLE
                                                + " to use the embedded sandbox.");
            }
        }
        HrFlowTarget target = new HrFlowTarget(null, null);
        target.sourceKey = environment.get(SOURCE_KEY_VARIABLE);
        target.properties.setProperty("camel.component.hrflow.api-key", "{{env:" + API_KEY_VARIABLE + "}}");
        target.properties.setProperty("camel.component.hrflow.user-email", "{{env:" + USER_EMAIL_VARIABLE + "}}");
        target.properties.setProperty("hrflow.source", target.sourceKey);
        return target;
    }

    /** {@link #sourceFromEnvironment(Map)} over the process's environment. */
    public static HrFlowTarget sourceFromEnvironment() {
        return sourceFromEnvironment(System.getenv());
    }

    /** The real API if the environment names one, else a freshly started sandbox. */
    public static HrFlowTarget fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** The same rule over any source of the {@code HRFLOW_*} values (a Spring or Quarkus environment, a test). */
    public static HrFlowTarget fromEnvironment(Map<String, String> environment) {
        String apiKey = environment.get(API_KEY_VARIABLE);
        if (apiKey == null || apiKey.isBlank()) {
            return sandbox();
        }
        for (String required : List.of(USER_EMAIL_VARIABLE, BOARD_KEY_VARIABLE)) {
            String value = environment.get(required);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(API_KEY_VARIABLE + " is set but " + required + " is not: set both "
                                                + USER_EMAIL_VARIABLE + " and " + BOARD_KEY_VARIABLE + " to use the"
                                                + " real HrFlow API, or unset " + API_KEY_VARIABLE
                                                + " to use the embedded sandbox.");
            }
        }
        HrFlowTarget target = new HrFlowTarget(null, environment.get(BOARD_KEY_VARIABLE));
        target.properties.setProperty("camel.component.hrflow.api-key", "{{env:" + API_KEY_VARIABLE + "}}");
        target.properties.setProperty("camel.component.hrflow.user-email", "{{env:" + USER_EMAIL_VARIABLE + "}}");
        target.properties.setProperty("hrflow.board", target.boardKey);
        return target;
    }

    /** A sandbox on a free port, seeded with the demo boards and sources. */
    public static HrFlowTarget sandbox() {
        HrFlowSandbox sandbox = HrFlowSandbox.builder().port(0).build().start();
        HrFlowTarget target = new HrFlowTarget(sandbox, HrFlowSandbox.DEMO_BOARD_KEY);
        target.properties.setProperty("camel.component.hrflow.api-key", sandbox.apiKey());
        target.properties.setProperty("camel.component.hrflow.user-email", sandbox.userEmail());
        target.properties.setProperty("camel.component.hrflow.base-url", sandbox.baseUrl());
        target.properties.setProperty("hrflow.board", target.boardKey);
        target.sourceKey = HrFlowSandbox.DEMO_SOURCE_KEY;
        target.properties.setProperty("hrflow.source", target.sourceKey);
        return target;
    }

    /**
     * Properties for Camel Main: the hrflow component's credentials and address, {@code hrflow.board} and, on the
     * sandbox or for a source target, {@code hrflow.source}.
     */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    public boolean isSandbox() {
        return sandbox != null;
    }

    public String boardKey() {
        return boardKey;
    }

    /** The source key: the sandbox's demo source, or {@code HRFLOW_SOURCE_KEY}; null for a board target. */
    public String sourceKey() {
        return sourceKey;
    }

    /** The keys of the jobs in the demo board, when running on the sandbox; empty for the real API. */
    public List<String> demoJobKeys() {
        return sandbox == null ? List.of() : sandbox.jobKeys(boardKey);
    }

    /** The sandbox itself, or {@code null} on the real API. */
    public HrFlowSandbox sandboxServer() {
        return sandbox;
    }

    /** One line for the console: which HrFlow this run talks to, never the key. */
    public String describe() {
        return isSandbox()
                ? "embedded HrFlow sandbox at " + sandbox.baseUrl() + " (no " + API_KEY_VARIABLE + " set)"
                : "the real HrFlow API (credentials from " + API_KEY_VARIABLE + " and " + USER_EMAIL_VARIABLE + ")";
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}
