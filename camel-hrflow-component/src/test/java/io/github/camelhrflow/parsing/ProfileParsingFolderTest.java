package io.github.camelhrflow.parsing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plain {@code from("file:...")} route parses a folder concurrently: 200 CVs against a source that parses each in
 * 2 s take about 200 / maxConcurrentParsing x 2 s, not 400 s, every file once, and the threads stay few while the
 * files wait. Then the same file dropped again, and renamed, makes no second profile.
 */
class ProfileParsingFolderTest extends SandboxTestSupport {

    private static final int FILES = 200;
    private static final int CONCURRENT = 16;
    private static final Duration PARSE = Duration.ofSeconds(2);

    @TempDir
    Path inbox;

    @AfterEach
    void noDelay() {
        sandbox.parseDelay(Duration.ZERO);
    }

    private String route(String source, int concurrent) throws Exception {
        String uri = "hrflow:profile-parsing?sourceKey=" + source + "&maxConcurrentParsing=" + concurrent
                     + "&awaitInterval=200";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox + "?move=.done&moveFailed=.failed&initialDelay=0&delay=50")
                        .routeId("cvs").autoStartup(false)
                        .to(uri)
                        .to("mock:parsed");
            }
        });
        return uri;
    }

    private long count(String folder) throws Exception {
        Path dir = inbox.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    /** Live threads that belong to the component and Camel: the in-process sandbox's own are left out. */
    private static int ourThreads(ThreadMXBean threads) {
        return (int) Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds())).filter(Objects::nonNull)
                .map(ThreadInfo::getThreadName).filter(name -> !name.startsWith("hrflow-sandbox")).count();
    }

    @Test
    void aFolderOf200CvsIsParsedConcurrentlyWithFewThreads() throws Exception {
        String source = "f01de2000000000000000000000000000000a001";
        sandbox.addSource(source, "folder");
        sandbox.parseDelay(PARSE);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(inbox.resolve("cv-" + i + ".txt"), "Person " + i + "\nperson" + i + "@example.com\n");
        }
        String uri = route(source, CONCURRENT);
        HrFlowEndpoint endpoint = context.getEndpoint(uri, HrFlowEndpoint.class);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int before = ourThreads(threads);
        AtomicInteger peakThreads = new AtomicInteger(before);
        AtomicInteger peakInFlight = new AtomicInteger();

        long start = System.nanoTime();
        context.getRouteController().startRoute("cvs");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            peakThreads.accumulateAndGet(ourThreads(threads), Math::max);
            peakInFlight.accumulateAndGet(endpoint.getParsingGate().inFlight(), Math::max);
            return count(".done") + count(".failed") == FILES;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double ideal = (double) FILES / CONCURRENT * PARSE.toMillis() / 1000.0;
        System.out.printf("profile-parsing: %d CVs, parse %d ms each, maxConcurrentParsing=%d: %.1f s (ideal %.1f s,"
                          + " sequential %d s); threads %d before, peak %d; peak files in flight %d%n",
                FILES, PARSE.toMillis(), CONCURRENT, seconds, ideal, FILES * PARSE.toSeconds(), before,
                peakThreads.get(), peakInFlight.get());

        assertEquals(FILES, count(".done"), "every file parsed and moved to .done");
        assertEquals(0, count(".failed"));
        assertEquals(FILES, sandbox.store().profileCount(source), "one profile per file");
        assertEquals(FILES, sandbox.requestCount("POST", "/v1/profile/parsing/file"), "each file uploaded once");
        // and none was taken for another: a file found as existing (its reference found, or refused as used) would say so
        assertEquals(java.util.Collections.nCopies(FILES, "parsed"),
                getMockEndpoint("mock:parsed").getExchanges().stream()
                        .map(e -> e.getMessage().getHeader(HrFlowConstants.PARSING_RESULT, String.class)).toList(),
                "each file uploaded once");
        assertTrue(seconds <= ideal * 1.5, "within 1.5x of " + ideal + " s: " + seconds);
        assertEquals(CONCURRENT, peakInFlight.get(), "files were parsed maxConcurrentParsing at a time");
        // the waits hold no thread: a few workers and one scheduler, whatever the number of files in flight
        assertTrue(peakThreads.get() - before <= 8 + 6 && peakThreads.get() - before < CONCURRENT,
                "threads grew from " + before + " to " + peakThreads.get() + " with " + CONCURRENT + " in flight");
    }

    @Test
    void theSameFileAgainOrRenamedMakesNoSecondProfile() throws Exception {
        String source = "f01de2000000000000000000000000000000a002";
        sandbox.addSource(source, "twice");
        route(source, 4);
        getMockEndpoint("mock:parsed").expectedMessageCount(3);
        context.getRouteController().startRoute("cvs");
        String text = "Rae Twice\nrae@example.com\n";
        Files.writeString(inbox.resolve("rae.txt"), text);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(".done") == 1);
        Files.writeString(inbox.resolve("rae.txt"), text);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count(".done") == 1 && !Files.exists(inbox.resolve("rae.txt")));
        Files.writeString(inbox.resolve("rae (copy).txt"), text);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(".done") == 2);
        getMockEndpoint("mock:parsed").assertIsSatisfied();
        assertEquals(1, sandbox.store().profileCount(source), "one profile for one content");
        assertEquals(1, sandbox.requestCount("POST", "/v1/profile/parsing/file"), "one upload for one content");
        assertEquals(java.util.List.of("parsed", "existing", "existing"),
                getMockEndpoint("mock:parsed").getExchanges().stream()
                        .map(e -> e.getMessage().getHeader(HrFlowConstants.PARSING_RESULT, String.class)).toList());
    }
}
