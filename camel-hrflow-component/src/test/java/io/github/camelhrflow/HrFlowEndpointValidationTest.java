package io.github.camelhrflow;

import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wrong configuration is reported when the endpoint is created, and a message that cannot name a job fails before any
 * request is sent.
 */
class HrFlowEndpointValidationTest extends SandboxTestSupport {

    @AfterEach
    void nothingReachedTheServer() {
        assertNoRequest();
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
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&readTimeout=-1", "readTimeout", "at least 1");
        // 0 would make HttpClient wait forever
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&readTimeout=0", "readTimeout", "at least 1");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&connectTimeout=0", "connectTimeout",
                "at least 1");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&connectTimeout=abc", "connectTimeout");
        // the message says what was written, not the 0 Camel's binding would make of it
        assertCreationFails("hrflow:job-storing?boardKey=b&pageSize=abc", "The option pageSize is \"abc\"",
                "whole number");
        assertCreationFails("hrflow:job-storing?boardKey=b&maxMessagesPerPoll=ten", "maxMessagesPerPoll is \"ten\"");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&readTimeout=30s", "readTimeout is \"30s\"");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&requestTimeout=soon", "requestTimeout is \"soon\"");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&pageSize=12x", "pageSize");
        assertCreationFails("hrflow:job-storing?boardKey=b&pageSize=0", "pageSize", "at least 1");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&connectionsPerRoute=0", "connectionsPerRoute",
                "at least 1");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&maxTotalConnections=0", "maxTotalConnections",
                "at least 1");
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&proxyPort=3128", "proxyHost");
    }

    @Test
    void numbersAndDurationsAreAccepted() {
        context.getEndpoint("hrflow:job-storing?boardKey=b&pageSize=50&requestTimeout=2m&delay=5s&initialDelay=0");
        context.getEndpoint("hrflow:job-indexing?boardKey=b&key=k&readTimeout=1000&requestTimeout=120000");
    }

    @Test
    void unknownOptionIsRejected() {
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&bordKey=x", "bordKey");
    }

    @Test
    void blankReferenceBesideAKeyIsReportedAsBlank() {
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&reference=", "reference is blank");
    }

    @Test
    void optionsOfTheOtherApiAreRejected() {
        assertCreationFails("hrflow:job-indexing?boardKey=b&key=k&pageSize=10", "pageSize",
                "applies to hrflow:job-storing only");
        assertCreationFails("hrflow:job-storing?boardKey=b&operation=archive", "operation",
                "applies to hrflow:job-indexing only");
    }

    @Test
    void storingValuesAreChecked() {
        assertCreationFails("hrflow:job-storing?boardKey=b&sortBy=name", "sortBy", "created_at or updated_at");
        assertCreationFails("hrflow:job-storing?boardKey=b&orderBy=up", "orderBy", "asc or desc");
        assertCreationFails("hrflow:job-storing?boardKey=b&startFrom=yesterday", "startFrom", "ISO-8601");
        assertCreationFails("hrflow:job-storing?boardKey=b&stateKey=%20", "stateKey", "blank");
    }

    @Test
    void messagesNameTheApiInUse() {
        ResolveEndpointFailedException failure = assertThrows(ResolveEndpointFailedException.class,
                () -> new org.apache.camel.impl.DefaultCamelContext().getEndpoint("hrflow:job-storing?boardKey=b"));
        assertMessageContains(failure, "apiKey is required", "hrflow:job-storing?apiKey=");
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
