package io.github.camelhrflow;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.ScriptedHttpServer.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of the error table: what HrFlow answers, and what the route gets.
 */
class HrFlowErrorMappingTest extends HrFlowTestSupport {

    private static final String URI = "hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY;

    @ParameterizedTest
    @ValueSource(ints = { 401, 403 })
    void rejectedCredentialsAreAnAuthenticationFailure(int status) {
        server.thenReply(Reply.json(status, Samples.text(Samples.INVALID_KEY)));
        HrFlowAuthenticationException e = failure(HrFlowAuthenticationException.class);
        assertEquals(status, e.getStatusCode());
        assertEquals(status, e.getHttpResponseCode());
        assertEquals("Unauthorized. Invalid secret key: xxxxx ", e.getHrFlowMessage());
        assertTrue(e.getMessage().contains("Check the apiKey and userEmail"), e.getMessage());
    }

    @Test
    void notFoundStatusPointsAtTheBaseUrlNotAtAMissingJob() {
        server.thenReply(Reply.json(404, "{\"code\":404,\"message\":\"Not Found\"}"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertEquals(HrFlowApiException.class, e.getClass(), "a 404 is never a missing job");
        assertEquals(404, e.getStatusCode());
        assertTrue(e.getMessage().contains("check the baseUrl option (it ends with /v1"), e.getMessage());
        assertFalse(e.getMessage().contains("throwExceptionOnNotFound"), e.getMessage());
    }

    @Test
    void notFoundGivesNullBodyWhenAskedTo() {
        server.thenReply(Reply.json(400, Samples.text(Samples.JOB_NOT_FOUND)));
        Exchange exchange =
                template.request(URI + "&throwExceptionOnNotFound=false", e -> e.getMessage().setBody("in"));
        assertNull(exchange.getException());
        assertNull(exchange.getMessage().getBody());
        assertEquals(400, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @Test
    void otherErrorsStayFatalWhenNotFoundIsTolerated() {
        server.thenReply(Reply.json(401, Samples.text(Samples.INVALID_KEY)));
        Exchange exchange = template.request(URI + "&throwExceptionOnNotFound=false", e -> {
        });
        assertInstanceOf(HrFlowAuthenticationException.class, exchange.getException());
    }

    @Test
    void rateLimitWithHttpDateRetryAfter() {
        String inOneMinute = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
        server.thenReply(Reply.json(429, "{\"code\":429,\"message\":\"slow down\"}").withHeader("Retry-After",
                inOneMinute));
        Duration wait = failure(HrFlowRateLimitException.class).getRetryAfter();
        assertTrue(wait.toSeconds() > 50 && wait.toSeconds() <= 60, wait.toString());
    }

    @Test
    void rateLimitWithoutRetryAfter() {
        server.thenReply(Reply.json(429, "{\"code\":429,\"message\":\"slow down\"}"));
        Exchange exchange = template.request(URI, e -> {
        });
        assertNull(assertInstanceOf(HrFlowRateLimitException.class, exchange.getException()).getRetryAfter());
        assertNull(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 402, 422, 500, 502, 503 })
    void otherStatusesAreGenericApiFailures(int status) {
        server.thenReply(Reply.json(status, "{\"code\":" + status + ",\"message\":\"Something went wrong\"}"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertSame(HrFlowApiException.class, e.getClass());
        assertEquals(status, e.getStatusCode());
        assertEquals("Something went wrong", e.getHrFlowMessage());
    }

    @Test
    void unavailableWithRetryAfterSetsRedeliveryDelay() {
        server.thenReply(Reply.json(503, "{\"code\":503,\"message\":\"Maintenance\"}").withHeader("Retry-After", "2"));
        Exchange exchange = template.request(URI, e -> {
        });
        assertEquals(Duration.ofSeconds(2), assertInstanceOf(HrFlowApiException.class, exchange.getException())
                .getRetryAfter());
        assertEquals(2000L, exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));
    }

    @Test
    void htmlErrorPageFromAProxyIsDescribed() {
        server.thenReply(Reply.of(502, "text/html", "<html><head><title>502 Bad Gateway</title></head></html>"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertEquals(502, e.getStatusCode());
        assertNull(e.getHrFlowMessage());
        assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
    }

    @Test
    void reasonPhraseIsKeptForRoutesThatLogIt() {
        server.thenReply(Reply.of(502, "text/html", "<html>bad gateway</html>"));
        assertEquals("Bad Gateway", failure(HrFlowApiException.class).getHttpResponseStatus());
    }

    @Test
    void redirectStatusIsAnErrorEvenWithAJobInTheBody() {
        // redirects are not followed (they would carry the key elsewhere): no 3xx may pass for an answer
        server.thenReply(Reply.json(300, Samples.jobAnswer(JOB_KEY, null)));
        assertEquals(300, failure(HrFlowApiException.class).getStatusCode());
    }

    @Test
    void jsonAnswerWithoutContentTypeIsRead() {
        server.thenReply(Reply.of(200, null, Samples.jobAnswer(JOB_KEY, null)));
        Exchange exchange = template.request(URI, e -> {
        });
        assertNull(exchange.getException());
        assertEquals(JOB_KEY, exchange.getMessage().getBody(Job.class).getKey());
    }

    @Test
    void htmlWithSuccessStatusIsNotTakenForAJob() {
        server.thenReply(Reply.of(200, "text/html; charset=utf-8", "<html><body>Login required</body></html>"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertEquals(200, e.getStatusCode());
        assertTrue(e.getMessage().contains("text/html"), e.getMessage());
        assertTrue(e.getMessage().contains("<html><body>Login required"), e.getMessage());
    }

    @Test
    void emptySuccessBodyIsDescribed() {
        server.thenReply(Reply.of(200, "application/json", ""));
        assertTrue(failure(HrFlowApiException.class).getMessage().contains("(empty)"));
    }

    @Test
    void truncatedJsonIsDescribed() {
        String full = Samples.text(Samples.FULL_JOB);
        server.thenReply(Reply.of(200, "application/json;charset=UTF-8", full.substring(0, full.length() / 2)));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertTrue(e.getMessage().contains("not an HrFlow JSON answer"), e.getMessage());
        assertTrue(e.getMessage().contains("\"code\": 200"), e.getMessage());
        // what the parser found wrong, on one line: the location lines it appends are left out
        assertTrue(e.getMessage().contains("(Unexpected end-of-input"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void errorCodeInsideASuccessfulAnswerIsAnError() {
        server.thenReply(Reply.json(200, Samples.text(Samples.JOB_NOT_FOUND)));
        assertEquals(400, failure(HrFlowJobNotFoundException.class).getStatusCode());
    }

    @Test
    void errorCodeWithoutAMessageShowsTheBody() {
        server.thenReply(Reply.json(200, "{\"code\":500,\"data\":null}"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertEquals(500, e.getStatusCode());
        assertNull(e.getHrFlowMessage());
        assertTrue(e.getMessage().endsWith(": {\"code\":500,\"data\":null}"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "200, false", "201, true" })
    void anErrorPageIsQuotedUpTo200Characters(int length, boolean cut) {
        String page = "x".repeat(length);
        server.thenReply(Reply.of(502, "text/plain", page));
        String message = failure(HrFlowApiException.class).getMessage();
        assertTrue(message.endsWith(": " + page.substring(0, 200) + (cut ? "..." : "")), message);
    }

    @Test
    void redirectCodeInsideASuccessfulAnswerIsAnError() {
        server.thenReply(Reply.json(200, "{\"code\":300,\"message\":\"Multiple choices\",\"data\":{}}"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertEquals(300, e.getStatusCode());
        assertEquals("Multiple choices", e.getHrFlowMessage());
    }

    @Test
    void envelopeWithoutDataIsAnError() {
        server.thenReply(Reply.json(200, "{\"code\":200,\"message\":\"Job details\",\"data\":null}"));
        assertTrue(failure(HrFlowApiException.class).getMessage().contains("without data"));
    }

    private <T extends Exception> T failure(Class<T> type) {
        Exchange exchange = template.request(URI, e -> {
        });
        return assertInstanceOf(type, exchange.getException());
    }
}
