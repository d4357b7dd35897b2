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
import io.github.camelhrflow.client.HrFlowResource;
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
 * The churn proof of the sync for profiles: the consumer and the harness are those of the job proof, over the source's
 * profiles. While a writer creates, edits and archives profiles (bursts inside one second, edits to pages already
 * read), the consumer delivers every version a poll was required to see, once. A few seeds: the job proof runs the
 * many, over the same code.
 */
class HrFlowProfileStoringConsumerChurnTest {

    private static final String SOURCE = "c0ffee0000000000000000000000000000000002";

    static Stream<Arguments> seeds() {
        Stream<Arguments> small = LongStream.rangeClosed(101, 103).mapToObj(seed -> Arguments.of(seed, 300, 20, true));
        Stream<Arguments> leaving = Stream.of(Arguments.of(104L, 300, 25, false));
        return Stream.concat(small, leaving);
    }

    @ParameterizedTest(name = "seed {0}: {1} profiles, pageSize {2}, archived listed {3}")
    @MethodSource("seeds")
    void deliversEveryRequiredVersionOnceUnderChurn(long seed, int profiles, int pageSize, boolean listArchived)
            throws Exception {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).listArchived(listArchived)
                .requestLogCapacity(1_000_000).build().start()) {
            sandbox.addSource(SOURCE, "churn");
            List<String> keys = sandbox.seedProfiles(SOURCE, profiles, seed);
            SyncHarness harness = new SyncHarness(sandbox, HrFlowResource.PROFILE, SOURCE);
            List<String> delivered = Collections.synchronizedList(new ArrayList<>());
            List<String> deliveredKeys = Collections.synchronizedList(new ArrayList<>());
            Set<String> distinct = ConcurrentHashMap.newKeySet();
            ChurnWriter writer =
                    new ChurnWriter(sandbox, HrFlowResource.PROFILE, SOURCE, seed, keys, () -> deliveredKeys)
                            .pauseMillis(1);
            CamelContext context = harness.newContext();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("hrflow:profile-storing?sourceKey=" + SOURCE + "&pageSize=" + pageSize
                         + "&delay=10&pollStrategy=#spans")
                            .process(e -> {
                                String version =
                                        e.getMessage().getHeader(HrFlowConstants.PROFILE_VERSION, String.class);
                                delivered.add(version);
                                distinct.add(version);
                                deliveredKeys.add(e.getMessage().getHeader(HrFlowConstants.PROFILE_KEY, String.class));
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
                    await().atMost(Duration.ofSeconds(60)).until(() -> delivered.size() >= profiles * 9 / 10);
                    int polls = harness.spans().count();
                    await().atMost(Duration.ofSeconds(30)).until(() -> harness.spans().count() >= polls + 3);
                } finally {
                    writer.stop();
                    writing.join();
                }
                assertNull(writer.failure(), "seed " + seed + ": the writer failed");
                // caught up: every current version delivered, then one more poll that found nothing
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> distinct.containsAll(harness.currentVisible(listArchived)));
                int polls = harness.spans().count();
                await().atMost(Duration.ofSeconds(10)).until(() -> harness.spans().count() >= polls + 2);
                context.stop();

                SyncHarness.Report report;
                synchronized (delivered) {
                    report = harness.truth(listArchived).compare(List.copyOf(delivered));
                }
                System.out.printf(
                        "profile churn seed=%d profiles=%d pageSize=%d listArchived=%s writes=%d bursts=%d requests=%d"
                                  + " %s time=%dms%n",
                        seed, profiles, pageSize, listArchived, writer.writes(), writer.bursts(),
                        harness.listings().size(),
                        report, (System.nanoTime() - started) / 1_000_000);
                assertTrue(report.missing().isEmpty(), "seed " + seed + ": " + report);
                assertTrue(report.foreign().isEmpty(), "seed " + seed + ": " + report);
                assertEquals(0, report.duplicates(), "seed " + seed + ": " + report);
                assertTrue(report.required() >= profiles * 9 / 10, "seed " + seed + ": " + report);
            }
        }
    }
}
