package io.github.camelhrflow.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof 1: while a writer creates, edits and archives jobs (bursts inside one second, edits to pages already read),
 * the consumer delivers every version a poll was required to see, once.
 */
class HrFlowStoringConsumerChurnTest {

    private static final String BOARD = "c0ffee0000000000000000000000000000000001";

    static Stream<Arguments> seeds() {
        // one seed runs the full 5,000-job board; the others a smaller one, to keep the run short
        if (System.getProperty("churn.seed") != null) {
            long only = Long.getLong("churn.seed");
            return Stream.of(Arguments.of(only, only == 1 ? 5_000 : only == 21 ? 1_000 : 300,
                    only == 1 ? 100 : only == 21 ? 50 : 20, only != 21));
        }
        Stream<Arguments> full = Stream.of(Arguments.of(1L, 5_000, 100, true));
        // 19 small seeds in the long form (-Plong-proofs), 6 in the README's test command
        Stream<Arguments> small = LongStream.rangeClosed(2, LongProofs.enabled() ? 20 : 7)
                .mapToObj(seed -> Arguments.of(seed, 300, 20, true));
        Stream<Arguments> leaving = Stream.of(Arguments.of(21L, 1_000, 50, false));
        return Stream.concat(Stream.concat(full, small), leaving);
    }

    @ParameterizedTest(name = "seed {0}: {1} jobs, pageSize {2}, archived listed {3}")
    @MethodSource("seeds")
    void deliversEveryRequiredVersionOnceUnderChurn(long seed, int jobs, int pageSize, boolean listArchived)
            throws Exception {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).listArchived(listArchived)
                .requestLogCapacity(1_000_000).build().start()) {
            sandbox.addBoard(BOARD, "churn");
            List<String> keys = sandbox.seedJobs(BOARD, jobs, seed);
            SyncHarness harness = new SyncHarness(sandbox, BOARD);
            List<String> delivered = Collections.synchronizedList(new ArrayList<>());
            List<String> deliveredKeys = Collections.synchronizedList(new ArrayList<>());
            Set<String> distinct = ConcurrentHashMap.newKeySet();
            ChurnWriter writer = new ChurnWriter(sandbox, BOARD, seed, keys, () -> deliveredKeys)
                    .pauseMillis(jobs > 1_000 ? 4 : 1);
            CamelContext context = harness.newContext();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("hrflow:job-storing?boardKey=" + BOARD + "&pageSize=" + pageSize
                         + "&delay=10&pollStrategy=#spans")
                            .process(e -> {
                                String version = e.getMessage().getHeader(HrFlowConstants.JOB_VERSION, String.class);
                                delivered.add(version);
                                distinct.add(version);
                                deliveredKeys.add(e.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class));
                            });
                }
            });
            Thread writing = new Thread(writer, "churn-writer-" + seed);
            long started = System.nanoTime();
            try (context) {
                context.start();
                writing.start();
                try {
                    // churn through the first full sync and a few polls after it
                    await().atMost(Duration.ofSeconds(60)).until(() -> delivered.size() >= jobs * 9 / 10);
                    int polls = harness.spans().count();
                    await().atMost(Duration.ofSeconds(30)).until(() -> harness.spans().count() >= polls + 3);
                } finally {
                    writer.stop();
                    writing.join();
                }
                assertNull(writer.failure(), "seed " + seed + ": the writer failed");
                // caught up: every current version delivered, then one more poll that found nothing
                try {
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> distinct.containsAll(harness.currentVisible(listArchived)));
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    Set<String> owed = new java.util.TreeSet<>(harness.currentVisible(listArchived));
                    owed.removeAll(distinct);
                    throw new AssertionError("seed " + seed + ": not caught up, " + owed.size() + " current versions"
                                             + " never delivered: " + owed.stream().limit(3)
                                                     .map(v -> harness.explain(v, List.copyOf(delivered))).toList(),
                            e);
                }
                int polls = harness.spans().count();
                await().atMost(Duration.ofSeconds(10)).until(() -> harness.spans().count() >= polls + 2);
                context.stop();

                SyncHarness.Report report;
                synchronized (delivered) {
                    report = harness.truth(listArchived).compare(List.copyOf(delivered));
                }
                System.out.printf("churn seed=%d jobs=%d pageSize=%d listArchived=%s writes=%d bursts=%d requests=%d"
                                  + " %s time=%dms%n",
                        seed, jobs, pageSize, listArchived, writer.writes(), writer.bursts(), harness.listings().size(),
                        report, (System.nanoTime() - started) / 1_000_000);
                assertTrue(report.missing().isEmpty(), "seed " + seed + ": " + report + "\n"
                                                       + report.missing().stream().limit(3)
                                                               .map(v -> harness.explain(v, delivered)).toList());
                assertTrue(report.foreign().isEmpty(), "seed " + seed + ": " + report);
                assertEquals(0, report.duplicates(), "seed " + seed + ": " + report);
                assertTrue(report.required() >= jobs * 9 / 10, "seed " + seed + ": " + report);
            }
        }
    }
}
