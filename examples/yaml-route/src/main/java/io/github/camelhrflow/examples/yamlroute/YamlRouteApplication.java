package io.github.camelhrflow.examples.yamlroute;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.github.camelhrflow.examples.ExampleCommand;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobKeys;
import org.apache.camel.main.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code yaml-route [KEY]...}: runs {@code routes/job-to-file.yaml} in Camel Main, configured by
 * {@code application.properties} alone. This class only fills in what that file reads from the environment when the
 * environment has nothing: without HRFLOW_API_KEY an embedded HrFlow sandbox, its credentials and, unless keys are
 * given, the keys of its demo board.
 */
@Command(name = "yaml-route",
         description = { "Runs routes/job-to-file.yaml: fetches each job and writes it as <job key>.json in"
                         + " jobs.output-dir (hrflow-jobs by default).",
                 "Without any key given it fetches those of HRFLOW_JOB_KEYS (comma-separated), or on the sandbox"
                                                                         + " those of the demo board." })
public final class YamlRouteApplication extends ExampleCommand {

    @Parameters(paramLabel = "KEY", description = "the key of a job of the board")
    List<String> keys = new ArrayList<>();

    public static void main(String[] args) {
        main(new YamlRouteApplication(), args);
    }

    @Override
    public Integer call() throws Exception {
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment()) {
            System.out.println("Fetching jobs of board " + target.boardKey() + " from " + target.describe());
            run(target, keys);
        }
        return 0;
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
