package io.github.camelhrflow.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof: HrFlow indexes writes asynchronously, so a version can be listed seconds after its {@code updated_at},
 * behind versions written later. Against a sandbox that lists each write up to {@value #MAX_LAG_MS} ms late (seeded,
 * per write) while a writer creates, edits and archives jobs, a consumer with a lookback above that delivers every
 * version the listing showed for the whole of a poll, once; with {@code lookback=0} the same churn loses versions.
 * The seeds run side by side, each with its own sandbox and CamelContext, so the waits for the lag overlap.
 */
class HrFlowStoringConsumerIndexLagTest {

    private static final String BOARD = "1a9000000000000000000000000000000000beef";
    private static final long MAX_LAG_MS = 8_000;
    private static final long LOOKBACK_MS = 10_000;
    private static final int JOBS = 200;

    @Test
    void withALookbackAboveTheLagEveryVersionListedLateIsDeliveredOnce() throws Exception {
        // 20 seeds in the long form (-Plong-proofs), 8 in the README's test command
        List<Outcome> outcomes =
                runSideBySide(LongStream.rangeClosed(1, LongProofs.enabled() ? 20 : 8).boxed().toList(), LOOKBACK_MS);
        for (Outcome outcome : outcomes) {
            assertNull(outcome.failure(), "seed " + outcome.seed() + ": " + outcome.failure());
            SyncHarness.Report report = outcome.report();
            assertTrue(report.missing().isEmpty(), "seed " + outcome.seed() + ": " + report);
            assertTrue(report.foreign().isEmpty(), "seed " + outcome.seed() + ": " + report);
            assertEquals(0, report.duplicates(), "seed " + outcome.seed() + ": " + report);
            assertTrue(report.required() >= JOBS, "seed " + outcome.seed() + ": " + report);
        }
    }

    @Test
    void withoutLookbackTheSameChurnLosesVersionsListedLate() throws Exception {
        List<Outcome> outcomes = runSideBySide(List.of(1L, 2L, 3L), 0);
        int missing = 0;
        for (Outcome outcome : outcomes) {
            assertNull(outcome.failure(), "seed " + outcome.seed() + ": " + outcome.failure());
            missing += outcome.report().missing().size();
            assertEquals(0, outcome.report().duplicates(), "seed " + outcome.seed() + ": " + outcome.report());
        }
        assertTrue(missing > 0, "lookback=0 lost nothing: the test would not tell the two apart");
    }

    record Outcome(long seed, SyncHarness.Report report, Throwable failure) {
    }

    private static List<Outcome> runSideBySide(List<Long> seeds, long lookback) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(seeds.size());
        try {
            List<Future<Outcome>> runs = new ArrayList<>();
            for (long seed : seeds) {
                runs.add(pool.submit(() -> run(seed, lookback)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> run : runs) {
                outcomes.add(run.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome run(long seed, long lookback) {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).requestLogCapacity(200_000)
                .indexLag(Duration.ofMillis(MAX_LAG_MS)).indexLagSeed(seed).build().start()) {
            sandbox.addBoard(BOARD, "index lag");
            List<String> keys = sandbox.seedJobs(BOARD, JOBS, seed);
            SyncHarness harness = new SyncHarness(sandbox, BOARD);
            List<String> delivered = Collections.synchronizedList(new ArrayList<>());
            List<String> deliveredKeys = Collections.synchronizedList(new ArrayList<>());
            Set<String> distinct = ConcurrentHashMap.newKeySet();
            ChurnWriter writer = new ChurnWriter(sandbox, BOARD, seed, keys, () -> deliveredKeys).pauseMillis(40);
            CamelContext context = harness.newContext();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("hrflow:job-storing?boardKey=" + BOARD + "&pageSize=50&delay=300&lookback=" + lookback
                         + "&pollStrategy=#spans")
                            .process(e -> {
                                String version = e.getMessage().getHeader(HrFlowConstants.JOB_VERSION, String.class);
                                delivered.add(version);
                                distinct.add(version);
                                deliveredKeys.add(e.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class));
                            });
                }
            });
            Thread writing = new Thread(writer, "lag-writer-" + seed);
            try (context) {
                context.start();
                writing.start();
                try {
                    Thread.sleep(12_000);
                } finally {
                    writer.stop();
                    writing.join();
                }
                if (writer.failure() != null) {
                    return new Outcome(seed, null, writer.failure());
                }
                // every write listed by now, then caught up and one more poll that found nothing new
                Thread.sleep(MAX_LAG_MS);
                if (lookback > 0) {
                    await().atMost(Duration.ofSeconds(60))
                            .until(() -> distinct.containsAll(harness.currentVisible(true)));
                }
                int polls = harness.spans().count();
                await().atMost(Duration.ofSeconds(20)).until(() -> harness.spans().count() >= polls + 2);
                context.stop();
                SyncHarness.Report report;
                synchronized (delivered) {
                    report = harness.truth(true).compare(List.copyOf(delivered));
                }
                System.out.printf("index lag seed=%d maxLag=%dms lookback=%dms writes=%d requests=%d %s%n", seed,
                        MAX_LAG_MS, lookback, writer.writes(), harness.listings().size(), report);
                return new Outcome(seed, report, null);
            }
        } catch (Throwable e) {
            return new Outcome(seed, null, e);
        }
    }
}
