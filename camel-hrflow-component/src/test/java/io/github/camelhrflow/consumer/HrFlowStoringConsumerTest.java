package io.github.camelhrflow.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.JobVersion;
import io.github.camelhrflow.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.ConsumersHealthCheckRepository;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proof 4 and 6: idle cost, startFrom, order, headers, batches, Retry-After. */
class HrFlowStoringConsumerTest {

    private static final String BOARD = "c0ffee0000000000000000000000000000000003";
    private static final DateTimeFormatter HRFLOW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private HrFlowSandbox sandbox;
    private SyncHarness harness;
    private CamelContext context;
    private final List<Exchange> received = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() {
        sandbox = HrFlowSandbox.builder().defaultSeed(false).build().start();
        sandbox.addBoard(BOARD, "consumer");
        harness = new SyncHarness(sandbox, BOARD);
        context = harness.newContext();
    }

    @AfterEach
    void tearDown() throws Exception {
        context.close();
        sandbox.close();
    }

    private void consume(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("hrflow:job-storing?boardKey=" + BOARD + "&delay=10&pollStrategy=#spans&" + options)
                        .routeId("sync").process(received::add);
            }
        });
        context.start();
    }

    private List<String> versions() {
        synchronized (received) {
            return received.stream().map(e -> e.getMessage().getHeader(HrFlowConstants.JOB_VERSION, String.class))
                    .toList();
        }
    }

    private Set<String> currentVersions() {
        return harness.currentVisible(true);
    }

    private ObjectNode newJob(String reference) {
        return JsonNodeFactory.instance.objectNode().put("name", "Job " + reference).put("reference", reference);
    }

    @Test
    void idlePollSendsOneRequest() throws Exception {
        sandbox.seedJobs(BOARD, 120, 7);
        consume("pageSize=25");
        await().atMost(Duration.ofSeconds(20)).until(() -> versions().size() == 120);
        int polls = harness.spans().count();
        await().atMost(Duration.ofSeconds(20)).until(() -> harness.spans().count() >= polls + 12);
        List<RecordedRequest> listings = harness.listings();
        List<long[]> spans = harness.spans().closed();
        int idle = 0;
        for (long[] span : spans.subList(polls + 1, spans.size())) {
            long requests = listings.stream().filter(r -> r.seq() > span[0] && r.seq() <= span[1]).count();
            assertEquals(1, requests, "an idle poll sent " + requests + " storing/jobs requests");
            idle++;
        }
        assertEquals(120, new HashSet<>(versions()).size());
        System.out.printf("idle polls=%d, one storing/jobs request each; first sync of 120 jobs: %d requests%n", idle,
                listings.stream().filter(r -> r.seq() <= spans.get(polls)[1]).count());
    }

    /** The documented exception: an idle poll reads every job of the newest second, whatever their number. */
    @Test
    void idlePollReadsAllJobsOfTheNewestSecond() throws Exception {
        sandbox.seedJobs(BOARD, 20, 8);
        sandbox.clock().freeze();
        for (int i = 0; i < 250; i++) {
            sandbox.createJob(BOARD, newJob("same-second-" + i));
        }
        consume("pageSize=100");
        await().atMost(Duration.ofSeconds(20)).until(() -> versions().size() == 270);
        int polls = harness.spans().count();
        await().atMost(Duration.ofSeconds(20)).until(() -> harness.spans().count() >= polls + 4);
        List<RecordedRequest> listings = harness.listings();
        List<long[]> spans = harness.spans().closed();
        for (long[] span : spans.subList(polls + 1, spans.size())) {
            long requests = listings.stream().filter(r -> r.seq() > span[0] && r.seq() <= span[1]).count();
            // 250 jobs share the newest second: pages 1 to 3, the third holding the first older job
            assertEquals(3, requests);
        }
        sandbox.clock().resume();
        assertEquals(270, new HashSet<>(versions()).size());
    }

    @Test
    void deliversOldestChangeFirstWithHeadersAndBatchProperties() throws Exception {
        sandbox.seedJobs(BOARD, 40, 11);
        consume("pageSize=7");
        await().atMost(Duration.ofSeconds(20)).until(() -> versions().size() == 40);
        List<Exchange> exchanges = List.copyOf(received);
        Instant previous = Instant.EPOCH;
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange exchange = exchanges.get(i);
            Job job = exchange.getMessage().getBody(Job.class);
            assertNotNull(job);
            assertEquals(BOARD, exchange.getMessage().getHeader(HrFlowConstants.BOARD_KEY));
            assertEquals(job.getKey(), exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY));
            assertEquals(job.getReference(), exchange.getMessage().getHeader(HrFlowConstants.JOB_REFERENCE));
            assertEquals(job.getKey() + "@" + job.getUpdatedAt(),
                    exchange.getMessage().getHeader(HrFlowConstants.JOB_VERSION));
            Instant updated = OffsetDateTime.parse(job.getUpdatedAt(), HRFLOW_TIME).toInstant();
            assertFalse(updated.isBefore(previous), "oldest change first");
            previous = updated;
            // the whole board comes in the first poll: one batch
            assertEquals(i, exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class));
            assertEquals(40, exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class));
            assertEquals(i == 39, exchange.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class));
        }
        assertEquals(currentVersions(), new HashSet<>(versions()));
    }

    @Test
    void startFromNowDeliversOnlyLaterChanges() throws Exception {
        List<String> keys = sandbox.seedJobs(BOARD, 30, 5);
        consume("pageSize=10&startFrom=now");
        int polls = harness.spans().count();
        await().atMost(Duration.ofSeconds(10)).until(() -> harness.spans().count() >= polls + 3);
        assertEquals(List.of(), versions());
        Set<String> expected = new HashSet<>();
        for (String key : keys.subList(0, 3)) {
            ObjectNode job = sandbox.store().jobByKey(BOARD, key).orElseThrow().deepCopy();
            ObjectNode edited = sandbox.editJob(BOARD, job.put("summary", "later"));
            expected.add(key + "@" + edited.get("updated_at").asText());
        }
        ObjectNode created = sandbox.createJob(BOARD, newJob("after-start"));
        expected.add(created.get("key").asText() + "@" + created.get("updated_at").asText());
        await().atMost(Duration.ofSeconds(10)).until(() -> new HashSet<>(versions()).equals(expected));
        int after = harness.spans().count();
        await().atMost(Duration.ofSeconds(10)).until(() -> harness.spans().count() >= after + 3);
        assertEquals(4, versions().size());
    }

    @Test
    void startFromInstantDeliversVersionsUpdatedAtOrAfterIt() throws Exception {
        sandbox.seedJobs(BOARD, 80, 9);
        List<JobVersion> history = sandbox.history(BOARD);
        List<Instant> times = history.stream()
                .map(v -> OffsetDateTime.parse(v.updatedAt(), HRFLOW_TIME).toInstant()).sorted().toList();
        Instant from = times.get(times.size() / 2);
        Set<String> expected = new HashSet<>();
        for (JobVersion v : history) {
            if (v.isCurrent() && !OffsetDateTime.parse(v.updatedAt(), HRFLOW_TIME).toInstant().isBefore(from)) {
                expected.add(SyncHarness.version(v));
            }
        }
        consume("pageSize=9&startFrom=" + from);
        await().atMost(Duration.ofSeconds(10)).until(() -> versions().size() >= expected.size());
        int polls = harness.spans().count();
        await().atMost(Duration.ofSeconds(10)).until(() -> harness.spans().count() >= polls + 2);
        assertEquals(expected, new HashSet<>(versions()));
        assertEquals(expected.size(), versions().size());
        assertTrue(expected.size() < 80 && expected.size() >= 40, "startFrom " + from + ": " + expected.size());
    }

    @Test
    void maxMessagesPerPollIsHonouredAndLaterPollsDeliverTheRest() throws Exception {
        sandbox.seedJobs(BOARD, 45, 13);
        consume("pageSize=10&maxMessagesPerPoll=10");
        await().atMost(Duration.ofSeconds(20)).until(() -> versions().size() >= 45);
        int polls = harness.spans().count();
        await().atMost(Duration.ofSeconds(10)).until(() -> harness.spans().count() >= polls + 2);
        assertEquals(45, versions().size());
        assertEquals(currentVersions(), new HashSet<>(versions()));
        Instant previous = Instant.EPOCH;
        for (Exchange exchange : List.copyOf(received)) {
            assertTrue(exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class) <= 10);
            Instant updated = OffsetDateTime.parse(exchange.getMessage().getBody(Job.class).getUpdatedAt(), HRFLOW_TIME)
                    .toInstant();
            assertFalse(updated.isBefore(previous), "oldest change first across polls");
            previous = updated;
        }
    }

    @Test
    void authFailureStopsNothingElseAndTheHealthCheckReportsIt() throws Exception {
        sandbox.seedJobs(BOARD, 10, 19);
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        registry.register(new ConsumersHealthCheckRepository());
        List<Exchange> ticks = Collections.synchronizedList(new ArrayList<>());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("hrflow:job-storing?boardKey=" + BOARD + "&delay=20&apiKey=RAW(askr_wrong_key)")
                        .routeId("badKey").process(received::add);
                from("timer:other?period=10").routeId("other").process(ticks::add);
            }
        });
        consume("pageSize=10");
        await().atMost(Duration.ofSeconds(10)).until(() -> versions().size() == 10 && ticks.size() > 20);
        await().atMost(Duration.ofSeconds(10)).until(() -> downResult("badKey") != null);
        HealthCheck.Result down = downResult("badKey");
        String text = down.getMessage().orElse("") + " " + down.getError().map(Throwable::toString).orElse("");
        System.out.println("health check of the route with a wrong key: " + down.getState() + " " + text);
        assertTrue(text.contains("401") || text.contains("HrFlowAuthentication"), text);
        assertFalse(text.contains("askr_wrong_key"), "the key leaked: " + text);
        assertTrue(context.getRouteController().getRouteStatus("badKey").isStarted());
        int before = ticks.size();
        await().atMost(Duration.ofSeconds(5)).until(() -> ticks.size() > before + 10);
        ObjectNode created = sandbox.createJob(BOARD, newJob("still-synced"));
        String version = created.get("key").asText() + "@" + created.get("updated_at").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> versions().contains(version));
        assertEquals(null, downResult("sync"), "the other consumer of the board stays healthy");
    }

    private HealthCheck.Result downResult(String routeId) {
        return HealthCheckHelper.invoke(context).stream()
                .filter(r -> r.getCheck().getId().equals("consumer:" + routeId))
                .filter(r -> r.getState() == HealthCheck.State.DOWN).findFirst().orElse(null);
    }

    @Test
    void retryAfterPausesPollingWithoutMovingTheWatermark() throws Exception {
        sandbox.seedJobs(BOARD, 20, 17);
        consume("pageSize=50");
        await().atMost(Duration.ofSeconds(10)).until(() -> versions().size() == 20);
        HrFlowStoringConsumer consumer = (HrFlowStoringConsumer) context.getRoute("sync").getConsumer();
        Instant watermark = consumer.getStatistics().getWatermark();
        sandbox.faults().retryAfterSeconds(2).throttleNext(1);
        int requests = harness.listings().size();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.listings().stream().anyMatch(r -> r.status() == 429));
        RecordedRequest throttled =
                harness.listings().stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
        assertEquals(watermark, consumer.getStatistics().getWatermark());
        ObjectNode created = sandbox.createJob(BOARD, newJob("while-paused"));
        String version = created.get("key").asText() + "@" + created.get("updated_at").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> versions().contains(version));
        RecordedRequest next = harness.listings().stream().filter(r -> r.seq() > throttled.seq()).findFirst()
                .orElseThrow();
        Duration pause = Duration.between(throttled.time(), next.time());
        System.out.printf("429 Retry-After 2 s: next storing/jobs request %d ms later (%d requests before)%n",
                pause.toMillis(), requests);
        assertTrue(pause.compareTo(Duration.ofMillis(1900)) >= 0, "paused only " + pause);
        assertEquals(21, versions().size());
        assertEquals(21, new HashSet<>(versions()).size());
    }
}
