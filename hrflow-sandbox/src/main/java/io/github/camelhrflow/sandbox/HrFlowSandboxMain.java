package io.github.camelhrflow.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs the sandbox from the command line until Ctrl-C:
 * {@code java -jar hrflow-sandbox-standalone.jar [--port 8090] [--host 127.0.0.1] [--seed path]...
 * [--no-default-seed] [--api-key key] [--user-email email]}.
 */
public final class HrFlowSandboxMain {

    /** The port used when none is given: a fixed one, so that curl lines can be reused. */
    public static final int DEFAULT_PORT = 8090;

    /** Jobs listed per board in the banner; seeded boards are small, a user's may not be. */
    private static final int MAX_JOBS_SHOWN = 20;

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

    /**
     * Prints where the sandbox listens, the credentials, each board's jobs (key and reference: a new
     * user has no other way to find them) and ready-to-paste curl lines.
     */
    static void printBanner(HrFlowSandbox sandbox, PrintStream out) {
        out.println("HrFlow sandbox listening on " + sandbox.baseUrl());
        out.println("  X-API-KEY:    " + sandbox.apiKey());
        out.println("  X-USER-EMAIL: " + sandbox.userEmail());
        out.println();
        out.println("Boards:");
        for (Board board : sandbox.store().boards()) {
            List<ObjectNode> jobs = sandbox.store().jobs(board.key());
            out.printf("  %-22s %s  (%d job%s)%n", board.name(), board.key(), jobs.size(), jobs.size() == 1 ? "" : "s");
            jobs.stream().limit(MAX_JOBS_SHOWN).forEach(job -> out.printf("    job %s  reference %s%s%n",
                    job.path("key").asText(),
                    job.path("reference").isTextual() ? job.get("reference").asText() : "(none)",
                    job.path("archived_at").isTextual() ? "  (archived)" : ""));
            if (jobs.size() > MAX_JOBS_SHOWN) {
                out.println("    ... and " + (jobs.size() - MAX_JOBS_SHOWN) + " more");
            }
            if (!jobs.isEmpty()) {
                out.println("    " + CurlLines.getJob(sandbox, board.key(), jobs.get(0).path("key").asText()));
            }
        }
        List<Board> boards = sandbox.store().boards();
        if (!boards.isEmpty()) {
            String boardKey = sandbox.store().hasBoard(HrFlowSandbox.DEMO_BOARD_KEY)
                    ? HrFlowSandbox.DEMO_BOARD_KEY : boards.get(0).key();
            out.println();
            out.println("List a board, then create, edit and archive a job (in this order):");
            CurlLines.tour(sandbox, boardKey).forEach(line -> out.println("  " + line));
        }
        out.println();
        out.println("Faults, reset, request log:");
        CurlLines.admin(sandbox).forEach(line -> out.println("  " + line));
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
