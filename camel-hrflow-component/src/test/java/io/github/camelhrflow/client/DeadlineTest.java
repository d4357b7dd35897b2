package io.github.camelhrflow.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * requestTimeout as the body's reader sees it: reads pass until the deadline, then fail and abort the request; 0 or
 * less means no deadline at all. The trickling server of HrFlowTrickleFaultTest shows the same end to end.
 */
class DeadlineTest {

    private static final byte[] BODY = { '{', '"', 'a', '"', ':', '1', '}' };

    @ParameterizedTest
    @ValueSource(longs = { 0, -1 })
    void zeroOrLessIsNoDeadline(long timeoutMillis) throws IOException {
        HttpGet request = new HttpGet("http://localhost/");
        InputStream in = Deadline.after(timeoutMillis, request).bound(new ByteArrayInputStream(BODY));

        assertEquals('{', in.read());
        assertArrayEquals(new byte[] { '"', 'a' }, in.readNBytes(2));
        assertFalse(request.isCancelled());
    }

    @Test
    void readsPassBeforeTheDeadline() throws IOException {
        HttpGet request = new HttpGet("http://localhost/");
        InputStream in = Deadline.after(60_000, request).bound(new ByteArrayInputStream(BODY));

        assertEquals('{', in.read());
        assertArrayEquals(new byte[] { '"', 'a', '"', ':', '1', '}' }, in.readAllBytes());
        assertFalse(request.isCancelled());
    }

    @Test
    void everyKindOfReadFailsOnceTheDeadlineHasPassed() {
        HttpGet request = new HttpGet("http://localhost/");
        InputStream in = Deadline.after(1, request).bound(new ByteArrayInputStream(BODY));

        Awaitility.await().atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThrows(SocketTimeoutException.class, in::read));
        SocketTimeoutException bulk = assertThrows(SocketTimeoutException.class, () -> in.read(new byte[4], 0, 4));
        assertTrue(bulk.getMessage().contains("requestTimeout=1 ms"), bulk.getMessage());
        assertTrue(request.isCancelled(), "the request is aborted, so closing the body does not drain the trickle");
    }
}
