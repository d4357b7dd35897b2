package io.github.camelhrflow.console;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowDevConsole;
import io.github.camelhrflow.HrFlowProducerStatistics;
import io.github.camelhrflow.consumer.HrFlowStoringConsumer;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code hrflow} dev console, found the way Camel finds consoles (its services file), over a running board
 * consumer and a producer endpoint whose URI holds an API key.
 */
class HrFlowDevConsoleTest {

    private static final String BOARD = HrFlowSandbox.DEMO_BOARD_KEY;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter HRFLOW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private HrFlowSandbox sandbox;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        sandbox = HrFlowSandbox.builder().build().start();
        context = new DefaultCamelContext();
        HrFlowComponent hrflow = new HrFlowComponent();
        hrflow.getConfiguration().setApiKey(sandbox.apiKey());
        hrflow.getConfiguration().setUserEmail(sandbox.userEmail());
        hrflow.getConfiguration().setBaseUrl(sandbox.baseUrl());
        context.addComponent("hrflow", hrflow);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("hrflow:job-storing?boardKey=" + BOARD + "&delay=100").routeId("board").to("mock:jobs");
                from("direct:get").to("hrflow:job-indexing?boardKey=" + BOARD + "&apiKey=RAW(" + sandbox.apiKey()
                                      + ")&throwExceptionOnNotFound=false");
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        sandbox.close();
    }

    @Test
    void showsEachConsumerAndProducerInTextAndJson() throws Exception {
        HrFlowStoringConsumer consumer = (HrFlowStoringConsumer) context.getRoute("board").getConsumer();
        int jobs = sandbox.store().jobKeys(BOARD).size();
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getStatistics().getDelivered() == jobs);

        // the producer records each call itself: a found job, a missing one, and one that never reached HrFlow
        Integer missingStatus = null;
        for (String key : List.of(sandbox.store().jobKeys(BOARD).get(0), "no-such-job")) {
            Exchange exchange = context.createProducerTemplate().request("direct:get",
                    e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, key));
            missingStatus = exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE, Integer.class);
        }
        context.createProducerTemplate().request("direct:get", e -> e.getMessage().setBody("no key"));
        assertTrue(missingStatus >= 400, "HrFlow's answer to an unknown key: " + missingStatus);

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("hrflow");
        assertInstanceOf(HrFlowDevConsole.class, console,
                "found through META-INF/services/org/apache/camel/dev-console");

        Instant newest = sandbox.store().jobs(BOARD).stream()
                .map(job -> OffsetDateTime.parse(job.get("updated_at").asText(), HRFLOW_TIME).toInstant())
                .max(Instant::compareTo).orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        List<Map<String, Object>> consumers = (List<Map<String, Object>>) json.get("consumers");
        assertEquals(1, consumers.size());
        Map<String, Object> board = consumers.get(0);
        assertEquals("board", board.get("routeId"));
        assertEquals(BOARD, board.get("boardKey"));
        assertEquals((long) jobs, board.get("delivered"));
        assertEquals(newest.toString(), board.get("watermark"));
        assertNotNull(board.get("lastPoll"));
        assertEquals(0L, board.get("failures"));
        assertEquals(null, board.get("lastError"));

        List<Map<String, Object>> producers = (List<Map<String, Object>>) json.get("producers");
        assertEquals(1, producers.size(), "the consumer's endpoint is no producer: " + producers);
        Map<String, Object> producer = producers.get(0);
        assertEquals("get", producer.get("operation"));
        assertEquals(3L, producer.get("calls"));
        assertEquals(2L, producer.get("errors"));
        assertEquals(Map.of(String.valueOf(missingStatus), 1L, HrFlowProducerStatistics.NOT_SENT, 1L),
                producer.get("errorsByStatus"));

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains("Consumer " + BOARD + " (route board)"), text);
        assertTrue(text.contains("Watermark: " + newest), text);
        assertTrue(text.contains("Delivered: " + jobs), text);
        assertTrue(text.contains("Calls: 3  Errors: 2 {" + missingStatus + "=1, not sent=1}"), text);

        assertFalse(text.contains(sandbox.apiKey()), "no API key in the text: " + text);
        assertFalse(json.toString().contains(sandbox.apiKey()), "no API key in the JSON: " + json);
    }

    /** A consumer that has not polled yet shows dashes; after one poll, its figures. */
    @Test
    void showsAConsumerBeforeAndAfterItsFirstPollAndAListingProducer() throws Exception {
        String board = "c0ffee0000000000000000000000000000000099";
        sandbox.addBoard(board, "console");
        sandbox.createJob(board, JSON.createObjectNode().put("name", "only job"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("hrflow:job-storing?boardKey=" + board + "&startScheduler=false&stateKey=console-position")
                        .routeId("idle").to("mock:idle");
                from("direct:list").to("hrflow:job-storing?boardKey=" + board);
            }
        });
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("hrflow");
        String listing = "Producer hrflow://job-storing?boardKey=" + board + System.lineSeparator()
                         + "    Calls: 0  Errors: 0 {}";
        assertTrue(((String) console.call(DevConsole.MediaType.TEXT)).contains(listing),
                "a producer shows before its first call");
        context.createProducerTemplate().requestBody("direct:list", (Object) null);

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        String idle = text.substring(text.indexOf("Consumer " + board + " (route idle)"));
        assertTrue(idle.startsWith("Consumer " + board + " (route idle)" + System.lineSeparator()
                                   + "    Watermark: -" + System.lineSeparator()
                                   + "    Last poll: -" + System.lineSeparator()
                                   + "    Polls: 0  Requests: 0  Delivered: 0  Failures: 0" + System.lineSeparator()
                                   + "    Last error: -"),
                text);
        Map<String, Object> before = consumerJson(console, "idle");
        assertEquals("console-position", before.get("stateKey"));
        assertNull(before.get("watermark"));
        assertNull(before.get("lastPoll"));
        assertEquals(0L, before.get("polls"));

        HrFlowStoringConsumer consumer = (HrFlowStoringConsumer) context.getRoute("idle").getConsumer();
        consumer.run();
        Map<String, Object> after = consumerJson(console, "idle");
        assertEquals(1L, after.get("polls"));
        assertEquals(1L, after.get("requests"));
        assertEquals(1L, after.get("delivered"));
        assertNotNull(after.get("lastPoll"));
        assertNotNull(after.get("watermark"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> producers =
                (List<Map<String, Object>>) ((Map<String, Object>) console.call(DevConsole.MediaType.JSON))
                        .get("producers");
        Map<String, Object> lister = producers.stream()
                .filter(p -> ("hrflow://job-storing?boardKey=" + board).equals(p.get("uri"))).findFirst().orElse(null);
        assertNotNull(lister, "the listing producer: " + producers);
        assertEquals("hrflow:job-storing", lister.get("api"));
        assertNull(lister.get("operation"), "job-storing has no operation");
        assertEquals(1L, lister.get("calls"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> consumerJson(DevConsole console, String routeId) {
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        return ((List<Map<String, Object>>) json.get("consumers")).stream()
                .filter(c -> routeId.equals(c.get("routeId"))).findFirst().orElseThrow();
    }

    @Test
    void showsTheLastErrorOfAConsumer() throws Exception {
        HrFlowStoringConsumer consumer = (HrFlowStoringConsumer) context.getRoute("board").getConsumer();
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getStatistics().getPolls() > 0);
        sandbox.close();
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getStatistics().getLastError() != null);

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("hrflow");
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains("Last error: " + consumer.getStatistics().getLastError()), text);
        assertTrue(consumer.getStatistics().getFailures() > 0);
    }
}
