package io.github.camelhrflow.operations;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The listing's iterator when HrFlow cannot be reached any more between two pages: the sandbox lists the board,
 * then stops (connections refused), as the only test of this class.
 */
class JobStoringConnectionLossTest extends SandboxTestSupport {

    @Test
    void aPageThatCannotBeReadIsReportedByNextAfterTheJobsReadBeforeIt() {
        // one second apart, so that created_at ascending is creation order
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            keys.add(seed("Job " + i, "ref-" + i).get("key").asText());
            sandbox.clock().advance(Duration.ofSeconds(1));
        }

        @SuppressWarnings("unchecked")
        Iterator<Job> jobs = template.requestBody(
                "hrflow:job-storing?boardKey=" + board + "&pageSize=2&sortBy=created_at&orderBy=asc", (Object) null,
                Iterator.class);
        sandbox.stop();

        assertEquals("1", onlyRequest().param("page"), "the producer read page 1 before HrFlow went away");
        // page 1 was read by the producer: its jobs come out all the same
        assertEquals(keys.get(0), jobs.next().getKey());
        assertEquals(keys.get(1), jobs.next().getKey());
        assertTrue(jobs.hasNext(), "the failure is reported by next(), not by hasNext()");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, jobs::next);
        assertTrue(e.getMessage().startsWith("Cannot read page 2 of board " + board), e.getMessage());
    }
}
