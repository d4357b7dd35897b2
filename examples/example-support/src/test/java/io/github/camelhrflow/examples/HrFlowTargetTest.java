package io.github.camelhrflow.examples;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HrFlowTargetTest {

    @Test
    void withoutApiKeyStartsASandboxAndPointsTheComponentAtIt() {
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment(Map.of())) {
            assertTrue(target.isSandbox());
            Properties properties = target.properties();
            assertEquals(target.sandboxServer().baseUrl(), properties.getProperty("camel.component.hrflow.base-url"));
            assertEquals(target.boardKey(), properties.getProperty("hrflow.board"));
            assertFalse(target.demoJobKeys().isEmpty());
        }
    }

    @Test
    void withCredentialsUsesTheRealApiThroughPlaceholders() {
        Map<String, String> environment = Map.of("HRFLOW_API_KEY", "askr_real_secret", "HRFLOW_USER_EMAIL",
                "me@example.com", "HRFLOW_BOARD_KEY", "board-1");
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment(environment)) {
            Properties properties = target.properties();
            assertFalse(target.isSandbox());
            assertEquals("{{env:HRFLOW_API_KEY}}", properties.getProperty("camel.component.hrflow.api-key"));
            assertNull(properties.getProperty("camel.component.hrflow.base-url"), "the default HrFlow URL applies");
            assertEquals("board-1", properties.getProperty("hrflow.board"));
            assertFalse(properties.toString().contains("askr_real_secret"));
            assertFalse(target.describe().contains("askr_real_secret"));
        }
    }

    @Test
    void halfConfiguredEnvironmentIsRejectedWithWhatIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HrFlowTarget.fromEnvironment(Map.of("HRFLOW_API_KEY", "askr_x")));
        assertTrue(e.getMessage().contains("HRFLOW_USER_EMAIL"), e.getMessage());
        assertFalse(e.getMessage().contains("askr_x"));
    }
}
