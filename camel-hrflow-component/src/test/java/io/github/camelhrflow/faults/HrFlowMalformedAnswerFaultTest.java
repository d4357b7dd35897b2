package io.github.camelhrflow.faults;

import java.util.List;
import java.util.Map;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.ConcurrentSender;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answers that are not HrFlow's, mixed with good ones under concurrency: a proxy's HTML 502, truncated JSON, an empty
 * 200, a login page with status 200, a plain-text 500. Each fails its own exchange with a typed error that says what
 * came back; the good answers in between, sharing the same pooled connections, still reach their own exchange.
 */
class HrFlowMalformedAnswerFaultTest extends SandboxTestSupport {

    private static final String FULL = Samples.text(Samples.FULL_JOB);

    /** The answer for a job, chosen by its number, and what the exception message must show of it. */
    enum Answer {
        GOOD(null),
        PROXY_HTML_502("502 Bad Gateway"),
        TRUNCATED_JSON("not an HrFlow JSON answer"),
        EMPTY_200("(empty)"),
        LOGIN_PAGE_200("text/html"),
        PLAIN_TEXT_500("upstream connect error");

        final String shown;

        Answer(String shown) {
            this.shown = shown;
        }

        /** The answer for the job at this place on the board. */
        static Answer of(int index) {
            return values()[index % values().length];
        }

        /** What the sandbox sends instead of the job; null for the job itself. */
        ScriptedAnswer scripted() {
            return switch (this) {
                case GOOD -> null;
                case PROXY_HTML_502 ->
                    ScriptedAnswer.of(502, "text/html", "<html><head><title>502 Bad Gateway</title></head>"
                                                        + "<body><center>nginx</center></body></html>");
                case TRUNCATED_JSON -> ScriptedAnswer.of(200, "application/json", FULL.substring(0, FULL.length() / 3));
                case EMPTY_200 -> ScriptedAnswer.of(200, "application/json", "");
                case LOGIN_PAGE_200 ->
                    ScriptedAnswer.of(200, "text/html; charset=utf-8", "<html><form>Sign in</form></html>");
                case PLAIN_TEXT_500 ->
                    ScriptedAnswer.of(500, "text/plain", "upstream connect error or disconnect/reset");
            };
        }
    }

    @Test
    void eachMalformedAnswerFailsOnlyItsOwnExchange() throws Exception {
        List<String> keys = sandbox.seedJobs(board, 300, 5);
        sandbox.faults().answerWith(request -> Answer.of(keys.indexOf(request.param("key"))).scripted());

        Map<String, Exchange> done = ConcurrentSender.send(template, "hrflow:job-indexing?boardKey=" + board, keys, 8,
                60);

        done.forEach((key, exchange) -> {
            Answer answer = Answer.of(keys.indexOf(key));
            if (answer == Answer.GOOD) {
                assertNull(exchange.getException(), key);
                assertEquals(key, exchange.getMessage().getBody(Job.class).getKey());
            } else {
                HrFlowApiException e = assertInstanceOf(HrFlowApiException.class, exchange.getException(),
                        () -> key + " " + answer + ": " + exchange.getException());
                assertTrue(e.getMessage().contains(answer.shown), answer + ": " + e.getMessage());
            }
        });
        assertEquals(keys.size(), sandbox.requestCount(), "one call per exchange");
    }
}
