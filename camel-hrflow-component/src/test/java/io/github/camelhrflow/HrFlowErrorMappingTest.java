package io.github.camelhrflow;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.SandboxTestSupport;
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
 * Every row of the error table: what HrFlow answers (scripted in the sandbox), and what the route gets.
 */
class HrFlowErrorMappingTest extends SandboxTestSupport {

    /** Every answer here is scripted: the job need not exist. */
    private static final String JOB_KEY = "8cee3ead87a38cc1f7f3cf9298b7e58e16406e05";

    private String uri() {
        return "hrflow:job-indexing?boardKey=" + board + "&key=" + JOB_KEY;
    }

    @ParameterizedTest
    @ValueSource(ints = { 401, 403 })
    void rejectedCredentialsAreAnAuthenticationFailure(int status) {
        sandbox.faults().answerNext(ScriptedAnswer.json(status, Samples.text(Samples.INVALID_KEY)));
        HrFlowAuthenticationException e = failure(HrFlowAuthenticationException.class);
        assertEquals(status, e.getStatusCode());
        assertEquals(status, e.getHttpResponseCode());
        assertEquals("Unauthorized. Invalid secret key: xxxxx ", e.getHrFlowMessage());
        assertTrue(e.getMessage().contains("Check the apiKey and userEmail"), e.getMessage());
    }

    @Test
    void notFoundStatusPointsAtTheBaseUrlNotAtAMissingJob() {
        sandbox.faults().answerNext(ScriptedAnswer.json(404, "{\"code\":404,\"message\":\"Not Found\"}"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertEquals(HrFlowApiException.class, e.getClass(), "a 404 is never a missing job");
        assertEquals(404, e.getStatusCode());
        assertTrue(e.getMessage().contains("check the baseUrl option (it ends with /v1"), e.getMessage());
        assertFalse(e.getMessage().contains("throwExceptionOnNotFound"), e.getMessage());
    }

    @Test
    void notFoundGivesNullBodyWhenAskedTo() {
        sandbox.faults().answerNext(ScriptedAnswer.json(400, Samples.text(Samples.JOB_NOT_FOUND)));
        Exchange exchange =
                template.request(uri() + "&throwExceptionOnNotFound=false", e -> e.getMessage().setBody("in"));
        assertNull(exchange.getException());
        assertNull(exchange.getMessage().getBody());
        assertEquals(400, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @Test
    void otherErrorsStayFatalWhenNotFoundIsTolerated() {
        sandbox.faults().answerNext(ScriptedAnswer.json(401, Samples.text(Samples.INVALID_KEY)));
        Exchange exchange = template.request(uri() + "&throwExceptionOnNotFound=false", e -> {
        });
        assertInstanceOf(HrFlowAuthenticationException.class, exchange.getException());
    }

    @Test
    void rateLimitWithHttpDateRetryAfter() {
        String inOneMinute = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
        sandbox.faults().answerNext(
                ScriptedAnswer.json(429, "{\"code\":429,\"message\":\"slow down\"}").withHeader("Retry-After",
                        inOneMinute));
        Duration wait = failure(HrFlowRateLimitException.class).getRetryAfter();
        assertTrue(wait.toSeconds() > 50 && wait.toSeconds() <= 60, wait.toString());
    }

    @Test
    void rateLimitWithoutRetryAfter() {
        sandbox.faults().answerNext(ScriptedAnswer.json(429, "{\"code\":429,\"message\":\"slow down\"}"));
        Exchange exchange = template.request(uri(), e -> {
        });
        assertNull(assertInstanceOf(HrFlowRateLimitException.class, exchange.getException()).getRetryAfter());
        assertNull(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 402, 422, 500, 502, 503 })
    void otherStatusesAreGenericApiFailures(int status) {
        sandbox.faults().answerNext(
                ScriptedAnswer.json(status, "{\"code\":" + status + ",\"message\":\"Something went wrong\"}"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertSame(HrFlowApiException.class, e.getClass());
        assertEquals(status, e.getStatusCode());
        assertEquals("Something went wrong", e.getHrFlowMessage());
    }

    @Test
    void unavailableWithRetryAfterSetsRedeliveryDelay() {
        sandbox.faults().answerNext(
                ScriptedAnswer.json(503, "{\"code\":503,\"message\":\"Maintenance\"}").withHeader("Retry-After", "2"));
        Exchange exchange = template.request(uri(), e -> {
        });
        assertEquals(Duration.ofSeconds(2), assertInstanceOf(HrFlowApiException.class, exchange.getException())
                .getRetryAfter());
        assertEquals(2000L, exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));
    }

    @Test
    void htmlErrorPageFromAProxyIsDescribed() {
        sandbox.faults().answerNext(
                ScriptedAnswer.of(502, "text/html", "<html><head><title>502 Bad Gateway</title></head></html>"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertEquals(502, e.getStatusCode());
        assertNull(e.getHrFlowMessage());
        assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
    }

    @Test
    void reasonPhraseIsKeptForRoutesThatLogIt() {
        sandbox.faults().answerNext(ScriptedAnswer.of(502, "text/html", "<html>bad gateway</html>"));
        assertEquals("Bad Gateway", failure(HrFlowApiException.class).getHttpResponseStatus());
    }

    @Test
    void redirectStatusIsAnErrorEvenWithAJobInTheBody() {
        // redirects are not followed (they would carry the key elsewhere): no 3xx may pass for an answer
        sandbox.faults().answerNext(ScriptedAnswer.json(300, Samples.jobAnswer(JOB_KEY, null)));
        assertEquals(300, failure(HrFlowApiException.class).getStatusCode());
    }

    @Test
    void jsonAnswerWithoutContentTypeIsRead() {
        sandbox.faults().answerNext(ScriptedAnswer.of(200, null, Samples.jobAnswer(JOB_KEY, null)));
        Exchange exchange = template.request(uri(), e -> {
        });
        assertNull(exchange.getException());
        assertEquals(JOB_KEY, exchange.getMessage().getBody(Job.class).getKey());
    }

    @Test
    void htmlWithSuccessStatusIsNotTakenForAJob() {
        sandbox.faults().answerNext(
                ScriptedAnswer.of(200, "text/html; charset=utf-8", "<html><body>Login required</body></html>"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertEquals(200, e.getStatusCode());
        assertTrue(e.getMessage().contains("text/html"), e.getMessage());
        assertTrue(e.getMessage().contains("<html><body>Login required"), e.getMessage());
    }

    @Test
    void emptySuccessBodyIsDescribed() {
        sandbox.faults().answerNext(ScriptedAnswer.of(200, "application/json", ""));
        assertTrue(failure(HrFlowApiException.class).getMessage().contains("(empty)"));
    }

    @Test
    void truncatedJsonIsDescribed() {
        String full = Samples.text(Samples.FULL_JOB);
        sandbox.faults().answerNext(
                ScriptedAnswer.of(200, "application/json;charset=UTF-8", full.substring(0, full.length() / 2)));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertTrue(e.getMessage().contains("not an HrFlow JSON answer"), e.getMessage());
        assertTrue(e.getMessage().contains("\"code\": 200"), e.getMessage());
        // what the parser found wrong, on one line: the location lines it appends are left out
        assertTrue(e.getMessage().contains("(Unexpected end-of-input"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void errorCodeInsideASuccessfulAnswerIsAnError() {
        sandbox.faults().answerNext(ScriptedAnswer.json(200, Samples.text(Samples.JOB_NOT_FOUND)));
        assertEquals(400, failure(HrFlowJobNotFoundException.class).getStatusCode());
    }

    @Test
    void errorCodeWithoutAMessageShowsTheBody() {
        sandbox.faults().answerNext(ScriptedAnswer.json(200, "{\"code\":500,\"data\":null}"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertEquals(500, e.getStatusCode());
        assertNull(e.getHrFlowMessage());
        assertTrue(e.getMessage().endsWith(": {\"code\":500,\"data\":null}"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "200, false", "201, true" })
    void anErrorPageIsQuotedUpTo200Characters(int length, boolean cut) {
        String page = "x".repeat(length);
        sandbox.faults().answerNext(ScriptedAnswer.of(502, "text/plain", page));
        String message = failure(HrFlowApiException.class).getMessage();
        assertTrue(message.endsWith(": " + page.substring(0, 200) + (cut ? "..." : "")), message);
    }

    @Test
    void redirectCodeInsideASuccessfulAnswerIsAnError() {
        sandbox.faults()
                .answerNext(ScriptedAnswer.json(200, "{\"code\":300,\"message\":\"Multiple choices\",\"data\":{}}"));
        HrFlowApiException e = failure(HrFlowApiException.class);
        assertEquals(300, e.getStatusCode());
        assertEquals("Multiple choices", e.getHrFlowMessage());
    }

    @Test
    void envelopeWithoutDataIsAnError() {
        sandbox.faults()
                .answerNext(ScriptedAnswer.json(200, "{\"code\":200,\"message\":\"Job details\",\"data\":null}"));
        assertTrue(failure(HrFlowApiException.class).getMessage().contains("without data"));
    }

    private <T extends Exception> T failure(Class<T> type) {
        Exchange exchange = template.request(uri(), e -> {
        });
        return assertInstanceOf(type, exchange.getException());
    }
}
