package io.github.camelhrflow.examples;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobKeysTest {

    private static final Map<String, String> REAL_API = Map.of("HRFLOW_API_KEY", "askr_real_secret",
            "HRFLOW_USER_EMAIL", "me@example.com", "HRFLOW_BOARD_KEY", "board-1");

    @Test
    void givenKeysWinTrimmedAndWithoutBlanks() {
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment(REAL_API)) {
            assertEquals(List.of("k1", "k2"), JobKeys.fromArguments(List.of(" k1 ", "", "k2"), target));
        }
    }

    @Test
    void noKeysOnTheSandboxMeansItsDemoBoard() {
        try (HrFlowTarget target = HrFlowTarget.sandbox()) {
            List<String> keys = JobKeys.fromArguments(List.of(), target);
            assertFalse(keys.isEmpty());
            assertEquals(target.demoJobKeys(), keys);
        }
    }

    @Test
    void noKeysForTheRealApiIsAnErrorThatNamesTheBoard() {
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment(REAL_API)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> JobKeys.fromArguments(List.of(" "), target));
            assertTrue(e.getMessage().contains("board-1"), e.getMessage());
        }
    }
}
