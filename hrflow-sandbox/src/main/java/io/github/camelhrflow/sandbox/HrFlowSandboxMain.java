package io.github.camelhrflow.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs the sandbox from the command line until Ctrl-C:
 * {@code java -jar hrflow-sandbox-standalone.jar [--port 8090] [--host 127.0.0.1] [--seed path]...
 * [--no-default-seed] [--api-key key] [--user-email email] [--jobs N [--board KEY] [--jobs-seed S]]
 * [--index-lag-ms N [--index-lag-seed S]]}.
 */
public final class HrFlowSandboxMain {

    /** The port used when none is given: a fixed one, so that curl lines can be reused. */
    public static final int DEFAULT_PORT = 8090;

    /** Jobs listed per board in the banner; seeded boards are small, a user's may not be. */
    private static final int MAX_JOBS_SHOWN = 20;

    private HrFlowSandboxMain() {
    }

    /** The command line, read by picocli: options, defaults and help text in one place. */
    @Command(name = "java -jar hrflow-sandbox-standalone.jar",
             description = "A local HTTP server that speaks HrFlow.ai's job and profile APIs, until Ctrl-C.")
    static final class Options {

        @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help and exit")
        boolean help;

        @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
                description = "port to listen on (default ${DEFAULT-VALUE}, 0 = any free port)")
        int port;

        @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
                description = "address to bind (default ${DEFAULT-VALUE})")
        String host;

        @Option(names = "--seed", paramLabel = "PATH",
                description = "extra seed file or directory of *.json files (repeatable)")
        List<Path> seeds = new ArrayList<>();

        @Option(names = "--no-default-seed", description = "start without the built-in boards")
        boolean noDefaultSeed;

        @Option(names = "--api-key", paramLabel = "KEY", defaultValue = HrFlowSandbox.DEMO_API_KEY,
                description = "accepted X-API-KEY (default ${DEFAULT-VALUE})")
        String apiKey;

        @Option(names = "--user-email", paramLabel = "EMAIL", defaultValue = HrFlowSandbox.DEMO_USER_EMAIL,
                description = "accepted X-USER-EMAIL (default ${DEFAULT-VALUE})")
        String userEmail;

        @Option(names = "--jobs", paramLabel = "N", defaultValue = "0",
                description = "add N generated jobs to the board of --board (100000 take a few seconds)")
        int jobs;

        @Option(names = "--board", paramLabel = "KEY", defaultValue = HrFlowSandbox.DEMO_BOARD_KEY,
                description = "the board --jobs fills, created (named \"generated\") when new "
                              + "(default: the demo board, ${DEFAULT-VALUE})")
        String board;

        @Option(names = "--jobs-seed", paramLabel = "S", defaultValue = "1",
                description = "seed of the generated jobs (default ${DEFAULT-VALUE}): same seed, same jobs")
        long jobsSeed;

        @Option(names = "--profiles", paramLabel = "N", defaultValue = "0",
                description = "add N generated profiles of fictional people to the source of --source")
        int profiles;

        @Option(names = "--source", paramLabel = "KEY", defaultValue = HrFlowSandbox.DEMO_SOURCE_KEY,
                description = "the source --profiles fills, created (named \"generated\") when new "
                              + "(default: the demo source, ${DEFAULT-VALUE})")
        String source;

        @Option(names = "--profiles-seed", paramLabel = "S", defaultValue = "1",
                description = "seed of the generated profiles (default ${DEFAULT-VALUE}): same seed, same profiles")
        long profilesSeed;

        @Option(names = "--parse-delay-ms", paramLabel = "N", defaultValue = "0",
                description = "how long parsing a CV file takes: a real-time source answers after it, "
                              + "others store the profile after it (default ${DEFAULT-VALUE})")
        long parseDelayMs;

        @Option(names = "--index-lag-ms", paramLabel = "N", defaultValue = "0",
                description = "storing/jobs lists each write after a random 0..N ms, GET sees it at once "
                              + "(default ${DEFAULT-VALUE}: at once)")
        long indexLagMs;

        @Option(names = "--index-lag-seed", paramLabel = "S", defaultValue = "0",
                description = "seed of the index lag (default ${DEFAULT-VALUE})")
        long indexLagSeed;

        HrFlowSandbox.Builder builder() {
            if (jobs < 0 || indexLagMs < 0 || profiles < 0 || parseDelayMs < 0) {
                throw new IllegalArgumentException(
                        "--jobs, --profiles, --index-lag-ms and --parse-delay-ms must not be negative");
            }
            HrFlowSandbox.Builder builder = HrFlowSandbox.builder().port(port).host(host).apiKey(apiKey)
                    .userEmail(userEmail).defaultSeed(!noDefaultSeed)
                    .indexLag(Duration.ofMillis(indexLagMs)).indexLagSeed(indexLagSeed)
                    .parseDelay(Duration.ofMillis(parseDelayMs));
            seeds.forEach(builder::seed);
            if (jobs > 0) {
                builder.generatedJobs(board, jobs, jobsSeed);
            }
            if (profiles > 0) {
                builder.generatedProfiles(source, profiles, profilesSeed);
            }
            return builder;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLine command = new CommandLine(new Options());
        HrFlowSandbox.Builder builder;
        try {
            builder = parse(command, List.of(args));
        } catch (ParameterException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            command.usage(System.err);
            System.exit(2);
            return;
        }
        if (builder == null) {
            command.usage(System.out);
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
     * @throws IllegalArgumentException on an unknown option or a missing or bad value (picocli's own message)
     */
    static HrFlowSandbox.Builder parse(List<String> args) {
        try {
            return parse(new CommandLine(new Options()), args);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static HrFlowSandbox.Builder parse(CommandLine command, List<String> args) {
        ParseResult result = command.parseArgs(args.toArray(String[]::new));
        if (result.isUsageHelpRequested()) {
            return null;
        }
        return command.<Options>getCommand().builder();
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
            // keys only: reading every job of a generated board would cost seconds and much memory
            List<String> keys = sandbox.jobKeys(board.key());
            out.printf("  %-22s %s  (%d job%s)%n", board.name(), board.key(), keys.size(), keys.size() == 1 ? "" : "s");
            for (String key : keys.subList(0, Math.min(keys.size(), MAX_JOBS_SHOWN))) {
                ObjectNode job = sandbox.store().jobByKey(board.key(), key).orElseThrow();
                out.printf("    job %s  reference %s%s%n", key,
                        job.path("reference").isTextual() ? job.get("reference").asText() : "(none)",
                        job.path("archived_at").isTextual() ? "  (archived)" : "");
            }
            if (keys.size() > MAX_JOBS_SHOWN) {
                out.println("    ... and " + (keys.size() - MAX_JOBS_SHOWN) + " more");
            }
            if (!keys.isEmpty()) {
                out.println("    " + CurlLines.getJob(sandbox, board.key(), keys.get(0)));
            }
        }
        if (!sandbox.store().sources().isEmpty()) {
            out.println();
            out.println("Sources:");
        }
        for (Source source : sandbox.store().sources()) {
            List<String> keys = sandbox.profileKeys(source.key());
            out.printf("  %-22s %s  (%d profile%s%s)%n", source.name(), source.key(), keys.size(),
                    keys.size() == 1 ? "" : "s", source.syncParsing() ? ", real-time parsing" : "");
            for (String key : keys.subList(0, Math.min(keys.size(), MAX_JOBS_SHOWN))) {
                ObjectNode profile = sandbox.store().profileByKey(source.key(), key).orElseThrow();
                out.printf("    profile %s  reference %s%s%n", key,
                        profile.path("reference").isTextual() ? profile.get("reference").asText() : "(none)",
                        profile.path("archived_at").isTextual() ? "  (archived)" : "");
            }
            if (keys.size() > MAX_JOBS_SHOWN) {
                out.println("    ... and " + (keys.size() - MAX_JOBS_SHOWN) + " more");
            }
            if (!keys.isEmpty()) {
                out.println("    " + CurlLines.getProfile(sandbox, source.key(), keys.get(0)));
                out.println("    " + CurlLines.listProfiles(sandbox, source.key()));
            }
        }
        if (!sandbox.indexLag().isZero()) {
            out.println();
            out.println(
                    "Index lag: storing/jobs lists each write after up to " + sandbox.indexLag().toMillis() + " ms");
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
        out.println("Faults, reset, request log, a board of 1000 generated jobs, index lag, a source of 100 profiles:");
        CurlLines.admin(sandbox).forEach(line -> out.println("  " + line));
        out.println();
        out.println("Press Ctrl-C to stop. The sandbox keeps nothing on disk: a restart forgets every write.");
        out.flush();
    }
}
