package io.github.camelhrflow.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link HrFlowSandbox#history(String)}: every version a board had, in the sequence numbers of the request log. */
class HistoryTest {

    private static final String BOARD = "1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c";

    private static HrFlowSandbox sandbox() {
        HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).requestLogCapacity(10_000).build().start();
        sandbox.addBoard(BOARD, "history");
        sandbox.clock().freeze().set(Instant.parse("2024-01-01T00:00:00Z"));
        return sandbox;
    }

    @Test
    void eachWriteThatMovesUpdatedAtOrTheArchivedStateStartsAVersion() {
        try (HrFlowSandbox sandbox = sandbox()) {
            SandboxClient client = new SandboxClient(sandbox);
            String key = SandboxClient.json(client.write("POST", "/job/indexing",
                    "{\"board_key\":\"" + BOARD + "\",\"name\":\"v1\",\"reference\":\"r\"}")).at("/data/key").asText();
            // same second: a client cannot tell this edit apart, so it is the same version
            client.write("PUT", "/job/indexing",
                    "{\"board_key\":\"" + BOARD + "\",\"key\":\"" + key + "\",\"name\":\"v1b\"}");
            sandbox.clock().advance(Duration.ofSeconds(1));
            client.write("PUT", "/job/indexing",
                    "{\"board_key\":\"" + BOARD + "\",\"key\":\"" + key + "\",\"name\":\"v2\"}");
            // archived within the same second: same updated_at, but a listing without archived jobs tells it apart
            client.write("PATCH", "/job/indexing/archive", "{\"board_key\":\"" + BOARD + "\",\"key\":\"" + key + "\"}");

            List<RecordedRequest> log = sandbox.requests();
            List<JobVersion> history = sandbox.history(BOARD);

            assertEquals(List.of(
                    new JobVersion(key, "2024-01-01T00:00:00+0000", false, log.get(0).seq(), log.get(2).seq()),
                    new JobVersion(key, "2024-01-01T00:00:01+0000", false, log.get(2).seq(), log.get(3).seq()),
                    new JobVersion(key, "2024-01-01T00:00:01+0000", true, log.get(3).seq(), Long.MAX_VALUE)), history);
            assertTrue(history.get(2).isCurrent());
            assertTrue(log.get(0).seq() < log.get(1).seq() && log.get(1).seq() < log.get(2).seq());
            assertTrue(sandbox.lastSeq() >= log.get(3).seq());
        }
    }

    @Test
    void seededAndJavaWrittenJobsHaveAHistoryToo() {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().build()) {
            assertEquals(sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY),
                    sandbox.history(HrFlowSandbox.DEMO_BOARD_KEY).stream().map(JobVersion::key).toList());
            assertTrue(sandbox.history(HrFlowSandbox.DEMO_BOARD_KEY).stream().allMatch(JobVersion::isCurrent));
            assertEquals(List.of(), sandbox.history("unknown board"));

            String key = sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);
            ObjectNode job = sandbox.store().jobByKey(HrFlowSandbox.DEMO_BOARD_KEY, key).orElseThrow();
            sandbox.editJob(HrFlowSandbox.DEMO_BOARD_KEY, job.put("name", "renamed"));

            List<JobVersion> versions = sandbox.history(HrFlowSandbox.DEMO_BOARD_KEY).stream()
                    .filter(v -> v.key().equals(key)).toList();
            assertEquals(2, versions.size());
            assertEquals(versions.get(1).fromSeq(), versions.get(0).untilSeq());
        }
    }

    /**
     * Writers and listers run at once; each listing's answer must be exactly the versions the history
     * says existed at that listing's sequence number. This is what lets a consumer's test use the
     * history as ground truth.
     */
    @Test
    void theVersionsAListingSawAreThoseTheHistorySaysExistedAtItsSequenceNumber() throws Exception {
        long seed = new Random().nextLong();
        try (HrFlowSandbox sandbox = sandbox()) {
            sandbox.clock().resume();
            SandboxClient client = new SandboxClient(sandbox);
            sandbox.seedJobs(BOARD, 200, seed);
            Map<String, Set<String>> seenByProbe = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> tasks = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    long writerSeed = seed + w;
                    tasks.add(pool.submit(() -> write(sandbox, new Random(writerSeed), 150)));
                }
                for (int r = 0; r < 2; r++) {
                    int lister = r;
                    tasks.add(pool.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            // an unknown parameter is ignored by the API and names the request in the log
                            String probe = lister + "-" + i;
                            Set<String> versions = new HashSet<>();
                            SandboxClient.json(client.listJobs(BOARD, "limit", "1000", "probe", probe)).get("data")
                                    .forEach(job -> versions
                                            .add(job.get("key").asText() + "@" + job.get("updated_at").asText()));
                            seenByProbe.put(probe, versions);
                        }
                        return null;
                    }));
                }
                for (Future<?> task : tasks) {
                    task.get();
                }
            } finally {
                pool.shutdownNow();
            }

            List<JobVersion> history = sandbox.history(BOARD);
            List<RecordedRequest> listings = sandbox.requests().stream().filter(r -> r.param("probe") != null).toList();
            assertEquals(80, listings.size());
            for (RecordedRequest listing : listings) {
                Set<String> expected = new HashSet<>();
                history.stream().filter(v -> v.existedAt(listing.seq()))
                        .forEach(v -> expected.add(v.key() + "@" + v.updatedAt()));
                assertEquals(expected, seenByProbe.get(listing.param("probe")),
                        "listing " + listing.param("probe") + " at seq " + listing.seq() + ", seed " + seed);
            }
            assertTrue(history.size() > 200, "the writers made new versions");
        }
    }

    private static void write(HrFlowSandbox sandbox, Random random, int writes) {
        SandboxClient client = new SandboxClient(sandbox);
        for (int i = 0; i < writes; i++) {
            List<String> keys = sandbox.jobKeys(BOARD);
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(3)) {
                case 0 -> client.write("POST", "/job/indexing", "{\"board_key\":\"" + BOARD + "\",\"name\":\"new\"}");
                case 1 -> client.write("PUT", "/job/indexing",
                        "{\"board_key\":\"" + BOARD + "\",\"key\":\"" + key + "\",\"name\":\"edited " + i + "\"}");
                default -> client.write("PATCH", "/job/indexing/archive",
                        "{\"board_key\":\"" + BOARD + "\",\"key\":\"" + key + "\",\"is_archive\":" + random.nextInt(2)
                                                                          + "}");
            }
        }
    }
}
