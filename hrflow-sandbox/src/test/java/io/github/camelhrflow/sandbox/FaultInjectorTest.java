package io.github.camelhrflow.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fault settings themselves, without HTTP. */
class FaultInjectorTest {

    private final FaultInjector faults = new FaultInjector();

    @Test
    void noFaultByDefault() {
        for (int i = 0; i < 100; i++) {
            FaultInjector.Fault fault = faults.next();
            assertEquals(0, fault.delayMillis());
            assertNull(fault.response());
        }
    }

    @Test
    void randomLatencyCoversItsRangeOnly() {
        faults.latency(Duration.ofMillis(10), Duration.ofMillis(12));
        boolean[] seen = new boolean[3];
        for (int i = 0; i < 100; i++) {
            long delay = faults.next().delayMillis();
            assertTrue(delay >= 10 && delay <= 12, "delay " + delay);
            seen[(int) delay - 10] = true;
        }
        assertTrue(seen[0] && seen[1] && seen[2]);
    }

    @Test
    void countedFaultsComeFirstThrottleBeforeHtml() {
        faults.throttleNext(1).htmlErrorNext(1);

        assertEquals(429, faults.next().response().status());
        assertEquals(502, faults.next().response().status());
        assertNull(faults.next().response());
    }

    @Test
    void invalidValuesAreRejectedAndKeepThePreviousSettings() {
        faults.throttleRate(0.5);

        assertThrows(IllegalArgumentException.class, () -> faults.serverErrorRate(0.6));
        assertThrows(IllegalArgumentException.class, () -> faults.htmlErrorRate(-0.1));
        assertThrows(IllegalArgumentException.class, () -> faults.throttleNext(-1));
        assertThrows(IllegalArgumentException.class,
                () -> faults.latency(Duration.ofMillis(50), Duration.ofMillis(10)));
        assertThrows(IllegalArgumentException.class,
                () -> faults.configure(SandboxClient.json("{\"throttle_rate\": 0.1, \"x\": 1}")));
        assertThrows(IllegalArgumentException.class,
                () -> faults.configure(SandboxClient.json("{\"throttle_next\": 1.5}")));

        assertEquals(0.5, faults.toJson().get("throttle_rate").asDouble());
        assertEquals(0.0, faults.toJson().get("server_error_rate").asDouble());
    }

    @Test
    void settingsRoundTripThroughJson() {
        faults.latency(Duration.ofMillis(5), Duration.ofMillis(9)).throttleNext(2).throttleRate(0.1)
                .retryAfterSeconds(7)
                .serverErrorRate(0.2).htmlErrorNext(3).htmlErrorRate(0.3).seed(11);

        FaultInjector copy = new FaultInjector();
        copy.configure(faults.toJson());

        assertEquals(faults.toJson(), copy.toJson());
    }

    @Test
    void ratesAreExactSharesForAGivenSeed() {
        faults.seed(1).throttleRate(0.2).serverErrorRate(0.3).htmlErrorRate(0.1);
        int[] counts = new int[600];
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            FaultInjector.Fault fault = faults.next();
            counts[fault.response() == null ? 200 : fault.response().status()]++;
        }
        assertEquals(0.2, counts[429] / (double) n, 0.02);
        assertEquals(0.3, (counts[500] + counts[503]) / (double) n, 0.02);
        assertEquals(0.1, counts[502] / (double) n, 0.02);
        assertEquals(0.4, counts[200] / (double) n, 0.02);
    }
}
