package io.github.camelhrflow.operations;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the component refuses before it calls HrFlow (a body that is no job, an edit with no key or reference, an
 * upsert without a reference, no board): each case fails the exchange with a message that says what is missing, and
 * the sandbox sees no request at all.
 */
class JobOperationValidationTest extends SandboxTestSupport {

    private Exception failure(String uri, Object body) {
        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(body));
        assertNotNull(exchange.getException(), "the exchange must fail");
        return exchange.getException();
    }

    private static void assertMessage(Exception e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void indexOfAnIntegerBody() {
        Exception e = failure("hrflow:job-indexing?operation=index&boardKey=" + board, 42);
        assertInstanceOf(IllegalArgumentException.class, e);
        assertMessage(e, "must be a job", "java.lang.Integer", "operation=index");
        assertNoRequest();
    }

    @Test
    void indexOfMalformedJsonText() {
        Exception e = failure("hrflow:job-indexing?operation=index&boardKey=" + board, "{\"name\": \"cut");
        assertInstanceOf(IllegalArgumentException.class, e);
        assertMessage(e, "must be a job", "java.lang.String");
        assertNoRequest();
    }

    @Test
    void indexWithoutABody() {
        Exception e = failure("hrflow:job-indexing?operation=index&boardKey=" + board, null);
        assertInstanceOf(IllegalArgumentException.class, e);
        assertMessage(e, "must be a job", "no body");
        assertNoRequest();
    }

    @Test
    void editAndUpsertOfAnUnconvertibleBody() {
        assertInstanceOf(IllegalArgumentException.class,
                failure("hrflow:job-indexing?operation=edit&boardKey=" + board, 3.5d));
        assertInstanceOf(IllegalArgumentException.class,
                failure("hrflow:job-indexing?operation=upsert&boardKey=" + board, new Object()));
        assertNoRequest();
    }

    @Test
    void editWithNoKeyOrReferenceAnywhere() {
        Exception e = failure("hrflow:job-indexing?operation=edit&boardKey=" + board, "{\"name\":\"Nameless\"}");
        assertInstanceOf(IllegalArgumentException.class, e);
        assertMessage(e, "No job to edit", HrFlowConstants.JOB_KEY, HrFlowConstants.JOB_REFERENCE);
        assertNoRequest();
    }

    @Test
    void editWithBlankKeyAndReferenceInTheBodyAndHeaders() {
        Exchange exchange = template.request("hrflow:job-indexing?operation=edit&boardKey=" + board, e -> {
            e.getMessage().setBody("{\"name\":\"Blank\",\"key\":\" \",\"reference\":\"\"}");
            e.getMessage().setHeader(HrFlowConstants.JOB_KEY, " ");
        });
        assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertMessage(exchange.getException(), "No job to edit");
        assertNoRequest();
    }

    @Test
    void upsertWithoutReference() {
        Exception e = failure("hrflow:job-indexing?operation=upsert&boardKey=" + board,
                "{\"name\":\"No ref\",\"key\":\"0000000000000000000000000000000000000001\"}");
        assertInstanceOf(IllegalArgumentException.class, e);
        assertMessage(e, "without a reference", "operation=index");
        assertNoRequest();
    }

    @Test
    void upsertIgnoresAReferenceHeaderItIsTheBodysReferenceThatCounts() {
        Exchange exchange = template.request("hrflow:job-indexing?operation=upsert&boardKey=" + board, e -> {
            e.getMessage().setBody("{\"name\":\"No ref\",\"reference\":\"  \"}");
            e.getMessage().setHeader(HrFlowConstants.JOB_REFERENCE, "from-header");
        });
        assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertMessage(exchange.getException(), "without a reference");
        assertNoRequest();
    }

    @Test
    void noBoardAnywhere() {
        for (String operation : new String[] { "index", "edit", "upsert" }) {
            Exception e = failure("hrflow:job-indexing?operation=" + operation,
                    "{\"name\":\"x\",\"key\":\"k1\",\"reference\":\"r1\"}");
            assertInstanceOf(IllegalArgumentException.class, e, operation);
            assertMessage(e, "No board", "boardKey", HrFlowConstants.BOARD_KEY, "board_key in the body");
        }
        Exception get = failure("hrflow:job-indexing?key=k1", null);
        assertInstanceOf(IllegalArgumentException.class, get);
        assertMessage(get, "No board", "boardKey", HrFlowConstants.BOARD_KEY);
        Exception archive = failure("hrflow:job-indexing?operation=archive&key=k1", "not a job");
        assertInstanceOf(IllegalArgumentException.class, archive);
        assertMessage(archive, "No board");
        assertNoRequest();
    }

    @Test
    void archiveWithNothingNamingAJob() {
        Exception e = failure("hrflow:job-indexing?operation=archive&boardKey=" + board, "a text body");
        assertInstanceOf(IllegalArgumentException.class, e);
        assertMessage(e, "No job to archive", HrFlowConstants.JOB_KEY);
        assertNoRequest();
    }
}
