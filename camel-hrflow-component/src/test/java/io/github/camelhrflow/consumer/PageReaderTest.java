package io.github.camelhrflow.consumer;

import java.time.Duration;

import io.github.camelhrflow.HrFlowApiException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** When a page is asked again within a poll, and after how long. */
class PageReaderTest {

    @Test
    void a429OrA5xxIsAskedAgainAfterABackOffThatDoubles() {
        assertEquals(Duration.ofMillis(100), PageReader.retryWait(failure(429, null), 0));
        assertEquals(Duration.ofMillis(200), PageReader.retryWait(failure(503, null), 1));
        assertEquals(Duration.ofMillis(400), PageReader.retryWait(failure(500, null), 2));
        assertNull(PageReader.retryWait(failure(500, null), PageReader.PAGE_RETRIES), "a fault that persists");
    }

    @Test
    void retryAfterIsHonouredUpToItsCap() {
        assertEquals(Duration.ofSeconds(2), PageReader.retryWait(failure(429, Duration.ofSeconds(2)), 0));
        assertEquals(Duration.ofSeconds(10), PageReader.retryWait(failure(429, Duration.ofSeconds(10)), 0));
        assertNull(PageReader.retryWait(failure(429, Duration.ofSeconds(11)), 0), "the consumer pauses instead");
        assertEquals(Duration.ZERO, PageReader.retryWait(failure(429, Duration.ofSeconds(-1)), 0));
    }

    @Test
    void whatHrFlowRefusesIsNotAskedAgain() {
        assertNull(PageReader.retryWait(failure(400, null), 0));
        assertNull(PageReader.retryWait(failure(401, null), 0));
        assertNull(PageReader.retryWait(failure(404, null), 0));
    }

    private static HrFlowApiException failure(int status, Duration retryAfter) {
        return new HrFlowApiException("status " + status, status, null, retryAfter);
    }
}
