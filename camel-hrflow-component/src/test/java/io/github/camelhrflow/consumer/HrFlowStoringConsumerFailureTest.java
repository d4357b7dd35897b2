package io.github.camelhrflow.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof 2: 2% of job versions fail in the route (half of them once, redelivered by Camel; half every time, to the
 * dead letter channel, which itself fails the first time so that the consumer delivers them again) and 5% of HrFlow's
 * answers are 500, 503 or 429, while a writer changes the board.
 */
class HrFlowStoringConsumerFailureTest {

    private static final String BOARD = "c0ffee0000000000000000000000000000000004";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 101, 102, 103 })
    void losesNothingAndDuplicatesOnlyFailedExchanges(long seed) throws Exception {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).faultSeed(seed)
                .requestLogCapacity(1_000_000).build().start()) {
            sandbox.addBoard(BOARD, "failures");
            List<String> keys = sandbox.seedJobs(BOARD, 500, seed);
            SyncHarness harness = new SyncHarness(sandbox, BOARD);
            List<String> raw = Collections.synchronizedList(new ArrayList<>());
            List<String> done = Collections.synchronizedList(new ArrayList<>());
            List<String> dead = Collections.synchronizedList(new ArrayList<>());
            Set<String> failedAtConsumer = ConcurrentHashMap.newKeySet();
            Map<String, Integer> attempts = new ConcurrentHashMap<>();
            List<String> deliveredKeys = Collections.synchronizedList(new ArrayList<>());
            CamelContext context = harness.newContext();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("hrflow:job-storing?boardKey=" + BOARD + "&pageSize=40&delay=10&pollStrategy=#spans")
                            .routeId("sync").errorHandler(noErrorHandler())
                            .process(e -> {
                                raw.add(version(e));
                                deliveredKeys.add(e.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class));
                            })
                            .idempotentConsumer(header(HrFlowConstants.JOB_VERSION),
                                    MemoryIdempotentRepository.memoryIdempotentRepository(1_000_000))
                            .process(e -> {
                                // the exchange fails the first time: the consumer delivers it again next poll
                                String version = version(e);
                                if (kind(version, seed) == 2 && failedAtConsumer.add(version)) {
                                    throw new IllegalStateException("consumer-level failure for " + version);
                                }
                            })
                            .to("direct:work");
                    from("direct:work").routeId("work")
                            .errorHandler(deadLetterChannel("direct:dead").maximumRedeliveries(2).redeliveryDelay(0))
                            .process(e -> {
                                String version = version(e);
                                int attempt = attempts.merge(version, 1, Integer::sum);
                                // fails once (Camel redelivers it) or every time (to the dead letter)
                                int kind = kind(version, seed);
                                if (kind == 0 && attempt == 1 || kind == 1) {
                                    throw new IllegalStateException("route failure for " + version);
                                }
                            })
                            .process(e -> done.add(version(e)));
                    from("direct:dead").process(e -> dead.add(version(e)));
                }
            });
            sandbox.faults().seed(seed).serverErrorRate(0.03).throttleRate(0.02).retryAfterSeconds(0);
            ChurnWriter writer = new ChurnWriter(sandbox, BOARD, seed, keys, () -> deliveredKeys);
            Thread writing = new Thread(writer, "failure-writer-" + seed);
            int listingsWithFaults = 0;
            context.start();
            writing.start();
            try (context) {
                await().atMost(Duration.ofSeconds(60)).until(() -> new HashSet<>(List.copyOf(raw)).size() >= 500);
                int polls = harness.spans().count();
                await().atMost(Duration.ofSeconds(30)).until(() -> harness.spans().count() >= polls + 3);
                // faults fall on requests at random: a fast first sync may make too few listings to meet one, and the
                // proof is about a sync that met them
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> harness.listings().stream().anyMatch(r -> r.status() != 200));
                writer.stop();
                writing.join();
                assertNull(writer.failure(), "seed " + seed + ": the writer failed");
                // the fault rate is only meaningful over the listings made while faults were on
                listingsWithFaults = harness.listings().size();
                sandbox.faults().clear();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    Set<String> handled = new HashSet<>(List.copyOf(done));
                    handled.addAll(List.copyOf(dead));
                    return handled.containsAll(harness.currentVisible(true));
                });
                int settled = harness.spans().count();
                await().atMost(Duration.ofSeconds(10)).until(() -> harness.spans().count() >= settled + 2);
            } finally {
                writer.stop();
                writing.join();
            }

            Set<String> handled = new HashSet<>(List.copyOf(done));
            handled.addAll(List.copyOf(dead));
            SyncHarness.Report report = harness.truth(true).compare(List.copyOf(handled));
            Map<String, Integer> rawCounts = new HashMap<>();
            raw.forEach(v -> rawCounts.merge(v, 1, Integer::sum));
            int rawDuplicates = raw.size() - rawCounts.size();
            Set<String> duplicated = new HashSet<>();
            rawCounts.forEach((v, n) -> {
                if (n > 1) {
                    duplicated.add(v);
                }
            });
            List<RecordedRequest> faulty = harness.listings().subList(0, listingsWithFaults);
            long faults = faulty.stream().filter(r -> r.status() != 200).count();
            System.out.printf("failures seed=%d exchanges=%d versions=%d routeFailures=%d deadLetters=%d"
                              + " failedAtConsumer=%d rawDuplicates=%d doneDuplicates=%d hrflowFaults=%d/%d"
                              + " writes=%d %s%n",
                    seed, raw.size(), rawCounts.size(),
                    attempts.values().stream().filter(n -> n > 1).count(), new HashSet<>(List.copyOf(dead)).size(),
                    failedAtConsumer.size(), rawDuplicates, done.size() - new HashSet<>(List.copyOf(done)).size(),
                    faults,
                    faulty.size(), writer.writes(), report);
            String context1 = "seed " + seed + ": " + report;
            assertTrue(report.missing().isEmpty(), context1);
            assertTrue(report.foreign().isEmpty(), context1);
            assertTrue(faults > 0, context1);
            assertTrue(new HashSet<>(List.copyOf(dead)).size() > 0, context1);
            assertTrue(failedAtConsumer.size() > 0, context1);
            // the consumer brings again only what failed in the route
            assertTrue(failedAtConsumer.containsAll(duplicated), context1 + " duplicated " + duplicated);
            assertTrue(rawDuplicates <= failedAtConsumer.size(), context1);
            // after the idempotent consumer: each version once, either done or dead-lettered
            assertEquals(new HashSet<>(List.copyOf(done)).size(), done.size(), context1);
            Set<String> both = new HashSet<>(List.copyOf(done));
            both.retainAll(dead);
            assertEquals(Set.of(), both, context1);
            assertEquals(new HashSet<>(List.copyOf(dead)).size(), dead.size(), context1);
        }
    }

    /** 0, 1, 2: the three ways a version fails, 2% of versions in all (seeded by the version and the seed). */
    private static int kind(String version, long seed) {
        return Math.floorMod((version + seed).hashCode(), 150);
    }

    private static String version(Exchange e) {
        return e.getMessage().getHeader(HrFlowConstants.JOB_VERSION, String.class);
    }
}
