package io.github.camelhrflow.operations;

import java.time.Duration;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowAuthenticationException;
import io.github.camelhrflow.HrFlowBoardNotFoundException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.HrFlowRateLimitException;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HrFlow's refusals of each operation (index, edit, archive, upsert), as the sandbox answers them, mapped to the
 * exceptions of the README's "Errors" table, with messages that name the real HTTP method and operation.
 */
class JobOperationRefusalTest extends SandboxTestSupport {

    private static final String UNKNOWN_KEY = "ffffffffffffffffffffffffffffffffffffffff";

    private Exchange send(String uri, Object body) {
        return template.request(uri, e -> e.getMessage().setBody(body));
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "'" + part + "' missing from: " + text);
        }
    }

    @Test
    void indexOfAReferenceAlreadyUsedCarriesHrFlowsMessage() {
        seed("First", "taken");

        Exchange exchange = send("hrflow:job-indexing?operation=index&boardKey=" + board,
                "{\"name\":\"Second\",\"reference\":\"taken\"}");

        HrFlowApiException e = assertInstanceOf(HrFlowApiException.class, exchange.getException());
        assertFalse(e instanceof HrFlowJobNotFoundException);
        assertEquals(400, e.getStatusCode());
        assertNotNull(e.getHrFlowMessage());
        assertContains(e.getHrFlowMessage(), "Already used");
        assertContains(e.getMessage(), "HrFlow answered 400 to POST " + sandbox.baseUrl() + "/job/indexing (index job)",
                e.getHrFlowMessage());
        assertEquals(400, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals(1, sandbox.jobKeys(board).size());
    }

    @Test
    void indexWithoutANameCarriesHrFlowsMessage() {
        Exchange exchange = send("hrflow:job-indexing?operation=index&boardKey=" + board, "{\"reference\":\"r\"}");

        HrFlowApiException e = assertInstanceOf(HrFlowApiException.class, exchange.getException());
        assertEquals(400, e.getStatusCode());
        assertContains(e.getMessage(), e.getHrFlowMessage(), "(index job)");
    }

    @ParameterizedTest
    @CsvSource({ "index, POST, index job", "edit, PUT, edit job", "archive, PATCH, archive job",
            "upsert, GET, get job" })
    void aRejectedKeyOnAWriteSaysTheKeyMustBeAllowedToWrite(String operation, String method, String call) {
        String wrongKey = "askr_read_only_key_0123456789";
        Exchange exchange = send("hrflow:job-indexing?operation=" + operation + "&boardKey=" + board
                                 + "&key=k1&apiKey=" + wrongKey,
                "{\"name\":\"x\",\"key\":\"k1\",\"reference\":\"r1\"}");

        HrFlowAuthenticationException e =
                assertInstanceOf(HrFlowAuthenticationException.class, exchange.getException());
        assertEquals(401, e.getStatusCode());
        assertContains(e.getMessage(), method + " ", "(" + call + ")", "apiKey");
        if (!"GET".equals(method)) {
            assertContains(e.getMessage(), "write jobs");
        }
        assertFalse(e.getMessage().contains(wrongKey), e.getMessage());
        assertEquals(401, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @Test
    void aRejectedKeyOnAReadSaysTheKeyMustBeAllowedToRead() {
        Exchange exchange = send("hrflow:job-indexing?boardKey=" + board + "&key=k1&apiKey=askw_wrong", null);

        HrFlowAuthenticationException e =
                assertInstanceOf(HrFlowAuthenticationException.class, exchange.getException());
        assertContains(e.getMessage(), "GET ", "(get job)", "read jobs");
    }

    @ParameterizedTest
    @CsvSource({ "get, GET", "index, POST", "edit, PUT", "archive, PATCH" })
    void aBaseUrlWithoutV1IsA404ThatPointsAtBaseUrlNeverAMissingJob(String operation, String method) {
        String root = sandbox.baseUrl().substring(0, sandbox.baseUrl().length() - "/v1".length());
        Exchange exchange = send("hrflow:job-indexing?operation=" + operation + "&boardKey=" + board
                                 + "&key=k1&throwExceptionOnNotFound=false&baseUrl=" + root,
                "{\"name\":\"x\",\"key\":\"k1\"}");

        HrFlowApiException e = assertInstanceOf(HrFlowApiException.class, exchange.getException());
        assertFalse(e instanceof HrFlowJobNotFoundException, e.getClass().getName());
        assertEquals(404, e.getStatusCode());
        assertContains(e.getMessage(), method + " " + root + "/job/indexing", "baseUrl", "/v1");
    }

    @ParameterizedTest
    @CsvSource({ "edit, PUT, edit job", "archive, PATCH, archive job", "get, GET, get job" })
    void aMissingJobIsJobNotFound(String operation, String method, String call) {
        Exchange exchange = send("hrflow:job-indexing?operation=" + operation + "&boardKey=" + board + "&key="
                                 + UNKNOWN_KEY,
                "{\"name\":\"x\"}");

        HrFlowJobNotFoundException e = assertInstanceOf(HrFlowJobNotFoundException.class, exchange.getException());
        assertEquals(400, e.getStatusCode());
        assertContains(e.getHrFlowMessage(), "Unable to find object");
        assertContains(e.getMessage(), "HrFlow answered 400 to " + method + " " + sandbox.baseUrl(),
                "(" + call + ")", "throwExceptionOnNotFound=false");
        assertEquals(400, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @ParameterizedTest
    @CsvSource({ "edit", "archive" })
    void aMissingJobWithThrowExceptionOnNotFoundFalseLeavesTheBody(String operation) {
        Object body = "{\"name\":\"x\"}";
        Exchange exchange = send("hrflow:job-indexing?operation=" + operation + "&throwExceptionOnNotFound=false"
                                 + "&boardKey=" + board + "&key=" + UNKNOWN_KEY,
                body);

        assertNull(exchange.getException());
        assertSame(body, exchange.getMessage().getBody());
        assertEquals(400, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals(1, sandbox.requestCount());
    }

    @ParameterizedTest
    @CsvSource({ "get", "index", "edit", "archive", "upsert" })
    void anUnknownBoardIsAlwaysThrown(String operation) {
        String noSuchBoard = "0000000000000000000000000000000000000bad";
        Exchange exchange = send("hrflow:job-indexing?operation=" + operation + "&throwExceptionOnNotFound=false"
                                 + "&boardKey=" + noSuchBoard + "&key=" + UNKNOWN_KEY,
                "{\"name\":\"x\",\"reference\":\"r\"}");

        HrFlowBoardNotFoundException e = assertInstanceOf(HrFlowBoardNotFoundException.class, exchange.getException());
        assertContains(e.getMessage(), "boardKey", HrFlowConstants.BOARD_KEY);
        assertEquals(400, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @ParameterizedTest
    @CsvSource({ "get, GET, get job", "index, POST, index job", "edit, PUT, edit job",
            "archive, PATCH, archive job", "upsert, GET, get job" })
    void aThrottledCallSetsTheRedeliveryDelayFromRetryAfter(String operation, String method, String call) {
        String key = seed("Throttled", "ref-t").get("key").asText();
        sandbox.faults().retryAfterSeconds(7).throttleNext(1);

        Exchange exchange = send("hrflow:job-indexing?operation=" + operation + "&boardKey=" + board + "&key=" + key,
                "{\"name\":\"x\",\"key\":\"" + key + "\",\"reference\":\"ref-t\"}");

        HrFlowRateLimitException e = assertInstanceOf(HrFlowRateLimitException.class, exchange.getException());
        assertEquals(429, e.getStatusCode());
        assertEquals(Duration.ofSeconds(7), e.getRetryAfter());
        assertContains(e.getMessage(), "HrFlow answered 429 to " + method + " ", "(" + call + ")", "7000 ms");
        assertEquals(7000L, exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY, Long.class));
        assertEquals(429, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals(1, sandbox.jobKeys(board).size());
        assertEquals("Throttled", sandbox.store().jobByKey(board, key).orElseThrow().get("name").asText());
    }

    @ParameterizedTest
    @CsvSource({ "get, GET, get job", "index, POST, index job", "edit, PUT, edit job",
            "archive, PATCH, archive job", "upsert, GET, get job" })
    void aServerErrorNamesTheRealMethodAndOperation(String operation, String method, String call) {
        String key = seed("Down", "ref-5").get("key").asText();
        sandbox.faults().serverErrorRate(1.0);

        Exchange exchange = send("hrflow:job-indexing?operation=" + operation + "&boardKey=" + board + "&key=" + key,
                "{\"name\":\"x\",\"key\":\"" + key + "\",\"reference\":\"ref-5\"}");

        HrFlowApiException e = assertInstanceOf(HrFlowApiException.class, exchange.getException());
        assertTrue(e.getStatusCode() == 500 || e.getStatusCode() == 503, "status " + e.getStatusCode());
        assertContains(e.getMessage(), "HrFlow answered " + e.getStatusCode() + " to " + method + " "
                                       + sandbox.baseUrl(),
                "(" + call + ")");
        assertEquals(e.getStatusCode(), exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals(1, sandbox.requestCount(), "the component never retries by itself");
    }
}
