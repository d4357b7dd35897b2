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
import java.util.stream.Stream;

import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelhrflow.client.HrFlowResource.JOB;
import static io.github.camelhrflow.client.HrFlowResource.PROFILE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof 3: the CamelContext is stopped at random points of a sync of a board (or a source) and a new one started on
 * the same {@link FileStateRepository} file; what all of them delivered together misses nothing.
 */
class HrFlowStoringConsumerRestartTest {

    /** Every seed in the long form (-Plong-proofs), the first of each resource in the README's test command. */
    static Stream<Arguments> seeds() {
        Stream<Arguments> all = Stream.of(Arguments.of(JOB, 301L), Arguments.of(PROFILE, 401L), Arguments.of(JOB, 302L),
                Arguments.of(JOB, 303L), Arguments.of(PROFILE, 402L));
        return LongProofs.enabled() ? all : all.limit(2);
    }

    private static final String BOARD = "c0ffee0000000000000000000000000000000005";
    private static final String SOURCE = "c0ffee00000000000000000000000000000000f5";

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("seeds")
    void restartsOnTheSameFileLoseNothing(HrFlowResource resource, long seed, @TempDir Path dir) throws Exception {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).requestLogCapacity(1_000_000)
                .build().start()) {
            String storage = resource == JOB ? BOARD : SOURCE;
            int jobs = 1_500;
            SyncHarness harness = new SyncHarness(sandbox, resource, storage);
            harness.seed("restarts", jobs, seed);
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
                        from(harness.storingUri() + "&pageSize=50&delay=10&stateRepository=#state&pollStrategy=#spans")
                                .process(e -> {
                                    // a route that takes a little time, so that the stops fall inside a batch
                                    LockSupport.parkNanos(200_000);
                                    delivered.add(e.getMessage().getHeader(resource.versionHeader(), String.class));
                                    deliveredKeys.add(e.getMessage().getHeader(resource.keyHeader(), String.class));
                                });
                    }
                });
                context.start();
                try {
                    if (run < restarts) {
                        int stopAt = stops[run];
                        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2))
                                .alias(resource.noun() + " seed " + seed + ": run " + run + " reaching " + stopAt
                                       + " deliveries")
                                .until(() -> delivered.size() >= stopAt);
                        // in flight when the stop begins: a graceful stop lets them finish, and they were counted
                        inFlightAtStops += context.getInflightRepository().size();
                        atStops.add(delivered.size());
                    } else {
                        // the last run: a few more changes, then catch up
                        for (int i = 0; i < 20; i++) {
                            String key = deliveredKeys.get(random.nextInt(deliveredKeys.size()));
                            if (resource == JOB) {
                                sandbox.editJob(BOARD, sandbox.store().jobByKey(BOARD, key).orElseThrow().deepCopy()
                                        .put("summary", "after restarts " + i));
                            } else {
                                sandbox.editProfile(SOURCE, sandbox.store().profileByKey(SOURCE, key).orElseThrow()
                                        .deepCopy().put("summary", "after restarts " + i));
                            }
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
            System.out
                    .printf("restart %s seed=%d restarts=%d stops=%s deliveredAtStops=%s inFlightAtStops=%d requests=%d"
                            + " %s%n",
                            resource.noun(), seed, restarts, java.util.Arrays.toString(stops), atStops, inFlightAtStops,
                            harness.listings().size(), report);
            assertTrue(report.missing().isEmpty(), resource.noun() + " seed " + seed + ": " + report);
            assertTrue(report.foreign().isEmpty(), resource.noun() + " seed " + seed + ": " + report);
            assertTrue(report.duplicates() <= inFlightAtStops, resource.noun() + " seed " + seed + ": " + report);
            // every job at least: a first sync that a restart cut short vouches for nothing, so the versions it read
            // before the edits of the last run need not be required
            assertTrue(report.required() >= jobs, resource.noun() + " seed " + seed + ": " + report);
        }
    }
}
