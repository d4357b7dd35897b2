package io.github.camelhrflow.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox from the command line until Ctrl-C:
 * {@code java -jar hrflow-sandbox-standalone.jar [--port 8090] [--host 127.0.0.1] [--seed path]...
 * [--no-default-seed] [--api-key key] [--user-email email]}.
 */
public final class HrFlowSandboxMain {

    /** The port used when none is given: a fixed one, so that curl lines can be reused. */
    public static final int DEFAULT_PORT = 8090;

    private static final String USAGE = """
            Usage: java -jar hrflow-sandbox-standalone.jar [options]
              --port N            port to listen on (default %d, 0 = any free port)
              --host ADDRESS      address to bind (default 127.0.0.1)
              --seed PATH         extra seed file or directory of *.json files (repeatable)
              --no-default-seed   start without the built-in boards
              --api-key KEY       accepted X-API-KEY (default %s)
              --user-email EMAIL  accepted X-USER-EMAIL (default %s)
            """.formatted(DEFAULT_PORT, HrFlowSandbox.DEMO_API_KEY, HrFlowSandbox.DEMO_USER_EMAIL);

    private HrFlowSandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        HrFlowSandbox.Builder builder;
        try {
            builder = parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.print(USAGE);
            return;
        }
        HrFlowSandbox sandbox = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }, "hrflow-sandbox-shutdown"));
        printBanner(sandbox, System.out);
        stopped.await();
    }

    /**
     * Reads the command line into a builder.
     *
     * @return null when help was asked for
     * @throws IllegalArgumentException on an unknown option or a missing or bad value
     */
    static HrFlowSandbox.Builder parse(List<String> args) {
        HrFlowSandbox.Builder builder = HrFlowSandbox.builder().port(DEFAULT_PORT);
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--no-default-seed" -> builder.defaultSeed(false);
                case "--port" -> builder.port(integer(option, value(args, ++i, option)));
                case "--host" -> builder.host(value(args, ++i, option));
                case "--seed" -> builder.seed(Path.of(value(args, ++i, option)));
                case "--api-key" -> builder.apiKey(value(args, ++i, option));
                case "--user-email" -> builder.userEmail(value(args, ++i, option));
                default -> throw new IllegalArgumentException("Unknown option: " + option);
            }
        }
        return builder;
    }

    /** Prints where the sandbox listens, the credentials, and a ready-to-paste curl line per board. */
    static void printBanner(HrFlowSandbox sandbox, PrintStream out) {
        String credentials = "-H 'X-API-KEY: " + sandbox.apiKey() + "' -H 'X-USER-EMAIL: " + sandbox.userEmail() + "'";
        out.println("HrFlow sandbox listening on " + sandbox.baseUrl());
        out.println("  X-API-KEY:    " + sandbox.apiKey());
        out.println("  X-USER-EMAIL: " + sandbox.userEmail());
        out.println();
        out.println("Boards:");
        for (Board board : sandbox.store().boards()) {
            List<String> keys = sandbox.jobKeys(board.key());
            out.printf("  %-22s %s  (%d job%s)%n", board.name(), board.key(), keys.size(), keys.size() == 1 ? "" : "s");
            if (!keys.isEmpty()) {
                out.println("    curl -s " + credentials + " '" + sandbox.baseUrl() + JobApi.PATH.substring("/v1".length())
                        + "?board_key=" + board.key() + "&key=" + keys.get(0) + "'");
            }
        }
        out.println();
        out.println("Faults:  curl -s -X POST -d '{\"throttle_next\":2,\"latency_ms\":300}' " + sandbox.rootUrl() + AdminApi.FAULTS);
        out.println("Clear:   curl -s -X DELETE " + sandbox.rootUrl() + AdminApi.FAULTS);
        out.println("Log:     curl -s " + sandbox.rootUrl() + AdminApi.REQUESTS);
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException("Missing value for " + option);
        }
        return args.get(index);
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got: " + value);
        }
    }
}
