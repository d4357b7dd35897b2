package io.github.camelhrflow.examples.yamlroute;

import java.util.List;
import java.util.Properties;

import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobKeys;
import org.apache.camel.main.Main;

/**
 * {@code yaml-route [KEY]...}
 * <p>
 * Runs {@code routes/job-to-file.yaml} in Camel Main, configured by {@code application.properties} alone. This class
 * only fills in what that file reads from the environment when the environment has nothing: without HRFLOW_API_KEY an
 * embedded HrFlow sandbox, its credentials and, unless keys are given, the keys of its demo board.
 */
public final class YamlRouteApplication {

    private YamlRouteApplication() {
    }

    public static void main(String[] args) throws Exception {
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment()) {
            System.out.println("Fetching jobs of board " + target.boardKey() + " from " + target.describe());
            run(target, List.of(args));
        }
    }

    /**
     * Runs the route until it has handled its keys.
     *
     * @param keys job keys; none means those of HRFLOW_JOB_KEYS, or the demo board's on the sandbox
     */
    public static void run(HrFlowTarget target, List<String> keys, Properties overrides) throws Exception {
        Properties properties = target.properties();
        if (!keys.isEmpty() || target.isSandbox()) {
            properties.setProperty("hrflow.job-keys", String.join(",", JobKeys.fromArguments(keys, target)));
        }
        properties.putAll(overrides);
        Main main = new Main();
        main.setOverrideProperties(properties);
        // returns when camel.main.duration-max-messages is reached
        main.run();
    }

    static void run(HrFlowTarget target, List<String> keys) throws Exception {
        run(target, keys, new Properties());
    }
}
