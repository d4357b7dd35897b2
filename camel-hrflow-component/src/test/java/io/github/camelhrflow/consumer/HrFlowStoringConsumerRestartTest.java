package io.github.camelhrflow.consumer;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof 3: the CamelContext is stopped at random points of a sync and a new one started on the same
 * {@link FileStateRepository} file; what all of them delivered together misses nothing.
 */
class HrFlowStoringConsumerRestartTest {

    /** Every seed in the long form (-Plong-proofs), the first in the README's test command. */
    static long[] seeds() {
        return LongProofs.enabled() ? new long[] { 301, 302, 303 } : new long[] { 301 };
    }

    private static final String BOARD = "c0ffee0000000000000000000000000000000005";

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void restartsOnTheSameFileLoseNothing(long seed, @TempDir Path dir) throws Exception {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).requestLogCapacity(1_000_000)
                .build().start()) {
            sandbox.addBoard(BOARD, "restarts");
            int jobs = 1_500;
            sandbox.seedJobs(BOARD, jobs, seed);
            SyncHarness harness = new SyncHarness(sandbox, BOARD);
            File file = dir.resolve("hrflow-state.properties").toFile();
            List<String> delivered = Collections.synchronizedList(new ArrayList<>());
            List<String> deliveredKeys = Collections.synchronizedList(new ArrayList<>());
            Random random = new Random(seed);
            int restarts = 4;
            int inFlightAtStops = 0;
            List<Integer> atStops = new ArrayList<>();
            // where the stops fall in the sync: random, in order, inside the first sync of the board
            int[] stops = random.ints(restarts, 50, jobs - 50).sorted().toArray();
            for (int run = 0; run <= restarts; run++) {
                CamelContext context = harness.newContext();
                context.getRegistry().bind("state", FileStateRepository.fileStateRepository(file));
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("hrflow:job-storing?boardKey=" + BOARD + "&pageSize=50&delay=10"
                             + "&stateRepository=#state&pollStrategy=#spans")
                                .process(e -> {
                                    // a route that takes a little time, so that the stops fall inside a batch
                                    LockSupport.parkNanos(200_000);
                                    delivered.add(e.getMessage().getHeader(HrFlowConstants.JOB_VERSION, String.class));
                                    deliveredKeys.add(e.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class));
                                });
                    }
                });
                context.start();
                try {
                    if (run < restarts) {
                        int stopAt = stops[run];
                        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2))
                                .alias("seed " + seed + ": run " + run + " reaching " + stopAt + " deliveries")
                                .until(() -> delivered.size() >= stopAt);
                        // in flight when the stop begins: a graceful stop lets them finish, and they were counted
                        inFlightAtStops += context.getInflightRepository().size();
                        atStops.add(delivered.size());
                    } else {
                        // the last run: a few more changes, then catch up
                        for (int i = 0; i < 20; i++) {
                            String key = deliveredKeys.get(random.nextInt(deliveredKeys.size()));
                            sandbox.editJob(BOARD, sandbox.store().jobByKey(BOARD, key).orElseThrow().deepCopy()
                                    .put("summary", "after restarts " + i));
                        }
                        await().atMost(Duration.ofSeconds(30)).until(
                                () -> new HashSet<>(List.copyOf(delivered)).containsAll(harness.currentVisible(true)));
                        int polls = harness.spans().count();
                        await().atMost(Duration.ofSeconds(10)).until(() -> harness.spans().count() >= polls + 2);
                    }
                } finally {
                    context.stop();
                }
            }
            SyncHarness.Report report = harness.truth(true).compare(List.copyOf(delivered));
            System.out.printf("restart seed=%d restarts=%d stops=%s deliveredAtStops=%s inFlightAtStops=%d requests=%d"
                              + " %s%n",
                    seed, restarts, java.util.Arrays.toString(stops), atStops, inFlightAtStops,
                    harness.listings().size(), report);
            assertTrue(report.missing().isEmpty(), "seed " + seed + ": " + report);
            assertTrue(report.foreign().isEmpty(), "seed " + seed + ": " + report);
            assertTrue(report.duplicates() <= inFlightAtStops, "seed " + seed + ": " + report);
            // every job at least: a first sync that a restart cut short vouches for nothing, so the versions it read
            // before the edits of the last run need not be required
            assertTrue(report.required() >= jobs, "seed " + seed + ": " + report);
        }
    }
}
