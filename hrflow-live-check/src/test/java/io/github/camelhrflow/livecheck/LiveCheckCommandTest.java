package io.github.camelhrflow.livecheck;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveCheckCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(Map<String, String> environment, String... args) {
        CommandLine commandLine = LiveCheckCommand.commandLine(new LiveCheckCommand(environment))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void withoutCredentialsItSaysHowToRunItAndFails() {
        assertEquals(1, run(Map.of("HRFLOW_API_KEY", "ask_half_set_secret"), "--out", dir.toString()));
        String message = err.toString();
        for (String text : new String[] { "HRFLOW_USER_EMAIL", "HRFLOW_SCRATCH_BOARD_KEY", "--sandbox" }) {
            assertTrue(message.contains(text), text + " in " + message);
        }
        assertFalse(message.contains("ask_half_set_secret"), message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
        assertEquals("", out.toString());
    }

    @Test
    void helpNamesTheEnvironmentAndTheOptions() {
        assertEquals(0, run(Map.of(), "--help"));
        for (String text : new String[] { "--out", "--sandbox", "--board", "--max-wait", "HRFLOW_SCRATCH_BOARD_KEY",
                "camel-hrflow-live-check-" }) {
            assertTrue(out.toString().contains(text), text + " in " + out);
        }
    }

    @Test
    void againstTheSandboxItPrintsOneLinePerAssumption() {
        int code = run(Map.of(), "--sandbox", "--out", dir.toString(), "--poll-interval", "100", "--max-wait", "10");

        String printed = out.toString();
        assertEquals(0, code, printed + err);
        assertTrue(printed.startsWith("Live check of embedded HrFlow sandbox at http://127.0.0.1:"), printed);
        for (String assumption : LiveCheck.ASSUMPTIONS) {
            assertTrue(printed.lines().anyMatch(line -> line.startsWith(assumption + " ")),
                    assumption + " in " + printed);
        }
        assertTrue(printed.contains(" 0 differ, "), printed);
        assertTrue(printed.contains("Jobs created: 6, archived: 6."), printed);
    }
}
