package io.github.camelhrflow.operations;

import java.io.UncheckedIOException;
import java.util.Iterator;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.ScriptedHttpServer.Reply;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The listing's iterator when HrFlow cannot be reached any more between two pages. */
class JobStoringConnectionLossTest extends HrFlowTestSupport {

    @Test
    void aPageThatCannotBeReadIsReportedByNextAfterTheJobsReadBeforeIt() {
        server.respondWith(request -> Reply.json(200, JobStoringPagingTest.page(1, 3, 6, 0, 2)));

        @SuppressWarnings("unchecked")
        Iterator<Job> jobs = template.requestBody("hrflow:job-storing?boardKey=" + BOARD + "&pageSize=2",
                (Object) null, Iterator.class);
        server.close();
        server = null;

        // page 1 was read by the producer: its jobs come out all the same
        assertEquals(String.format("%040x", 0), jobs.next().getKey());
        assertEquals(String.format("%040x", 1), jobs.next().getKey());
        assertTrue(jobs.hasNext(), "the failure is reported by next(), not by hasNext()");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, jobs::next);
        assertTrue(e.getMessage().startsWith("Cannot read page 2 of board " + BOARD), e.getMessage());
    }
}
