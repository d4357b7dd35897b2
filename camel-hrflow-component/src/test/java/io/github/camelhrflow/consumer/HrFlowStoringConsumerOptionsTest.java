package io.github.camelhrflow.consumer;

import io.github.camelhrflow.HrFlowComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proof 5: a bad consumer option fails when the endpoint or the consumer is created, naming the option. */
class HrFlowStoringConsumerOptionsTest {

    private static final String BOARD = "c0ffee0000000000000000000000000000000002";

    private CamelContext context;

    @BeforeEach
    void setUp() {
        context = new DefaultCamelContext();
        HrFlowComponent hrflow = new HrFlowComponent();
        hrflow.getConfiguration().setApiKey("askr_options_test_key");
        hrflow.getConfiguration().setUserEmail("options@example.com");
        // never contacted: every case fails before a request
        hrflow.getConfiguration().setBaseUrl("http://127.0.0.1:9/v1");
        context.addComponent("hrflow", hrflow);
    }

    @AfterEach
    void tearDown() throws Exception {
        context.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "pageSize=0|pageSize",
            "pageSize=-5|pageSize",
            "pageSize=many|pageSize",
            "startFrom=yesterday|startFrom",
            "startFrom=2024-01-31|startFrom",
            "startFrom=2024-01-31T00:00:00|startFrom",
            "stateKey=%20|stateKey",
            "stateRepository=#missingBean|stateRepository",
            "maxMessagesPerPoll=-1|maxMessagesPerPoll",
            "sortBy=name|sortBy",
            "orderBy=up|orderBy" })
    void badValueFailsAtEndpointCreationNamingTheOption(String option, String name) {
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint("hrflow:job-storing?boardKey=" + BOARD + "&" + option));
        assertTrue(messages(e).contains(name), option + " -> " + messages(e));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "hrflow:job-storing|boardKey",
            "hrflow:job-storing?boardKey=" + BOARD + "&sortBy=created_at|sortBy",
            "hrflow:job-storing?boardKey=" + BOARD + "&orderBy=asc|orderBy",
            "hrflow:job-indexing?boardKey=" + BOARD + "|job-storing" })
    void badConsumerFailsWhenTheRouteStarts(String uri, String name) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("log:never");
            }
        });
        Exception e = assertThrows(Exception.class, () -> context.start());
        assertTrue(messages(e).contains(name), uri + " -> " + messages(e));
    }

    @Test
    void goodValuesAreAccepted() {
        for (String options : new String[] {
                "startFrom=now", "startFrom=beginning", "startFrom=2024-01-31T00:00:00Z",
                "startFrom=RAW(2024-01-31T01:00:00+01:00)", "pageSize=1", "stateKey=sync-1",
                "delay=10&maxMessagesPerPoll=5&greedy=true", "maxMessagesPerPoll=0",
                "sortBy=created_at&orderBy=asc", "sortBy=updated_at&orderBy=desc" }) {
            context.getEndpoint("hrflow:job-storing?boardKey=" + BOARD + "&" + options);
        }
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" | ");
        }
        return text.toString();
    }
}
