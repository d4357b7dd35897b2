package io.github.camelhrflow.benchmarks.parsing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.github.camelhrflow.HrFlowParsingOptions;
import io.github.camelhrflow.benchmarks.load.ProcessMeters;
import io.github.camelhrflow.benchmarks.operations.OperationRounds;
import io.github.camelhrflow.benchmarks.server.ServerProcess;
import io.github.camelhrflow.sandbox.HrFlowSandbox;

/**
 * The CV parsing row (issue 19): a folder of CVs parsed into a source that parses in the background (HrFlow answers
 * 202 and the profile appears {@code parseDelay} later), by camel-hrflow and by the camel-http route users write
 * today, in rounds that interleave the ways. Every run parses into a new source, and fails unless each file made
 * exactly one profile.
 *
 * @param files         files per run
 * @param parseDelay    how long the sandbox takes to parse a file
 * @param awaitInterval ms between two questions whether a profile exists, the same for every way
 */
public record ParsingRow(int files, Duration parseDelay, long awaitInterval) {

    /** Far more than a run takes (about 40 s for 200 files 16 at a time, a question every 3 s). */
    private static final long TIMEOUT_SECONDS = 600;

    /** 200 CVs, each parsed in 2 s as in the component's folder test; camel-hrflow's default await interval. */
    public static ParsingRow standard() {
        return new ParsingRow(200, Duration.ofSeconds(2), HrFlowParsingOptions.DEFAULT_AWAIT_INTERVAL);
    }

    /**
     * Runs the row against a sandbox of its own: its parse delay is set here.
     *
     * @param warmups rounds run first and not kept
     */
    public ParsingResults run(ServerProcess sandbox, int warmups, int rounds) throws Exception {
        SandboxAdmin admin = new SandboxAdmin(sandbox.rootUrl());
        admin.parseDelay(parseDelay);
        ProcessMeters meters = new ProcessMeters();
        ParsingResults results = new ParsingResults();
        Path folder = Files.createTempDirectory("cv-parsing");
        try {
            CvFolder.write(folder, files);
            for (int round = -warmups; round < rounds; round++) {
                StringBuilder line = new StringBuilder(String.format("%s %d: CV parsing:",
                        round < 0 ? "warm-up" : "round  ", round < 0 ? warmups + round + 1 : round + 1));
                for (ParsingWay way : OperationRounds.order(List.of(ParsingWay.values()), round)) {
                    ParsingMeasurement m;
                    try (ParsingRun run = new ParsingRun(way, folder, files, sandbox.baseUrl(), admin,
                            awaitInterval, HrFlowSandbox.DEMO_API_KEY, HrFlowSandbox.DEMO_USER_EMAIL)) {
                        m = run.run(meters, round, TIMEOUT_SECONDS);
                    }
                    if (round >= 0) {
                        results.add(m);
                    }
                    line.append(String.format("  %s %d files %.1f s %.2f ms CPU/file %d threads (+%d) %.1f req/file",
                            way, m.files(), m.seconds(), m.cpuMillisPerFile(), m.peakThreads(), m.addedThreads(),
                            m.requestsPerFile()));
                }
                System.out.println(line);
            }
        } finally {
            delete(folder);
        }
        return results;
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
