package io.github.camelhrflow.examples.jobtofile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.camelhrflow.examples.ExampleCommand;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code job-to-file [--input FILE]... [--output DIR] [KEY | ref:REFERENCE]...}: fetches each job and writes one JSON
 * file per job.
 */
@Command(name = "job-to-file",
         description = { "Fetches each job from HrFlow and writes it as <job key>.json in DIR.",
                 "Without any job given, on the sandbox, it fetches the jobs of the demo board." })
public final class JobToFileApplication extends ExampleCommand {

    @Parameters(paramLabel = "KEY | ref:REFERENCE", converter = JobRequest.Converter.class,
                description = "a job, by its key or by ref: and its reference")
    List<JobRequest> jobs = new ArrayList<>();

    @Option(names = "--input", paramLabel = "FILE",
            description = "a file of jobs, one KEY or ref:REFERENCE per line, # for comments (repeatable)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "hrflow-jobs",
            description = "where the files go (default: ${DEFAULT-VALUE})")
    Path output;

    public static void main(String[] args) {
        main(new JobToFileApplication(), args);
    }

    @Override
    public Integer call() throws Exception {
        for (Path input : inputs) {
            jobs.addAll(readJobs(input));
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
            return progress.failed() > 0 ? 1 : 0;
        }
    }

    private static List<JobRequest> readJobs(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(JobRequest::parse)
                .toList();
    }
}
