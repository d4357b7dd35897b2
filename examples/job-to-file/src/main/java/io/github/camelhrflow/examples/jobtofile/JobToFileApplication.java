package io.github.camelhrflow.examples.jobtofile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobProgress;

/**
 * {@code job-to-file [--input FILE] [--output DIR] [KEY | ref:REFERENCE]...}
 * <p>
 * Fetches each job (from the arguments and from FILE, one per line, {@code #} for comments) and writes one JSON file
 * per job in DIR (default {@code hrflow-jobs}). Without HRFLOW_API_KEY it starts an embedded HrFlow sandbox and, when
 * no job is given, fetches the jobs of its demo board.
 */
public final class JobToFileApplication {

    private JobToFileApplication() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of("hrflow-jobs");
        List<JobRequest> jobs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--output" -> output = Path.of(value(args, ++i, "--output"));
                case "--input" -> jobs.addAll(readJobs(Path.of(value(args, ++i, "--input"))));
                default -> jobs.add(JobRequest.parse(args[i]));
            }
        }

        try (HrFlowTarget target = HrFlowTarget.fromEnvironment()) {
            if (jobs.isEmpty()) {
                if (!target.isSandbox()) {
                    throw new IllegalArgumentException("No job given: pass job keys or ref:<reference> as arguments,"
                                                       + " or --input FILE with one per line.");
                }
                target.demoJobKeys().forEach(key -> jobs.add(new JobRequest(key, null)));
            }
            System.out.println("Fetching " + jobs.size() + " jobs of board " + target.boardKey() + " from "
                               + target.describe());
            JobProgress progress = JobToFile.run(jobs, output, target.properties());
            System.out.println("Done: " + progress.succeeded() + " of " + progress.total() + " jobs written, "
                               + progress.failed() + " failed. Files are in " + output.toAbsolutePath());
            if (progress.failed() > 0) {
                System.exit(1);
            }
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static List<JobRequest> readJobs(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(JobRequest::parse)
                .toList();
    }
}
