package io.github.camelhrflow.examples;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobProgressTest {

    @Test
    void progressIsFinishedWhenEveryExpectedJobEnded() throws InterruptedException {
        JobProgress progress = new JobProgress(JobProgressTest.class.getName(), 2);
        progress.succeeded("k1", "somewhere");
        assertFalse(progress.awaitFinished(Duration.ZERO));
        progress.failed("k2", "no such job");
        assertTrue(progress.awaitFinished(Duration.ZERO));
        assertEquals(1, progress.succeeded());
        assertEquals(1, progress.failed());
    }
}
