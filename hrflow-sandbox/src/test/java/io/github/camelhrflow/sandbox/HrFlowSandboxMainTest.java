package io.github.camelhrflow.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    void jobsAndIndexLagOptions() {
        HrFlowSandbox demo = HrFlowSandboxMain.parse(List.of("--jobs", "300", "--index-lag-ms", "750",
                "--index-lag-seed", "3")).build();
        assertEquals(5 + 300, demo.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).size());
        assertEquals(java.time.Duration.ofMillis(750), demo.indexLag());

        String board = "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b";
        List<String> args = List.of("--no-default-seed", "--board", board, "--jobs", "40", "--jobs-seed", "8");
        HrFlowSandbox first = HrFlowSandboxMain.parse(args).build();
        assertEquals(40, first.jobKeys(board).size());
        assertEquals("generated", first.store().board(board).orElseThrow().name());
        assertEquals(first.jobKeys(board), HrFlowSandboxMain.parse(args).build().jobKeys(board), "same seed");
        assertEquals(java.time.Duration.ZERO, first.indexLag());

        assertThrows(IllegalArgumentException.class, () -> HrFlowSandboxMain.parse(List.of("--jobs", "-1")));
        assertThrows(IllegalArgumentException.class, () -> HrFlowSandboxMain.parse(List.of("--index-lag-ms", "x")));
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
            assertTrue(banner.contains(HrFlowSandbox.DEMO_API_KEY) && banner.contains(HrFlowSandbox.DEMO_USER_EMAIL),
                    banner);
            for (Board board : sandbox.store().boards()) {
                assertTrue(banner.contains(sandbox.baseUrl() + "/job/indexing?board_key=" + board.key() + "&key="
                                           + sandbox.jobKeys(board.key()).get(0)),
                        board.name());
            }
        }
    }

    @Test
    void bannerListsEveryBoardsJobKeysAndReferences() {
        try (HrFlowSandbox sandbox = HrFlowSandboxMain.parse(List.of("--port", "0")).build().start()) {
            String banner = banner(sandbox);

            for (Board board : sandbox.store().boards()) {
                for (String key : sandbox.jobKeys(board.key())) {
                    String reference =
                            sandbox.store().jobByKey(board.key(), key).orElseThrow().path("reference").asText("(none)");
                    assertTrue(
                            banner.contains(
                                    "job " + key + "  reference " + (reference.equals("null") ? "(none)" : reference)),
                            board.name() + " " + key + "\n" + banner);
                }
            }
            assertTrue(banner.contains("reference DEMO-UX-007  (archived)"), banner);
        }
    }

    /** The banner's curl lines run in order against the sandbox, and the README shows only lines the banner prints. */
    @Test
    void everyCurlLineOfTheBannerAndOfTheReadmeWorks() throws Exception {
        assumeTrue(new File("/usr/bin/curl").canExecute() || new File("/bin/curl").canExecute(), "needs curl");
        try (HrFlowSandbox sandbox = HrFlowSandboxMain.parse(List.of("--port", "0")).build().start()) {
            List<String> lines =
                    banner(sandbox).lines().map(String::strip).filter(line -> line.startsWith("curl ")).toList();
            List<String> readme = Files.readAllLines(Path.of("README.md")).stream()
                    .filter(line -> line.startsWith("curl ")).toList();

            assertEquals(13, readme.size(), readme.toString());
            for (String line : readme) {
                String here = line.replace("http://127.0.0.1:" + HrFlowSandboxMain.DEFAULT_PORT, sandbox.rootUrl());
                assertTrue(lines.contains(here), "README line not printed by the banner: " + line);
            }
            assertTrue(lines.stream().anyMatch(line -> line.contains("-X PATCH")), lines.toString());
            for (String line : lines) {
                Process curl = new ProcessBuilder("bash", "-c", line + " -w '\\n%{http_code}'")
                        .redirectErrorStream(true).start();
                String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, curl.waitFor(), output);
                String status = output.substring(output.lastIndexOf('\n') + 1);
                assertTrue(status.startsWith("2"), line + "\n" + output);
                SandboxClient.json(output.substring(0, output.lastIndexOf('\n')));
            }
            JsonNode archived = sandbox.store()
                    .jobByReference(HrFlowSandbox.DEMO_BOARD_KEY, CurlLines.EXAMPLE_REFERENCE).orElseThrow();
            assertEquals("Senior Data Engineer", archived.get("name").asText());
            assertTrue(archived.get("archived_at").isTextual());
        }
    }

    private static String banner(HrFlowSandbox sandbox) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HrFlowSandboxMain.printBanner(sandbox, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
