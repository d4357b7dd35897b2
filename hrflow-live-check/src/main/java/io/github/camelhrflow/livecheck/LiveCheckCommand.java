package io.github.camelhrflow.livecheck;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;

import io.github.camelhrflow.sandbox.HrFlowSandbox;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The live check's command line: against the real HrFlow with {@code HRFLOW_API_KEY}, {@code HRFLOW_USER_EMAIL} and
 * {@code HRFLOW_SCRATCH_BOARD_KEY}, or against an embedded sandbox with {@code --sandbox}. Exit codes: 0 when no
 * assumption differs, 3 when one does, 1 when it cannot run (what to set is printed), 2 for a bad argument.
 */
@Command(name = "hrflow-live-check", sortOptions = false, usageHelpAutoWidth = true,
         description = { "Writes and reads jobs on a scratch board of HrFlow and prints, for each assumption the "
                         + "sandbox and the component make about HrFlow, whether it holds, differs or was not checked. "
                         + "Every answer is recorded (API key masked) as one JSON file per call." },
         footer = { "",
                 "Environment: HRFLOW_API_KEY (a key that may write jobs), HRFLOW_USER_EMAIL, HRFLOW_SCRATCH_BOARD_KEY "
                        + "(a board that may be written to), optionally HRFLOW_SCRATCH_SOURCE_KEY. The key is read "
                        + "only from the environment and is never printed or written.",
                 "Jobs are created with references camel-hrflow-live-check-<run id>-N and archived at the end." })
public final class LiveCheckCommand implements Callable<Integer> {

    static final int DIFFERS = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "live-check",
            description = "where the run's directory (named by its run id) goes; default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--sandbox", description = "run against an embedded HrFlow sandbox (a fresh board), to see what "
                                               + "the check prints; no credentials needed")
    boolean sandbox;

    @Option(names = "--board", paramLabel = "KEY", description = "the scratch board; default: HRFLOW_SCRATCH_BOARD_KEY")
    String board;

    @Option(names = "--source", paramLabel = "KEY", description = "a scratch source, only read for now; default: "
                                                                  + "HRFLOW_SCRATCH_SOURCE_KEY")
    String source;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "https://api.hrflow.ai/v1",
            description = "HrFlow's API; default: ${DEFAULT-VALUE}")
    String baseUrl;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "5",
            description = "jobs created at once to see ties; default: ${DEFAULT-VALUE}")
    int jobs;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "50",
            description = "limit of the listings; default: ${DEFAULT-VALUE}")
    int pageSize;

    @Option(names = "--poll-interval", paramLabel = "MS", defaultValue = "1000",
            description = "between two listings while waiting for a write to be listed; default: ${DEFAULT-VALUE}")
    long pollIntervalMs;

    @Option(names = "--max-wait", paramLabel = "S", defaultValue = "120",
            description = "how long a write may take to be listed before the check says it was not; default: "
                          + "${DEFAULT-VALUE}")
    long maxWaitSeconds;

    @Option(names = "--lookback", paramLabel = "S", defaultValue = "60",
            description = "the lag the consumers tolerate: storing.lag holds within it; default: ${DEFAULT-VALUE}")
    long lookbackSeconds;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help and exit")
    boolean help;

    private final Map<String, String> environment;

    public LiveCheckCommand() {
        this(System.getenv());
    }

    LiveCheckCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        int code = commandLine(new LiveCheckCommand()).execute(args);
        // under exec:java the check runs inside Maven's JVM, which a zero exit would cut short
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The command line {@link #main} runs; a set-up error is its message, without a stack trace. */
    static CommandLine commandLine(LiveCheckCommand command) {
        return new CommandLine(command).setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (!(e instanceof IllegalArgumentException || e instanceof IllegalStateException)) {
                throw e;
            }
            commandLine.getErr().println(commandLine.getColorScheme().errorText(e.getMessage()));
            commandLine.getErr().println("Run with --help for the options.");
            return 1;
        });
    }

    @Override
    public Integer call() {
        LiveCheck.Settings settings = new LiveCheck.Settings(jobs, pageSize, Duration.ofMillis(pollIntervalMs),
                Duration.ofSeconds(maxWaitSeconds), Duration.ofSeconds(lookbackSeconds));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (sandbox) {
            try (HrFlowSandbox server = HrFlowSandbox.builder().build().start()) {
                String scratch = randomKey();
                server.addBoard(scratch, "live check scratch");
                LiveCheck.Target target = new LiveCheck.Target(server.baseUrl(), server.apiKey(), server.userEmail(),
                        scratch, source, "embedded HrFlow sandbox at " + server.baseUrl());
                return run(target, settings, stdout, stderr);
            }
        }
        return run(realTarget(), settings, stdout, stderr);
    }

    private LiveCheck.Target realTarget() {
        String apiKey = blankToNull(environment.get("HRFLOW_API_KEY"));
        String email = blankToNull(environment.get("HRFLOW_USER_EMAIL"));
        String boardKey = board != null ? board : blankToNull(environment.get("HRFLOW_SCRATCH_BOARD_KEY"));
        String sourceKey = source != null ? source : blankToNull(environment.get("HRFLOW_SCRATCH_SOURCE_KEY"));
        StringBuilder missing = new StringBuilder();
        if (apiKey == null) {
            missing.append(" HRFLOW_API_KEY");
        }
        if (email == null) {
            missing.append(" HRFLOW_USER_EMAIL");
        }
        if (boardKey == null) {
            missing.append(" HRFLOW_SCRATCH_BOARD_KEY (or --board)");
        }
        if (missing.length() > 0) {
            throw new IllegalStateException("Not set:" + missing + ". The live check writes jobs to a scratch board "
                                            + "of the real HrFlow: export HRFLOW_API_KEY (a key that may write jobs),"
                                            + " HRFLOW_USER_EMAIL and HRFLOW_SCRATCH_BOARD_KEY (a board that may be "
                                            + "written to), then run it again. To see what it prints without an "
                                            + "account, pass --sandbox.");
        }
        return new LiveCheck.Target(baseUrl, apiKey, email, boardKey, sourceKey, "HrFlow at " + baseUrl);
    }

    private int run(LiveCheck.Target target, LiveCheck.Settings settings, PrintWriter stdout, PrintWriter stderr) {
        LiveCheck check = new LiveCheck(target, settings, out.toAbsolutePath(), stderr);
        return run(check, target, stdout);
    }

    static int run(LiveCheck check, LiveCheck.Target target, PrintWriter stdout) {
        stdout.println("Live check of " + target.description() + ", board " + target.boardKey()
                       + (target.sourceKey() == null ? "" : ", source " + target.sourceKey()) + ", run "
                       + check.runId());
        stdout.println("Jobs written: references " + check.referencePrefix() + "N; answers recorded in "
                       + check.directory());
        stdout.flush();
        LiveCheck.Report report = check.run();
        for (Verdict verdict : report.verdicts()) {
            stdout.println(check.mask(verdict.line()));
        }
        stdout.println(report.count(Verdict.Outcome.HOLDS) + " hold, " + report.count(Verdict.Outcome.DIFFERS)
                       + " differ, " + report.count(Verdict.Outcome.NOT_CHECKED) + " not checked. Jobs created: "
                       + report.created() + ", archived: " + report.archived() + ". Answers: " + report.directory());
        stdout.flush();
        return report.count(Verdict.Outcome.DIFFERS) > 0 ? DIFFERS : 0;
    }

    private static String randomKey() {
        byte[] bytes = new byte[20];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
