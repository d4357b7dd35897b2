package io.github.camelhrflow.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HrFlowSandboxMainTest {

    @Test
    void optionsConfigureTheSandbox() {
        HrFlowSandbox sandbox = HrFlowSandboxMain.parse(List.of("--port", "0", "--api-key", "ask_x",
                "--user-email", "me@example.com", "--no-default-seed")).build();

        assertEquals("ask_x", sandbox.apiKey());
        assertEquals("me@example.com", sandbox.userEmail());
        assertTrue(sandbox.store().boards().isEmpty());
    }

    @Test
    void helpAndBadOptions() {
        assertNull(HrFlowSandboxMain.parse(List.of("--help")));
        assertThrows(IllegalArgumentException.class, () -> HrFlowSandboxMain.parse(List.of("--bogus")));
        assertThrows(IllegalArgumentException.class, () -> HrFlowSandboxMain.parse(List.of("--port")));
        assertThrows(IllegalArgumentException.class, () -> HrFlowSandboxMain.parse(List.of("--port", "x")));
    }

    @Test
    void bannerShowsUrlCredentialsAndACurlLinePerBoard() {
        try (HrFlowSandbox sandbox = HrFlowSandboxMain.parse(List.of("--port", "0")).build().start()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HrFlowSandboxMain.printBanner(sandbox, new PrintStream(out, true, StandardCharsets.UTF_8));
            String banner = out.toString(StandardCharsets.UTF_8);

            assertTrue(banner.contains(sandbox.baseUrl()), banner);
            assertTrue(banner.contains(HrFlowSandbox.DEMO_API_KEY) && banner.contains(HrFlowSandbox.DEMO_USER_EMAIL), banner);
            for (Board board : sandbox.store().boards()) {
                assertTrue(banner.contains(sandbox.baseUrl() + "/job/indexing?board_key=" + board.key() + "&key="
                        + sandbox.jobKeys(board.key()).get(0)), board.name());
            }
        }
    }
}
