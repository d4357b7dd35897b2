package io.github.camelhrflow.examples.jobtofile;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.examples.ExampleCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line alone: what each argument becomes, and what a wrong one answers (nothing is run). */
class JobToFileCommandLineTest {

    @Test
    void jobsFilesAndOutputAreReadInAnyOrder() {
        JobToFileApplication app = new JobToFileApplication();
        new CommandLine(app).parseArgs("k1", "--output", "out", "ref:DEMO-1", "--input", "a.txt", "--input", "b.txt");

        assertEquals(List.of(new JobRequest("k1", null), new JobRequest(null, "DEMO-1")), app.jobs);
        assertEquals(List.of(Path.of("a.txt"), Path.of("b.txt")), app.inputs);
        assertEquals(Path.of("out"), app.output);
    }

    @Test
    void nothingGivenMeansTheDefaultDirectoryAndNoJob() {
        JobToFileApplication app = new JobToFileApplication();
        new CommandLine(app).parseArgs();

        assertEquals(Path.of("hrflow-jobs"), app.output);
        assertTrue(app.jobs.isEmpty());
    }

    @Test
    void helpNamesEveryArgument() {
        StringWriter out = new StringWriter();
        int code = ExampleCommand.commandLine(new JobToFileApplication()).setOut(new PrintWriter(out))
                .execute("--help");

        assertEquals(0, code);
        for (String argument : List.of("KEY | ref:REFERENCE", "--input=FILE", "--output=DIR", "hrflow-jobs",
                "HRFLOW_API_KEY")) {
            assertTrue(out.toString().contains(argument), argument + " in " + out);
        }
    }

    @Test
    void aWrongArgumentIsAUsageErrorThatSaysWhatIsWrong() {
        Map<List<String>, String> answers = Map.of(
                List.of("--outptu", "x"), "Unknown option: '--outptu'",
                List.of(" "), "Unmatched argument at index 0: ' '",
                List.of("--output"), "Missing required parameter for option '--output' (DIR)");
        answers.forEach((args, message) -> {
            StringWriter err = new StringWriter();
            int code = ExampleCommand.commandLine(new JobToFileApplication()).setErr(new PrintWriter(err))
                    .execute(args.toArray(String[]::new));

            assertEquals(2, code, args.toString());
            assertTrue(err.toString().contains(message), args + ": " + err);
        });
    }
}
