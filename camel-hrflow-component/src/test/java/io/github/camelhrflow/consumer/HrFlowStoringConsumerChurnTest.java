package io.github.camelhrflow.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelhrflow.client.HrFlowResource.JOB;
import static io.github.camelhrflow.client.HrFlowResource.PROFILE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof 1: while a writer creates, edits and archives jobs of a board or profiles of a source (bursts inside one
 * second, edits to pages already read), the consumer delivers every version a poll was required to see, once. The jobs
 * run the many seeds; the profiles a few, over the same consumer and harness. {@code -Dchurn.seed=N} runs seed N alone:
 * a profile seed (101 to 104) as a profile, any other as a job.
 */
class HrFlowStoringConsumerChurnTest {

    private static final String BOARD = "c0ffee0000000000000000000000000000000001";
    private static final String SOURCE = "c0ffee0000000000000000000000000000000002";

    static Stream<Arguments> seeds() {
        // one job seed runs the full 5,000-job board; the others a smaller one, to keep the run short
        Stream<Arguments> full = Stream.of(Arguments.of(JOB, 1L, 5_000, 100, true));
        // 19 small seeds in the long form (-Plong-proofs), 6 in the README's test command
        Stream<Arguments> small = LongStream.rangeClosed(2, LongProofs.enabled() ? 20 : 7)
                .mapToObj(seed -> Arguments.of(JOB, seed, 300, 20, true));
        Stream<Arguments> leaving = Stream.of(Arguments.of(JOB, 21L, 1_000, 50, false));
        Stream<Arguments> profiles = LongStream.rangeClosed(101, 103)
                .mapToObj(seed -> Arguments.of(PROFILE, seed, 300, 20, true));
        Stream<Arguments> profilesLeaving = Stream.of(Arguments.of(PROFILE, 104L, 300, 25, false));
        List<Arguments> all = Stream.of(full, small, leaving, profiles, profilesLeaving).flatMap(s -> s).toList();
        if (System.getProperty("churn.seed") == null) {
            return all.stream();
        }
        long only = Long.getLong("churn.seed");
        // a seed of the list runs as listed; any other as a small job board
        return Stream.of(all.stream().filter(arguments -> (long) arguments.get()[1] == only).findFirst()
                .orElse(Arguments.of(JOB, only, 300, 20, true)));
    }

    @ParameterizedTest(name = "{0} seed {1}: {2} objects, pageSize {3}, archived listed {4}")
    @MethodSource("seeds")
    void deliversEveryRequiredVersionOnceUnderChurn(HrFlowResource resource, long seed, int count, int pageSize,
                                                    boolean listArchived)
            throws Exception {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).listArchived(listArchived)
                .requestLogCapacity(1_000_000).build().start()) {
            String storage = resource == JOB ? BOARD : SOURCE;
            SyncHarness harness = new SyncHarness(sandbox, resource, storage);
            List<String> keys = harness.seed("churn", count, seed);
            List<String> delivered = Collections.synchronizedList(new ArrayList<>());
            List<String> deliveredKeys = Collections.synchronizedList(new ArrayList<>());
            Set<String> distinct = ConcurrentHashMap.newKeySet();
            ChurnWriter writer = new ChurnWriter(sandbox, resource, storage, seed, keys, () -> deliveredKeys)
                    .pauseMillis(count > 1_000 ? 4 : 1);
            CamelContext context = harness.newContext();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(harness.storingUri() + "&pageSize=" + pageSize + "&delay=10&pollStrategy=#spans")
                            .process(e -> {
                                String version = e.getMessage().getHeader(resource.versionHeader(), String.class);
                                delivered.add(version);
                                distinct.add(version);
                                deliveredKeys.add(e.getMessage().getHeader(resource.keyHeader(), String.class));
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
                    await().atMost(Duration.ofSeconds(60)).until(() -> delivered.size() >= count * 9 / 10);
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
                } catch (ConditionTimeoutException e) {
                    Set<String> owed = new TreeSet<>(harness.currentVisible(listArchived));
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
                System.out.printf("%s churn seed=%d count=%d pageSize=%d listArchived=%s writes=%d bursts=%d"
                                  + " requests=%d %s time=%dms%n",
                        resource.noun(), seed, count, pageSize, listArchived, writer.writes(), writer.bursts(),
                        harness.listings().size(), report, (System.nanoTime() - started) / 1_000_000);
                assertTrue(report.missing().isEmpty(), "seed " + seed + ": " + report + "\n"
                                                       + report.missing().stream().limit(3)
                                                               .map(v -> harness.explain(v, delivered)).toList());
                assertTrue(report.foreign().isEmpty(), "seed " + seed + ": " + report);
                assertEquals(0, report.duplicates(), "seed " + seed + ": " + report);
                assertTrue(report.required() >= count * 9 / 10, "seed " + seed + ": " + report);
            }
        }
    }
}
