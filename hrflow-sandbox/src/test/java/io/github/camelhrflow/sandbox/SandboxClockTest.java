package io.github.camelhrflow.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxClockTest {

    private static final Instant T0 = Instant.parse("2024-02-29T23:59:58.700Z");

    @Test
    void freezeAdvanceSetAndResume() {
        SandboxClock clock = new SandboxClock(Clock.fixed(T0, ZoneOffset.UTC));

        assertEquals(Instant.parse("2024-02-29T23:59:58Z"), clock.now(), "writes stamp whole seconds");
        clock.freeze().advance(Duration.ofSeconds(2));
        assertTrue(clock.isFrozen());
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"), clock.now());
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), clock.now());
        clock.resume();
        assertFalse(clock.isFrozen());
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), clock.now(), "resumes from where it stood");
        clock.advance(Duration.ofHours(-1));
        assertEquals(Instant.parse("2029-12-31T23:00:00Z"), clock.now());
    }

    @Test
    void aRunningClockFollowsItsBase() {
        SandboxClock clock = new SandboxClock(Clock.systemUTC());
        clock.set(Instant.parse("2020-01-01T00:00:00Z"));

        Instant now = clock.instant();

        assertTrue(!now.isBefore(Instant.parse("2020-01-01T00:00:00Z"))
                   && now.isBefore(Instant.parse("2020-01-01T00:01:00Z")));
    }

    @Test
    void manyWritesShareOneSecondWhileFrozenOverHttp() {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false)
                .clock(Clock.fixed(T0, ZoneOffset.UTC)).build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            sandbox.addBoard("b", "b");
            sandbox.clock().freeze();
            Set<String> times = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                JsonNode job = SandboxClient
                        .json(client.write("POST", "/job/indexing", "{\"board_key\":\"b\",\"name\":\"n" + i + "\"}"));
                times.add(job.at("/data/updated_at").asText());
            }
            sandbox.clock().advance(Duration.ofSeconds(1));
            JsonNode later = SandboxClient
                    .json(client.write("POST", "/job/indexing", "{\"board_key\":\"b\",\"name\":\"later\"}"));

            assertEquals(Set.of("2024-02-29T23:59:58+0000"), times);
            assertEquals("2024-02-29T23:59:59+0000", later.at("/data/updated_at").asText());
            assertEquals(51, sandbox.history("b").size());
        }
    }
}
