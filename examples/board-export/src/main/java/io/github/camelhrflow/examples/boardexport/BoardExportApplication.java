package io.github.camelhrflow.examples.boardexport;

import java.nio.file.Files;
import java.util.stream.Stream;

import io.github.camelhrflow.examples.HrFlowTarget;

/**
 * {@code board-export}
 * <p>
 * Writes every job of the board to {@code <export.dir>/<board key>.jsonl}, one JSON job per line. Without
 * HRFLOW_API_KEY it starts an embedded HrFlow sandbox and first adds a few hundred generated jobs to its demo board,
 * so that the export goes through many pages.
 */
public final class BoardExportApplication {

    /** Generated jobs added to the sandbox's demo board: ten pages and more at HrFlow's default page size. */
    static final int SANDBOX_EXTRA_JOBS = 300;

    private BoardExportApplication() {
    }

    public static void main(String[] args) throws Exception {
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment()) {
            if (target.isSandbox()) {
                target.sandboxServer().seedJobs(target.boardKey(), SANDBOX_EXTRA_JOBS, 42);
            }
            System.out.println("Exporting board " + target.boardKey() + " of " + target.describe());
            BoardExport.Outcome outcome = BoardExport.run(target.properties());
            long lines;
            try (Stream<String> written = Files.lines(outcome.file())) {
                lines = written.count();
            }
            System.out.println("Done: " + lines + " jobs in " + outcome.file() + " (HrFlow announced "
                               + outcome.total() + ")");
        }
    }
}
