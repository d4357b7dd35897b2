package io.github.camelhrflow;

import io.github.camelhrflow.support.HrFlowTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wrong configuration is reported when the endpoint is created, and a message that cannot name a job fails before any
 * request is sent.
 */
class HrFlowEndpointValidationTest extends HrFlowTestSupport {

    @AfterEach
    void nothingReachedTheServer() {
        assertEquals(0, server.requestCount(), "a request was sent for an invalid configuration");
    }

    @Test
    void unknownApiIsRejected() {
        assertCreationFails("hrflow:job-search?boardKey=b&key=k", "Unknown HrFlow API 'job-search'",
                "hrflow:job-indexing");
    }

    @Test
    void keyAndReferenceTogetherAreRejectedNamingBoth() {
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&reference=r", "key", "reference", "both set");
    }

    @Test
    void missingApiKeyIsRejectedWithHowToSetIt() {
        context.getComponent("hrflow", HrFlowComponent.class).getConfiguration().setApiKey(null);
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k", "apiKey is required",
                "camel.component.hrflow.api-key");
    }

    @Test
    void missingUserEmailIsRejectedWithHowToSetIt() {
        context.getComponent("hrflow", HrFlowComponent.class).getConfiguration().setUserEmail(null);
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k", "userEmail is required",
                "camel.component.hrflow.user-email");
    }

    @Test
    void blankIdentifiersAreRejected() {
        assertCreationFails("hrflow:job-indexing?boardKey=b&key= ", "key is blank");
        assertCreationFails("hrflow:job-indexing?boardKey= &key=k", "boardKey is blank");
    }

    @Test
    void malformedBaseUrlIsRejected() {
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&baseUrl=api.hrflow.ai/v1", "baseUrl",
                "absolute http or https URL");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&baseUrl=ftp://api.hrflow.ai/v1", "baseUrl");
    }

    @Test
    void impossibleNumbersAreRejected() {
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&readTimeout=-1", "readTimeout", "at least 0");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&connectionsPerRoute=0", "connectionsPerRoute");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&proxyPort=3128", "proxyHost");
    }

    @Test
    void unknownOptionIsRejected() {
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&bordKey=x", "bordKey");
    }

    @Test
    void bothJobHeadersFailTheExchange() {
        Exception failure = sendExpectingFailure("hrflow:job-indexing?boardKey=b",
                HrFlowConstants.JOB_KEY, "k", HrFlowConstants.JOB_REFERENCE, "r");
        assertMessageContains(failure, HrFlowConstants.JOB_KEY, HrFlowConstants.JOB_REFERENCE, "remove the other");
    }

    @Test
    void noIdentifierAnywhereFailsWithHowToGiveOne() {
        Exception failure = sendExpectingFailure("hrflow:job-indexing?boardKey=b");
        assertMessageContains(failure, "No job to get", "key or reference option", HrFlowConstants.JOB_KEY);
    }

    @Test
    void blankHeaderIsNoIdentifier() {
        Exception failure = sendExpectingFailure("hrflow:job-indexing?boardKey=b", HrFlowConstants.JOB_KEY, " ");
        assertMessageContains(failure, "No job to get");
    }

    @Test
    void noBoardAnywhereFailsWithHowToGiveOne() {
        Exception failure = sendExpectingFailure("hrflow:job-indexing?key=k");
        assertMessageContains(failure, "No board", "boardKey", HrFlowConstants.BOARD_KEY);
    }

    private void assertCreationFails(String uri, String... expectedParts) {
        ResolveEndpointFailedException failure = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint(uri));
        assertMessageContains(failure, expectedParts);
    }

    private Exception sendExpectingFailure(String uri, String... headerNamesAndValues) {
        Exchange result = template.request(uri, exchange -> {
            for (int i = 0; i < headerNamesAndValues.length; i += 2) {
                exchange.getMessage().setHeader(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
            }
        });
        return assertInstanceOf(IllegalArgumentException.class, result.getException());
    }

    private static void assertMessageContains(Throwable failure, String... expectedParts) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        for (String part : expectedParts) {
            assertTrue(messages.toString().contains(part), "expected '" + part + "' in: " + messages);
        }
    }
}
