package io.github.camelhrflow.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.PooledExchangeFactory;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.PooledObjectFactory;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer one poll at a time: its scheduler never starts ({@code startScheduler=false}) and each test calls the
 * consumer's {@code run()} itself, so what a poll delivers, saves and reports is asserted right after it, with no
 * waiting. The sandbox's clock is frozen and stepped by the test: every version's second is known in advance.
 */
class HrFlowStoringConsumerPollTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger BOARDS = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2024-05-06T08:00:00Z");

    private static HrFlowSandbox sandbox;

    private String board;
    private CamelContext context;
    private final Positions state = new Positions();
    private final List<Exchange> received = new ArrayList<>();
    /** The versions of the exchanges processed, in order (a pooled exchange is reused: its headers go). */
    private final List<String> delivered = new ArrayList<>();
    private final List<Integer> committed = new ArrayList<>();
    private final List<Exception> rolledBack = new ArrayList<>();
    private final List<String> handled = new ArrayList<>();
    private final Set<String> failedOnce = new HashSet<>();
    /** Exchanges it matches fail in the route. */
    private Predicate<Exchange> failing = e -> false;
    /** Runs in the route before an exchange completes. */
    private java.util.function.Consumer<Exchange> during = e -> {
    };

    @BeforeAll
    static void startSandbox() {
        sandbox = HrFlowSandbox.builder().defaultSeed(false).build().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void freshBoard() {
        board = String.format("%040x", 0xc0de0000L + BOARDS.incrementAndGet());
        sandbox.addBoard(board, "poll test " + board);
        sandbox.faults().clear();
        sandbox.clock().freeze().set(T0);
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.faults().clear();
        sandbox.clock().resume();
        if (context != null) {
            context.close();
        }
    }

    // ---- what polls deliver

    @Test
    void aPollDeliversEveryJobOldestChangeFirstWithItsHeadersAndSavesThePosition() throws Exception {
        String older = create("older", "ref-older");
        sandbox.clock().advance(Duration.ofSeconds(5));
        String newer = create("newer", null);
        start("pageSize=1");

        assertEquals(2, poll());

        assertEquals(List.of(older, newer), versions());
        Exchange first = received.get(0);
        assertEquals(board, first.getMessage().getHeader(HrFlowConstants.BOARD_KEY));
        assertEquals(older.split("@")[0], first.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertEquals("ref-older", first.getMessage().getHeader(HrFlowConstants.JOB_REFERENCE));
        assertEquals("older", first.getMessage().getBody(Job.class).getName(), "the body is the job");
        assertFalse(received.get(1).getMessage().getHeaders().containsKey(HrFlowConstants.JOB_REFERENCE),
                "a job without a reference has no reference header");
        assertEquals(List.of(0, 1), received.stream()
                .map(e -> e.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class)).toList());
        assertEquals(List.of(false, true), received.stream()
                .map(e -> e.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class)).toList());
        assertSaved("hrflow-job-storing:" + board, T0.plusSeconds(5), newer);
        // pageSize=1: one page per job
        assertEquals(2, listings());
        assertEquals(List.of(2), committed);

        assertEquals(0, poll(), "nothing changed since");
        assertEquals(2, received.size());
        HrFlowStoringStatistics statistics = consumer().getStatistics();
        assertEquals(2, statistics.getPolls());
        assertEquals(2, statistics.getDelivered());
        assertEquals(listings(), statistics.getRequests());
        assertEquals(T0.plusSeconds(5), statistics.getWatermark());
        assertNotNull(statistics.getLastPoll());
        assertEquals(0, statistics.getFailures());
        assertNull(statistics.getLastError());
    }

    @Test
    void anEditedJobIsDeliveredAgainAndAnEmptyBoardSavesNothing() throws Exception {
        start("stateKey=my-board");
        assertEquals(0, poll());
        assertNull(state.getState("my-board"), "nothing delivered, nothing saved");
        assertEquals(List.of(0), committed, "an empty board is no failure");

        String first = create("job", "ref-1");
        assertEquals(1, poll());
        sandbox.clock().advance(Duration.ofSeconds(1));
        String second = edit(first, "edited");
        assertEquals(1, poll());

        assertEquals(List.of(first, second), versions());
        assertSaved("my-board", T0.plusSeconds(1), second);
        assertEquals("my-board", consumer().getStateKey());
        assertEquals(board, consumer().getStorageKey());
    }

    @Test
    void jobsSharingASecondAreToldApartByTheKeysSavedBesideIt() throws Exception {
        String a = create("a", null);
        String b = create("b", null);
        String c = create("c", null);
        start("maxMessagesPerPoll=2");

        assertEquals(2, poll());
        assertEquals(1, poll());
        String d = create("d", null);
        assertEquals(1, poll(), "a job created later in the same second is new");
        assertEquals(0, poll());

        assertEquals(Set.of(a, b, c), Set.copyOf(versions().subList(0, 3)));
        assertEquals(d, versions().get(3));
        assertSaved("hrflow-job-storing:" + board, T0, a, b, c, d);
    }

    @Test
    void maxMessagesPerPollDeliversTheRestLaterEvenWhenAJobChangedMeanwhile() throws Exception {
        List<String> jobs = createEachSecond(5);
        start("maxMessagesPerPoll=2&pageSize=2");

        assertEquals(2, poll());
        assertEquals(List.of(2, 2), received.stream()
                .map(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class)).toList());
        sandbox.clock().advance(Duration.ofSeconds(10));
        // the third job changes before it was delivered: its first version is still owed
        String edited = edit(jobs.get(2), "edited");
        assertEquals(2, poll());
        assertEquals(2, poll());
        assertEquals(0, poll());

        assertEquals(List.of(jobs.get(0), jobs.get(1), jobs.get(2), jobs.get(3), jobs.get(4), edited), versions());
        assertSaved("hrflow-job-storing:" + board, sandboxNow(), edited);
    }

    @Test
    void aFailedExchangeEndsTheBatchAndIsDeliveredAgainAtTheNextPoll() throws Exception {
        List<String> jobs = createEachSecond(4);
        failing = e -> version(e).equals(jobs.get(2)) && failedOnce.add(version(e));
        start("");

        assertEquals(2, poll());
        assertSaved("hrflow-job-storing:" + board, T0.plusSeconds(1), jobs.get(1));
        assertEquals(1, handled.size());
        assertTrue(handled.get(0).contains("Delivering job version " + jobs.get(2) + " of board " + board
                                           + " failed; it is delivered again at the next poll"),
                handled.get(0));
        assertEquals(1, consumer().getStatistics().getFailures());
        assertTrue(consumer().getStatistics().getLastError().startsWith("IllegalStateException: route failure"),
                consumer().getStatistics().getLastError());
        assertEquals(2, consumer().getStatistics().getDelivered());

        assertEquals(2, poll());
        assertEquals(List.of(jobs.get(0), jobs.get(1), jobs.get(2), jobs.get(2), jobs.get(3)), versions());
        assertSaved("hrflow-job-storing:" + board, T0.plusSeconds(3), jobs.get(3));
    }

    @Test
    void whenTheFirstExchangeOfTheFirstPollFailsTheNextPollStartsFromTheBeginningAgain() throws Exception {
        List<String> jobs = createEachSecond(3);
        failing = e -> version(e).equals(jobs.get(0)) && failedOnce.add(version(e));
        start("maxMessagesPerPoll=2");

        assertEquals(0, poll());
        assertNull(state.getState("hrflow-job-storing:" + board));
        assertEquals(List.of(0), committed, "the poll itself succeeded");
        assertEquals(2, poll());
        assertEquals(1, poll());

        assertEquals(List.of(jobs.get(0), jobs.get(0), jobs.get(1), jobs.get(2)), versions());
    }

    @Test
    void removingTheSavedPositionStartsAgainFromStartFrom() throws Exception {
        List<String> jobs = createEachSecond(3);
        start("");
        assertEquals(3, poll());

        state.setState("hrflow-job-storing:" + board, null);
        assertEquals(3, poll(), "startFrom=beginning: every job again");

        assertEquals(List.of(jobs.get(0), jobs.get(1), jobs.get(2), jobs.get(0), jobs.get(1), jobs.get(2)),
                versions());
    }

    @Test
    void aRouteRestartedWithoutItsPositionStartsAgainFromStartFrom() throws Exception {
        List<String> jobs = createEachSecond(5);
        start("maxMessagesPerPoll=2");
        assertEquals(2, poll());

        context.getRouteController().stopRoute("sync");
        state.setState("hrflow-job-storing:" + board, null);
        context.getRouteController().startRoute("sync");
        assertEquals(2, poll());
        assertEquals(2, poll());
        assertEquals(1, poll());

        assertEquals(List.of(jobs.get(0), jobs.get(1), jobs.get(0), jobs.get(1), jobs.get(2), jobs.get(3),
                jobs.get(4)), versions());
    }

    @Test
    void versionsAnotherNodeDeliveredAreNotDeliveredAgain() throws Exception {
        List<String> jobs = createEachSecond(5);
        start("maxMessagesPerPoll=2");
        assertEquals(2, poll());

        // a second node sharing the state repository delivered the next two meanwhile
        state.setState("hrflow-job-storing:" + board, watermark(T0.plusSeconds(3), jobs.get(3)));
        assertEquals(1, poll());

        assertEquals(List.of(jobs.get(0), jobs.get(1), jobs.get(4)), versions());
    }

    @Test
    void aStopDuringABatchEndsItAfterTheCurrentExchange() throws Exception {
        List<String> jobs = createEachSecond(4);
        during = e -> {
            if (received.size() == 1) {
                // the route is stopped once the second exchange completed: a stop in the middle would fail it
                e.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                    @Override
                    public void onDone(Exchange exchange) {
                        ServiceHelper.stopService(consumer());
                    }
                });
            }
        };
        start("");

        assertEquals(2, poll());
        assertSaved("hrflow-job-storing:" + board, T0.plusSeconds(1), jobs.get(1));
        assertEquals(List.of(), handled);

        during = e -> {
        };
        ServiceHelper.startService(consumer());
        assertEquals(2, poll());
        assertEquals(jobs, versions());
    }

    @Test
    void whileABatchRunsTheConsumerCountsTheExchangesStillToCome() throws Exception {
        createEachSecond(4);
        List<Integer> pending = new ArrayList<>();
        during = e -> pending.add(consumer().getPendingExchangesSize());
        start("");
        // what Camel's graceful shutdown asks a batch consumer on a route that completes all its tasks
        consumer().deferShutdown(ShutdownRunningTask.CompleteAllTasks);

        assertEquals(4, poll());

        // 1 for the last: "still polling"
        assertEquals(List.of(3, 2, 1, 1), pending);
        assertEquals(0, consumer().getPendingExchangesSize());
    }

    @Test
    void manyJobsInOneSecondAreSavedInStepsAndAllOfThemAtTheEndOfTheBatch() throws Exception {
        int jobs = 600;
        for (int i = 0; i < jobs; i++) {
            create("same second " + i, null);
        }
        String key = "hrflow-job-storing:" + board;
        List<Integer> savedBefore = new ArrayList<>();
        during = e -> savedBefore.add(savedKeys(key));
        start("pageSize=200");

        assertEquals(jobs, poll());

        assertEquals(jobs, savedKeys(key), "every key of the second once the batch ended");
        for (int delivered = 0; delivered < jobs; delivered++) {
            int lag = delivered - savedBefore.get(delivered);
            if (delivered <= 512) {
                assertEquals(0, lag, "saved after each of the first 512 exchanges: " + delivered);
            } else {
                assertTrue(lag >= 0 && lag < delivered / 64, "lag " + lag + " after " + delivered);
            }
        }
        assertTrue(savedBefore.get(jobs - 1) < jobs - 1, "the last save before the end was a step");
        assertEquals(0, poll());
    }

    // ---- where a consumer starts

    @Test
    void startFromNowSkipsTheJobsOfTheNewestSecondAndDeliversWhatComesAfter() throws Exception {
        createEachSecond(10);
        String sameSecond = create("same second as the newest", null);
        start("startFrom=now&pageSize=2&lookback=0");

        assertEquals(0, poll());
        JsonNode saved = JSON.readTree(state.getState("hrflow-job-storing:" + board));
        assertEquals(T0.plusSeconds(9).toString(), saved.get("at").asText());
        assertEquals(2, saved.get("keysAt").size());
        // not the whole board: the newest job, the pages down to the second before it (twice: the start, the scan)
        assertEquals(5, listings());
        assertEquals(5, consumer().getStatistics().getRequests());

        String later = create("later, same second", null);
        sandbox.clock().advance(Duration.ofSeconds(1));
        String next = create("next second", null);
        assertEquals(2, poll());
        assertEquals(List.of(later, next), versions());
        assertFalse(versions().contains(sameSecond));
    }

    @Test
    void startFromNowOnAnEmptyBoardDeliversEveryLaterJob() throws Exception {
        start("startFrom=now");
        assertEquals(0, poll());
        assertEquals(Instant.EPOCH.toString(),
                JSON.readTree(state.getState("hrflow-job-storing:" + board)).get("at").asText());

        String created = create("first job", null);
        assertEquals(1, poll());
        assertEquals(List.of(created), versions());
    }

    @Test
    void startFromATimeDeliversTheVersionsUpdatedAtOrAfterIt() throws Exception {
        List<String> jobs = createEachSecond(4);
        start("startFrom=" + T0.plusSeconds(2));

        assertEquals(2, poll());
        assertEquals(jobs.subList(2, 4), versions());
    }

    @Test
    void aStartedFileStateRepositoryIsNotNeededTheConsumerStartsIt(@TempDir java.nio.file.Path dir)
            throws Exception {
        List<String> jobs = createEachSecond(2);
        java.io.File file = dir.resolve("positions").toFile();
        FileStateRepository before = FileStateRepository.fileStateRepository(file);
        before.start();
        before.setState("hrflow-job-storing:" + board, watermark(T0, jobs.get(0)));
        before.stop();

        FileStateRepository repository = FileStateRepository.fileStateRepository(file);
        start("stateRepository=#file", repository);
        assertEquals(1, poll());

        assertEquals(List.of(jobs.get(1)), versions());
    }

    @Test
    void aPositionWrittenByHandWithoutKeysIsRead() throws Exception {
        List<String> jobs = createEachSecond(3);
        state.setState("hrflow-job-storing:" + board, "{\"at\":\"" + T0.plusSeconds(1) + "\"}");
        start("");

        assertEquals(2, poll());
        assertEquals(jobs.subList(1, 3), versions());
    }

    // ---- failures

    @Test
    void aPositionItDidNotWriteFailsEachPollNamingTheStateKey() throws Exception {
        createEachSecond(1);
        start("stateKey=broken");
        for (String saved : List.of("not json", "null", "{\"keysAt\":[]}", "{\"at\":\"yesterday\"}")) {
            state.setState("broken", saved);
            long requests = sandbox.requestCount();

            poll();

            Exception failure = rolledBack.get(rolledBack.size() - 1);
            assertTrue(failure instanceof IllegalStateException, saved + ": " + failure);
            assertTrue(failure.getMessage().contains("The saved position broken of the hrflow consumer is not one"
                                                     + " it wrote"),
                    failure.getMessage());
            assertEquals(requests, sandbox.requestCount(), "no request with a position it cannot read");
        }
        assertEquals(List.of(), versions());
        assertEquals(4, consumer().getStatistics().getFailures());
        assertTrue(consumer().getStatistics().getLastError().startsWith("IllegalStateException: The saved position"),
                consumer().getStatistics().getLastError());
    }

    @Test
    void aPageIsAskedAgainAfterA429OrA5xxWithinThePoll() throws Exception {
        List<String> jobs = createEachSecond(3);
        start("pageSize=2");
        sandbox.faults().retryAfterSeconds(0).throttleNext(1);
        sandbox.faults().htmlErrorNext(1);

        assertEquals(3, poll());

        assertEquals(jobs, versions());
        List<Integer> statuses = sandbox.requests().stream().map(RecordedRequest::status).toList();
        assertEquals(List.of(429, 502, 200, 200), statuses);
        assertEquals(4, consumer().getStatistics().getRequests());
        assertEquals(0, consumer().getStatistics().getFailures());
    }

    @Test
    void aFaultThatPersistsEndsThePollAfterThreeRetriesAndMovesNothing() throws Exception {
        createEachSecond(2);
        start("");
        sandbox.faults().retryAfterSeconds(0).throttleNext(10);

        assertEquals(0, poll());

        assertEquals(4, sandbox.requestCount(), "the first try and three more");
        assertEquals(1, rolledBack.size());
        assertEquals(4, consumer().getStatistics().getRequests());
        assertEquals(1, consumer().getStatistics().getFailures());
        assertTrue(consumer().getStatistics().getLastError().startsWith("HrFlowRateLimitException"),
                consumer().getStatistics().getLastError());
        assertNull(state.getState("hrflow-job-storing:" + board));
        assertEquals(List.of(), versions());
    }

    @Test
    void aLongRetryAfterPausesTheConsumerWithoutARequest() throws Exception {
        createEachSecond(2);
        start("");
        sandbox.faults().retryAfterSeconds(60).throttleNext(1);

        assertEquals(0, poll());
        assertEquals(1, sandbox.requestCount(), "a Retry-After over 10 s is not waited for within the poll");
        assertEquals(0, poll());
        assertEquals(0, poll());

        assertEquals(1, sandbox.requestCount(), "no request before the Retry-After has passed");
        assertEquals(1, consumer().getStatistics().getPolls(), "a paused consumer does not poll");
        assertEquals(1, consumer().getStatistics().getRequests());
        assertEquals(List.of(), versions());
    }

    @Test
    void aRequestHrFlowRefusesIsNotAskedAgain() throws Exception {
        createEachSecond(2);
        start("apiKey=RAW(askr_not_the_sandbox_key)");

        assertEquals(0, poll());

        assertEquals(1, sandbox.requestCount());
        assertEquals(401, sandbox.requests().get(0).status());
        assertTrue(consumer().getStatistics().getLastError().startsWith("HrFlowAuthenticationException"),
                consumer().getStatistics().getLastError());
        assertFalse(consumer().getStatistics().getLastError().contains("askr_not_the_sandbox_key"));
        assertEquals(0, poll(), "no pause: the next poll asks again");
        assertEquals(2, sandbox.requestCount());
    }

    @Test
    void everyKindOf5xxIsAskedAgainNotOnly429() throws Exception {
        createEachSecond(1);
        start("");
        // seeded: the four answers are 500 or 503, at least one 500
        sandbox.faults().seed(7).retryAfterSeconds(0).serverErrorRate(1.0);

        assertEquals(0, poll());

        List<Integer> statuses = sandbox.requests().stream().map(RecordedRequest::status).toList();
        assertEquals(4, statuses.size(), "the first try and three more: " + statuses);
        assertTrue(statuses.contains(500), "seed 7 gives a 500: " + statuses);
        assertEquals(4, consumer().getStatistics().getRequests());
    }

    @Test
    void aPageIsAskedAgainAfterABackOffThatDoublesEachTime() throws Exception {
        List<String> jobs = createEachSecond(1);
        start("");
        // nginx's 502 page carries no Retry-After: the consumer's own back-off, 100 ms then 200 and 400
        sandbox.faults().htmlErrorNext(3);

        long started = System.nanoTime();
        assertEquals(1, poll());
        long elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertEquals(jobs, versions());
        assertEquals(List.of(502, 502, 502, 200),
                sandbox.requests().stream().map(RecordedRequest::status).toList());
        assertTrue(elapsed >= 700, "waited " + elapsed + " ms");
    }

    @Test
    void aPollWaitingOutARetryAfterEndsWhenItsThreadIsInterrupted() throws Exception {
        createEachSecond(1);
        start("");
        sandbox.faults().retryAfterSeconds(8).throttleNext(1);
        Thread poller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            // a route stopped by force interrupts its consumer's thread: here, while it sleeps before asking again
            // the 429 was answered and the poller sleeps: it waits out the Retry-After
            await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.requestCount() == 1
                                                               && poller.getState() == Thread.State.TIMED_WAITING);
            poller.interrupt();
        }, "interrupter");
        interrupter.start();

        long started = System.nanoTime();
        int polled = poll();
        long elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis();
        boolean interrupted = Thread.interrupted();
        interrupter.join();

        assertEquals(0, polled);
        assertTrue(interrupted, "the interrupt is kept for the caller");
        assertTrue(elapsed < 8_000, "waited " + elapsed + " ms");
        assertEquals(1, sandbox.requestCount());
        assertTrue(rolledBack.get(0).getMessage().contains("429"), rolledBack.get(0).getMessage());
    }

    @Test
    void aProcessorThatThrowsFailsItsExchangeAsARouteWould() throws Exception {
        List<String> jobs = createEachSecond(2);
        start("");
        // a consumer created in code, without a route: its processor's exception is not caught for it
        List<String> seen = new ArrayList<>();
        Consumer direct = context.getEndpoint(uri("stateKey=direct")).createConsumer(e -> {
            seen.add(version(e));
            if (seen.size() == 2) {
                throw new IllegalStateException("processor failure");
            }
        });
        ServiceHelper.startService(direct);
        try {
            ((HrFlowStoringConsumer) direct).run();
            assertSaved("direct", T0, jobs.get(0));
            assertEquals("IllegalStateException: processor failure",
                    ((HrFlowStoringConsumer) direct).getStatistics().getLastError());
            ((HrFlowStoringConsumer) direct).run();
        } finally {
            ServiceHelper.stopService(direct);
        }

        assertEquals(List.of(jobs.get(0), jobs.get(1), jobs.get(1)), seen);
        assertSaved("direct", T0.plusSeconds(1), jobs.get(1));
    }

    @Test
    void aBatchHandedInFromOutsideIsRefusedAndTheConsumerStillDeliversFromItsPolls() throws Exception {
        List<String> jobs = createEachSecond(2);
        start("");
        long requests = sandbox.requestCount();

        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> consumer()
                        .processBatch(new ArrayDeque<>(List.of(context.getEndpoint(uri("")).createExchange()))));

        assertTrue(refused.getMessage().contains("job-storing consumer delivers only from its own polls"),
                refused.getMessage());
        assertEquals(requests, sandbox.requestCount(), "a refused batch reads nothing");
        assertEquals(List.of(), versions(), "and delivers nothing");
        assertEquals(2, poll());
        assertEquals(jobs, versions());
    }

    @Test
    void withPooledExchangesEveryExchangeGoesBackToThePool() throws Exception {
        List<String> jobs = createEachSecond(3);
        failing = e -> version(e).equals(jobs.get(1)) && failedOnce.add(version(e));
        context = new DefaultCamelContext();
        PooledExchangeFactory pooled = new PooledExchangeFactory();
        pooled.setStatisticsEnabled(true);
        context.getCamelContextExtension().setExchangeFactory(pooled);
        start("");

        assertEquals(1, poll());
        assertEquals(2, poll());

        assertEquals(List.of(jobs.get(0), jobs.get(1), jobs.get(1), jobs.get(2)), versions());
        PooledObjectFactory.Statistics statistics =
                context.getCamelContextExtension().getExchangeFactoryManager().getStatistics();
        assertEquals(1, statistics.getCreatedCounter(), "one exchange, taken back after each version");
        assertEquals(4, statistics.getReleasedCounter());
    }

    // ---- helpers

    private void start(String options) throws Exception {
        start(options, null);
    }

    private void start(String options, Object file) throws Exception {
        context = context == null ? new DefaultCamelContext() : context;
        HrFlowComponent hrflow = new HrFlowComponent();
        hrflow.getConfiguration().setApiKey(sandbox.apiKey());
        hrflow.getConfiguration().setUserEmail(sandbox.userEmail());
        hrflow.getConfiguration().setBaseUrl(sandbox.baseUrl());
        context.addComponent("hrflow", hrflow);
        context.getRegistry().bind("state", state);
        if (file != null) {
            context.getRegistry().bind("file", file);
        }
        context.getRegistry().bind("polls", new Recorder());
        context.getRegistry().bind("errors", new Recorder());
        String uri = uri(options);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("sync").process(e -> {
                    during.accept(e);
                    received.add(e);
                    delivered.add(version(e));
                    if (failing.test(e)) {
                        throw new IllegalStateException("route failure for " + version(e));
                    }
                });
            }
        });
        context.start();
        sandbox.clearRequests();
    }

    private String uri(String options) {
        return "hrflow:job-storing?boardKey=" + board + "&startScheduler=false&pollStrategy=#polls"
               + "&exceptionHandler=#errors" + (options.contains("stateRepository") ? "" : "&stateRepository=#state")
               + (options.isEmpty() ? "" : "&" + options);
    }

    /** One poll, as the scheduler would run it: the versions it delivered, 0 when it failed. */
    private int poll() {
        int commits = committed.size();
        int rollbacks = rolledBack.size();
        consumer().run();
        if (committed.size() == commits + 1) {
            return committed.get(commits);
        }
        assertEquals(rollbacks + 1, rolledBack.size(), "the poll neither completed nor failed");
        return 0;
    }

    private HrFlowStoringConsumer consumer() {
        return (HrFlowStoringConsumer) context.getRoute("sync").getConsumer();
    }

    /** The poll strategy and exception handler of the route: what each poll ended with. */
    private final class Recorder implements PollingConsumerPollStrategy, ExceptionHandler {

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            committed.add(polledMessages);
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            rolledBack.add(cause);
            return false;
        }

        @Override
        public void handleException(Throwable exception) {
            handleException(null, exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handleException(message, null, exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            handled.add(message);
        }
    }

    /** Where the consumer keeps its position; the test reads it and clears it, as an operator would. */
    private static final class Positions extends ServiceSupport implements StateRepository<String, String> {

        private final Map<String, String> positions = new ConcurrentHashMap<>();

        @Override
        public void setState(String key, String value) {
            if (value == null) {
                positions.remove(key);
            } else {
                positions.put(key, value);
            }
        }

        @Override
        public String getState(String key) {
            return positions.get(key);
        }
    }

    private List<String> versions() {
        return List.copyOf(delivered);
    }

    private static String version(Exchange e) {
        return e.getMessage().getHeader(HrFlowConstants.JOB_VERSION, String.class);
    }

    private long listings() {
        return sandbox.requests().stream().filter(r -> SyncHarness.STORING_JOBS.equals(r.path())).count();
    }

    private Instant sandboxNow() {
        return sandbox.clock().now();
    }

    /** {@code count} jobs, one a second from T0: their versions, oldest first. */
    private List<String> createEachSecond(int count) {
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sandbox.clock().advance(Duration.ofSeconds(1));
            }
            versions.add(create("job " + i, "ref-" + i));
        }
        return versions;
    }

    private String create(String name, String reference) {
        ObjectNode job = JsonNodeFactory.instance.objectNode().put("name", name);
        if (reference != null) {
            job.put("reference", reference);
        }
        return versionOf(sandbox.createJob(board, job));
    }

    private String edit(String version, String summary) {
        String key = version.split("@")[0];
        ObjectNode job = sandbox.store().jobByKey(board, key).orElseThrow().deepCopy();
        return versionOf(sandbox.editJob(board, job.put("summary", summary)));
    }

    private static String versionOf(ObjectNode job) {
        return job.get("key").asText() + "@" + job.get("updated_at").asText();
    }

    private static String watermark(Instant at, String... versions) {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("at", at.toString());
        var keys = json.putArray("keysAt");
        for (String version : versions) {
            keys.add(version.split("@")[0]);
        }
        return json.toString();
    }

    private int savedKeys(String key) {
        String saved = state.getState(key);
        if (saved == null) {
            return 0;
        }
        try {
            return JSON.readTree(saved).get("keysAt").size();
        } catch (Exception e) {
            throw new IllegalStateException(saved, e);
        }
    }

    /** The saved position: at {@code at}, holding exactly the keys of {@code versions}. */
    private void assertSaved(String key, Instant at, String... versions) throws Exception {
        String saved = state.getState(key);
        assertNotNull(saved, "a position under " + key);
        JsonNode json = JSON.readTree(saved);
        assertEquals(at.toString(), json.get("at").asText(), saved);
        List<String> keys = new ArrayList<>();
        json.get("keysAt").forEach(k -> keys.add(k.asText()));
        List<String> expected = new ArrayList<>();
        for (String version : versions) {
            expected.add(version.split("@")[0]);
        }
        assertEquals(Set.copyOf(expected), Set.copyOf(keys), saved);
        assertEquals(expected.size(), keys.size(), saved);
    }
}
