package io.github.camelhrflow.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelhrflow.client.HrFlowResource.JOB;
import static io.github.camelhrflow.client.HrFlowResource.PROFILE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof: under heavy faults (30% 5xx, 10% 429, 10% nginx's HTML 502) a first sync of a 3,000-job board (or a
 * 3,000-profile source) moves forward with every poll, completes with nothing lost or delivered twice, and a route restarted in the middle of it resumes
 * past what it delivered instead of at page 1.
 */
class HrFlowStoringConsumerHeavyFaultTest {

    /** Every seed in the long form (-Plong-proofs), the first of each resource in the README's test command. */
    static Stream<Arguments> seeds() {
        Stream<Arguments> all = Stream.of(Arguments.of(JOB, 301L), Arguments.of(PROFILE, 401L), Arguments.of(JOB, 302L),
                Arguments.of(PROFILE, 402L));
        return LongProofs.enabled() ? all : all.limit(2);
    }

    private static final String BOARD = "fa0170000000000000000000000000000000c0de";
    private static final String SOURCE = "fa0170000000000000000000000000000000f00d";
    private static final int JOBS = 3_000;

    @ParameterizedTest(name = "{0} fault seed {1}")
    @MethodSource("seeds")
    void aFirstSyncUnderHeavyFaultsCompletesAndARestartResumesWhereItWas(HrFlowResource resource, long seed)
            throws Exception {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).faultSeed(seed)
                .requestLogCapacity(200_000).build().start()) {
            String storage = resource == JOB ? BOARD : SOURCE;
            SyncHarness harness = new SyncHarness(sandbox, resource, storage);
            harness.seed("heavy faults", JOBS, seed);
            Set<String> expected = new HashSet<>();
            for (var object : harness.stored()) {
                expected.add(object.get("key").asText() + "@" + object.get("updated_at").asText());
            }
            sandbox.faults().retryAfterSeconds(0).serverErrorRate(0.3).throttleRate(0.1).htmlErrorRate(0.1);
            MemoryStateRepository state = new MemoryStateRepository();
            List<String> delivered = Collections.synchronizedList(new ArrayList<>());
            CamelContext context = harness.newContext();
            context.getRegistry().bind("state", state);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(harness.storingUri() + "&pageSize=30&delay=10&stateRepository=#state&pollStrategy=#spans")
                            .routeId("sync")
                            .process(e -> delivered
                                    .add(e.getMessage().getHeader(resource.versionHeader(), String.class)));
                }
            });
            try {
                context.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> delivered.size() >= JOBS / 2);
                context.getRouteController().stopRoute("sync");
                int beforeRestart = delivered.size();
                long lastSeq = sandbox.lastSeq();
                context.getRouteController().startRoute("sync");
                // a copy taken under the list's lock: the route adds to it meanwhile
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> new HashSet<>(List.of(delivered.toArray(String[]::new))).containsAll(expected));
                int polls = harness.spans().count();
                context.stop();

                int firstPageAfterRestart = firstPageAfter(harness.listings(), lastSeq);
                Set<String> distinct = new HashSet<>(delivered);
                long faulty = harness.listings().stream().filter(r -> r.status() != 200).count();
                System.out.printf("heavy faults %s seed=%d: %d objects, %d listings (%d failed, %.0f%%), %d polls,"
                                  + " %d delivered before the restart, first page read after it %d, %d delivered,"
                                  + " %d twice%n",
                        resource.noun(), seed, JOBS, harness.listings().size(), faulty,
                        100.0 * faulty / harness.listings().size(), polls, beforeRestart, firstPageAfterRestart,
                        delivered.size(), delivered.size() - distinct.size());
                assertEquals(expected, distinct, resource.noun() + " seed " + seed + ": every job, nothing else");
                assertEquals(JOBS, delivered.size(), resource.noun() + " seed " + seed + ": nothing twice");
                assertTrue(firstPageAfterRestart > 1 + (beforeRestart - 30 * 8) / 30,
                        resource.noun() + " seed " + seed + ": the restart resumed near page "
                                                                                      + (beforeRestart / 30 + 1)
                                                                                      + ", not at "
                                                                                      + firstPageAfterRestart);
            } finally {
                context.stop();
            }
        }
    }

    /** The page of the first creation-order listing answered after {@code seq}. */
    private static int firstPageAfter(List<RecordedRequest> listings, long seq) {
        for (RecordedRequest request : listings) {
            if (request.seq() > seq && "created_at".equals(request.param("sort_by"))) {
                return Integer.parseInt(request.param("page"));
            }
        }
        throw new AssertionError("no listing after the restart");
    }
}
