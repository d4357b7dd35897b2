package io.github.camelhrflow.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobSeederTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    private static HrFlowSandbox sandbox() {
        HrFlowSandbox sandbox =
                HrFlowSandbox.builder().defaultSeed(false).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        sandbox.addBoard("board", "seeded");
        return sandbox;
    }

    @Test
    void fiveThousandVariedJobs() {
        // no timing here: the machines are shared; the seeder's speed shows in the consumer tests' run time
        try (HrFlowSandbox sandbox = sandbox()) {
            List<String> keys = sandbox.seedJobs("board", 5_000, 7L);

            assertEquals(5_000, keys.size());
            assertEquals(5_000, new HashSet<>(keys).size());
            assertEquals(5_000, new HashSet<>(sandbox.jobReferences("board")).size());
            assertEquals(5_000, sandbox.history("board").size());
            List<ObjectNode> jobs = sandbox.store().jobs("board");
            assertTrue(jobs.stream().map(j -> j.get("name").asText()).distinct().count() > 30, "varied titles");
            Map<String, Long> perSecond = jobs.stream().collect(Collectors.groupingBy(j -> j.get("created_at").asText(),
                    Collectors.counting()));
            assertTrue(perSecond.values().stream().anyMatch(n -> n > 1), "some jobs share a second");
            long archived = jobs.stream().filter(j -> j.get("archived_at").isTextual()).count();
            assertTrue(archived > 50 && archived < 500, archived + " archived");
            for (JsonNode job : jobs) {
                Instant created = Timestamps.parse(job.get("created_at").asText()).orElseThrow();
                Instant updated = Timestamps.parse(job.get("updated_at").asText()).orElseThrow();
                assertTrue(!updated.isBefore(created) && !updated.isAfter(NOW), job.toString());
                assertTrue(job.get("key").asText().matches("[0-9a-f]{40}"));
                assertTrue(job.at("/ranges_float/0/value_min").isInt(), "salaries are integers, as sent");
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameJobsAndASecondSeedingAddsNewOnes() {
        try (HrFlowSandbox one = sandbox(); HrFlowSandbox two = sandbox()) {
            one.seedJobs("board", 50, 3L);
            two.seedJobs("board", 50, 3L);
            assertEquals(jobsWithoutIds(one), jobsWithoutIds(two));

            List<String> more = one.seedJobs("board", 50, 3L);

            assertEquals(100, one.jobKeys("board").size());
            assertTrue(more.stream().noneMatch(two.jobKeys("board")::contains));
            assertNotEquals(jobsWithoutIds(one), jobsWithoutIds(two));
            assertThrows(IllegalArgumentException.class, () -> one.seedJobs("nope", 1, 1L));
        }
    }

    private static Set<JsonNode> jobsWithoutIds(HrFlowSandbox sandbox) {
        Set<JsonNode> jobs = new HashSet<>();
        sandbox.store().jobs("board").forEach(job -> jobs.add(job.without("id")));
        return jobs;
    }
}
