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

import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.github.camelhrflow.client.HrFlowResource.JOB;
import static io.github.camelhrflow.client.HrFlowResource.PROFILE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof: HrFlow indexes writes asynchronously, so a version can be listed seconds after its {@code updated_at},
 * behind versions written later. Against a sandbox that lists each write up to {@value #MAX_LAG_MS} ms late (seeded,
 * per write) while a writer creates, edits and archives jobs in a board (or profiles in a source), a consumer with a
 * lookback above that delivers every version the listing showed for the whole of a poll, once; with
 * {@code lookback=0} the same churn loses versions. The runs go side by side, each with its own sandbox and
 * CamelContext, so the waits for the lag overlap.
 */
class HrFlowStoringConsumerIndexLagTest {

    private static final String BOARD = "1a9000000000000000000000000000000000beef";
    private static final String SOURCE = "1a9000000000000000000000000000000000f00d";
    private static final long MAX_LAG_MS = 8_000;
    private static final long LOOKBACK_MS = 10_000;
    private static final int OBJECTS = 200;

    @Test
    void withALookbackAboveTheLagEveryVersionListedLateIsDeliveredOnce() throws Exception {
        // jobs: 20 seeds in the long form (-Plong-proofs), 8 in the README's test command; profiles: 8 and 3
        List<Run> runs = new ArrayList<>();
        LongStream.rangeClosed(1, LongProofs.enabled() ? 20 : 8).forEach(seed -> runs.add(new Run(JOB, seed)));
        LongStream.rangeClosed(101, LongProofs.enabled() ? 108 : 103).forEach(seed -> runs.add(new Run(PROFILE, seed)));
        List<Outcome> outcomes = runSideBySide(runs, LOOKBACK_MS);
        for (Outcome outcome : outcomes) {
            assertNull(outcome.failure(), outcome.seed() + ": " + outcome.failure());
            SyncHarness.Report report = outcome.report();
            assertTrue(report.missing().isEmpty(), outcome.seed() + ": " + report);
            assertTrue(report.foreign().isEmpty(), outcome.seed() + ": " + report);
            assertEquals(0, report.duplicates(), outcome.seed() + ": " + report);
            assertTrue(report.required() >= OBJECTS, outcome.seed() + ": " + report);
        }
    }

    @Test
    void withoutLookbackTheSameChurnLosesVersionsListedLate() throws Exception {
        List<Outcome> outcomes = runSideBySide(List.of(new Run(JOB, 1), new Run(JOB, 2), new Run(JOB, 3)), 0);
        int missing = 0;
        for (Outcome outcome : outcomes) {
            assertNull(outcome.failure(), outcome.seed() + ": " + outcome.failure());
            missing += outcome.report().missing().size();
            assertEquals(0, outcome.report().duplicates(), outcome.seed() + ": " + outcome.report());
        }
        assertTrue(missing > 0, "lookback=0 lost nothing: the test would not tell the two apart");
    }

    /** One sync under lag: the objects it follows and the seed of their churn and lag. */
    record Run(HrFlowResource resource, long seed) {
        @Override
        public String toString() {
            return resource.noun() + " seed " + seed;
        }
    }

    /** What a run gave; {@code seed} names the run in assertion messages ("profile seed 102"). */
    record Outcome(Run seed, SyncHarness.Report report, Throwable failure) {
    }

    private static List<Outcome> runSideBySide(List<Run> all, long lookback) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(all.size());
        try {
            List<Future<Outcome>> runs = new ArrayList<>();
            for (Run run : all) {
                runs.add(pool.submit(() -> run(run, lookback)));
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

    private static Outcome run(Run run, long lookback) {
        HrFlowResource resource = run.resource();
        long seed = run.seed();
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).requestLogCapacity(200_000)
                .indexLag(Duration.ofMillis(MAX_LAG_MS)).indexLagSeed(seed).build().start()) {
            String storage = resource == JOB ? BOARD : SOURCE;
            SyncHarness harness = new SyncHarness(sandbox, resource, storage);
            List<String> keys = harness.seed("index lag", OBJECTS, seed);
            List<String> delivered = Collections.synchronizedList(new ArrayList<>());
            List<String> deliveredKeys = Collections.synchronizedList(new ArrayList<>());
            Set<String> distinct = ConcurrentHashMap.newKeySet();
            ChurnWriter writer =
                    new ChurnWriter(sandbox, resource, storage, seed, keys, () -> deliveredKeys).pauseMillis(40);
            CamelContext context = harness.newContext();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(harness.storingUri() + "&pageSize=50&delay=300&lookback=" + lookback + "&pollStrategy=#spans")
                            .process(e -> {
                                String version = e.getMessage().getHeader(resource.versionHeader(), String.class);
                                delivered.add(version);
                                distinct.add(version);
                                deliveredKeys.add(e.getMessage().getHeader(resource.keyHeader(), String.class));
                            });
                }
            });
            Thread writing = new Thread(writer, "lag-writer-" + resource.noun() + "-" + seed);
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
                    return new Outcome(run, null, writer.failure());
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
                System.out.printf("index lag %s seed=%d maxLag=%dms lookback=%dms writes=%d requests=%d %s%n",
                        resource.noun(), seed, MAX_LAG_MS, lookback, writer.writes(), harness.listings().size(),
                        report);
                return new Outcome(run, report, null);
            }
        } catch (Throwable e) {
            return new Outcome(run, null, e);
        }
    }
}
