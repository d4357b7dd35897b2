package io.github.camelhrflow.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExampleCommandTest {

    /** An example as the real ones are written; what it does on a run is chosen by the test. */
    @Command(name = "demo", description = "does what the test asks")
    static final class Demo extends ExampleCommand {

        @Parameters(paramLabel = "KEY", description = "a key")
        List<String> keys = new ArrayList<>();

        @Option(names = "--count", paramLabel = "N", description = "how many")
        int count;

        RuntimeException failure;
        int code;

        @Override
        public Integer call() {
            if (failure != null) {
                throw failure;
            }
            return code;
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Demo demo, String... args) {
        return ExampleCommand.commandLine(demo).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void argumentsReachTheCommandAndItsCodeIsTheExitCode() {
        Demo demo = new Demo();
        demo.code = 1;

        assertEquals(1, run(demo, "k1", "--count", "3", "k2"));
        assertEquals(List.of("k1", "k2"), demo.keys);
        assertEquals(3, demo.count);
    }

    @Test
    void helpShowsTheArgumentsAndTheSharedFooterWithoutRunning() {
        Demo demo = new Demo();
        demo.failure = new IllegalStateException("must not run");

        assertEquals(0, run(demo, "--help"));
        for (String text : List.of("Usage: demo", "does what the test asks", "[KEY...]", "--count=N", "HRFLOW_API_KEY",
                "-Dname=value")) {
            assertTrue(out.toString().contains(text), text + " in " + out);
        }
    }

    @Test
    void aBadValueIsAUsageErrorNamingIt() {
        assertEquals(2, run(new Demo(), "--count", "three"));
        assertTrue(err.toString().contains("'three' is not an int"), err.toString());
        assertTrue(err.toString().contains("Usage: demo"), err.toString());
    }

    @Test
    void aSetUpErrorIsItsMessageWithoutAStackTrace() {
        Demo demo = new Demo();
        demo.failure = new IllegalArgumentException("No job key given: pass the keys of jobs of board b1");

        assertEquals(1, run(demo));
        assertTrue(err.toString().contains("No job key given: pass the keys of jobs of board b1"), err.toString());
        assertTrue(err.toString().contains("--help"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void anyOtherFailureIsABugAndKeepsItsTrace() {
        Demo demo = new Demo();
        demo.failure = new UnsupportedOperationException("a bug");
        CommandLine commandLine = ExampleCommand.commandLine(demo).setErr(new PrintWriter(err));
        // picocli's default for what the handler passes on: the trace on stderr, exit code 1
        assertEquals(1, commandLine.execute());
        assertTrue(err.toString().contains("UnsupportedOperationException: a bug"), err.toString());
        assertTrue(err.toString().contains("\tat "), err.toString());
    }
}
