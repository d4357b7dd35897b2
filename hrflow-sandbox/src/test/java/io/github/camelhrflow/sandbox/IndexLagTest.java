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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index lag: {@code storing/jobs} lists a write some time after it, {@code GET} sees it at once. */
class IndexLagTest {

    private static final String BOARD = "1a91a91a91a91a91a91a91a91a91a91a91a91a9a";
    private static final Instant START = Instant.parse("2024-03-01T12:00:00Z");

    private final MovableClock base = new MovableClock(START);

    private HrFlowSandbox sandbox(Duration lag, long seed) {
        HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).clock(base).indexLag(lag)
                .indexLagSeed(seed).requestLogCapacity(10_000).build().start();
        sandbox.addBoard(BOARD, "lagged");
        return sandbox;
    }

    private static ObjectNode job(String name, String reference) {
        return SandboxClient.MAPPER.createObjectNode().put("name", name).put("reference", reference);
    }

    private static Set<String> listed(SandboxClient client) {
        JsonNode body = SandboxClient.json(client.listJobs(BOARD, "limit", "1000"));
        Set<String> versions = new HashSet<>();
        body.get("data").forEach(j -> versions.add(j.get("key").asText() + "@" + j.get("updated_at").asText()
                                                   + (j.get("archived_at").isTextual() ? "+archived" : "")));
        assertEquals(versions.size(), body.at("/meta/total").asInt(), "meta.total counts what is listed");
        return versions;
    }

    @Test
    void aWriteIsListedOnlyAfterItsLagButReadAtOnce() {
        try (HrFlowSandbox sandbox = sandbox(Duration.ofSeconds(10), 0)) {
            SandboxClient client = new SandboxClient(sandbox);
            String key = sandbox.createJob(BOARD, job("Welder", "w-1")).get("key").asText();

            assertEquals(200, client.getJob(BOARD, "key", key).statusCode(), "GET sees the write at once");
            assertEquals(Set.of(), listed(client));
            JobVersion waiting = sandbox.history(BOARD).get(0);
            assertFalse(waiting.isListed());
            assertEquals(Long.MAX_VALUE, waiting.listedFromSeq());

            base.advance(Duration.ofSeconds(10).plusMillis(1)); // past any lag in [0, 10 s]
            assertEquals(Set.of(key + "@2024-03-01T12:00:00+0000"), listed(client));
            assertTrue(sandbox.history(BOARD).get(0).isListed());
        }
    }

    @Test
    void historySaysWhichListingsSawEachVersion() {
        try (HrFlowSandbox sandbox = sandbox(Duration.ofSeconds(5), 3)) {
            SandboxClient client = new SandboxClient(sandbox);
            String key = sandbox.createJob(BOARD, job("Welder", "w-1")).get("key").asText();
            listed(client);
            base.advance(Duration.ofSeconds(6));
            sandbox.clock().advance(Duration.ofSeconds(6));
            sandbox.archiveJob(BOARD, key, true); // an archive is a write, lagged the same way
            listed(client);
            base.advance(Duration.ofSeconds(6));
            listed(client);

            List<RecordedRequest> listings = sandbox.requests().stream()
                    .filter(r -> r.path().equals(StoringApi.PATH)).toList();
            List<JobVersion> history = sandbox.history(BOARD);
            assertEquals(2, history.size());
            JobVersion first = history.get(0);
            JobVersion archived = history.get(1);
            assertTrue(archived.archived());
            assertEquals(List.of(false, true, false), listings.stream().map(r -> first.listedAt(r.seq())).toList());
            assertEquals(List.of(false, false, true), listings.stream().map(r -> archived.listedAt(r.seq())).toList());
            assertEquals(first.listedUntilSeq(), archived.listedFromSeq(), "the archive took the first's place");
            assertTrue(first.listedThroughout(listings.get(1).seq(), listings.get(1).seq()));
            assertFalse(first.listedThroughout(listings.get(1).seq(), listings.get(2).seq()));
            // the store-level bounds keep their meaning: the archive replaced the first version at its write
            assertTrue(first.existedAt(listings.get(0).seq()) && !first.existedAt(listings.get(2).seq()));
        }
    }

    @Test
    void aNewerVersionListedFirstIsNeverDisplacedByAnOlderOne() {
        try (HrFlowSandbox sandbox = sandbox(Duration.ofSeconds(30), 0)) {
            SandboxClient client = new SandboxClient(sandbox);
            ObjectNode created = sandbox.createJob(BOARD, job("v1", "r"));
            String key = created.get("key").asText();
            sandbox.clock().advance(Duration.ofSeconds(1));
            sandbox.indexLag(Duration.ZERO); // the next write gets a shorter lag: listed first
            sandbox.editJob(BOARD, created.put("name", "v2"));

            assertEquals(Set.of(key + "@2024-03-01T12:00:01+0000"), listed(client));
            base.advance(Duration.ofMinutes(1)); // the first write's lag runs out
            assertEquals(Set.of(key + "@2024-03-01T12:00:01+0000"), listed(client));
            assertEquals("v2", SandboxClient.json(client.listJobs(BOARD)).at("/data/0/name").asText());

            JobVersion skipped = sandbox.history(BOARD).get(0);
            assertEquals(skipped.listedFromSeq(), skipped.listedUntilSeq(), "never listed");
            assertFalse(skipped.isListed());
            assertTrue(sandbox.history(BOARD).get(1).isListed());
        }
    }

    @Test
    void theLagElapsesOnTheBaseClockWhileTheStampsAreFrozen() {
        try (HrFlowSandbox sandbox = sandbox(Duration.ofSeconds(2), 0)) {
            sandbox.clock().freeze();
            SandboxClient client = new SandboxClient(sandbox);
            String key = sandbox.createJob(BOARD, job("Welder", "w-1")).get("key").asText();
            base.advance(Duration.ofSeconds(3));
            assertEquals(Set.of(key + "@2024-03-01T12:00:00+0000"), listed(client));
        }
    }

    @Test
    void theSameSeedGivesTheSameLags() {
        List<List<Integer>> runs = new ArrayList<>();
        for (long seed : new long[] { 42, 42, 43 }) {
            base.advance(Duration.ofDays(1));
            try (HrFlowSandbox sandbox = sandbox(Duration.ofSeconds(10), seed)) {
                SandboxClient client = new SandboxClient(sandbox);
                for (int i = 0; i < 20; i++) {
                    sandbox.createJob(BOARD, job("job " + i, "r" + i));
                }
                List<Integer> listedPerSecond = new ArrayList<>();
                for (int second = 0; second <= 10; second++) {
                    listedPerSecond.add(listed(client).size());
                    base.advance(Duration.ofSeconds(1));
                }
                assertEquals(20, listedPerSecond.get(10));
                runs.add(listedPerSecond);
            }
        }
        assertEquals(runs.get(0), runs.get(1));
        assertNotEquals(runs.get(0), runs.get(2));
        assertTrue(runs.get(0).get(0) < 20 && runs.get(0).get(5) > 0, "lags spread over [0, max]: " + runs.get(0));
    }

    @Test
    void lagZeroListsEveryWriteAtOnceAndNegativeIsRefused() {
        try (HrFlowSandbox sandbox = sandbox(Duration.ZERO, 0)) {
            String key = sandbox.createJob(BOARD, job("Welder", "w-1")).get("key").asText();
            JobVersion version = sandbox.history(BOARD).get(0);
            assertEquals(version.fromSeq(), version.listedFromSeq());
            assertEquals(Set.of(key + "@2024-03-01T12:00:00+0000"), listed(new SandboxClient(sandbox)));
            assertThrows(IllegalArgumentException.class, () -> sandbox.indexLag(Duration.ofMillis(-1)));
            assertThrows(IllegalArgumentException.class,
                    () -> HrFlowSandbox.builder().indexLag(Duration.ofMillis(-1)));
        }
    }

    /**
     * Writers and listers at once on the real clock with a small lag: each listing shows exactly the
     * versions the history says were listed at its sequence number.
     */
    @Test
    void theVersionsAListingSawAreThoseTheHistorySaysWereListedAtItsSequenceNumber() throws Exception {
        long seed = new Random().nextLong();
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).indexLag(Duration.ofMillis(40))
                .indexLagSeed(seed).requestLogCapacity(10_000).build().start()) {
            sandbox.addBoard(BOARD, "lagged");
            sandbox.seedJobs(BOARD, 100, seed);
            SandboxClient client = new SandboxClient(sandbox);
            Map<String, Set<String>> seenByProbe = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> tasks = new ArrayList<>();
                tasks.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 150; i++) {
                        List<String> keys = sandbox.jobKeys(BOARD);
                        String key = keys.get(random.nextInt(keys.size()));
                        if (random.nextBoolean()) {
                            sandbox.archiveJob(BOARD, key, random.nextBoolean());
                        } else {
                            sandbox.createJob(BOARD, job("new", null));
                        }
                        if (i % 10 == 0) {
                            sandbox.clock().advance(Duration.ofSeconds(1));
                        }
                    }
                    return null;
                }));
                for (int r = 0; r < 2; r++) {
                    int lister = r;
                    tasks.add(pool.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            String probe = lister + "-" + i;
                            Set<String> versions = new HashSet<>();
                            SandboxClient.json(client.listJobs(BOARD, "limit", "1000", "probe", probe)).get("data")
                                    .forEach(j -> versions.add(j.get("key").asText() + "@"
                                                               + j.get("updated_at").asText() + "/"
                                                               + j.get("archived_at").isTextual()));
                            seenByProbe.put(probe, versions);
                            Thread.sleep(2);
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
                history.stream().filter(v -> v.listedAt(listing.seq()))
                        .forEach(v -> expected.add(v.key() + "@" + v.updatedAt() + "/" + v.archived()));
                assertEquals(expected, seenByProbe.get(listing.param("probe")),
                        "listing " + listing.param("probe") + " at seq " + listing.seq() + ", seed " + seed);
            }
        }
    }
}
