package io.github.camelhrflow.sandbox;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A board of 100,000 generated jobs, paged whole in both orders a consumer uses. Timings are
 * printed, not asserted: the machines are shared.
 */
class BigBoardTest {

    private static final int JOBS = 100_000;
    private static final int LIMIT = 500;

    @Test
    void aHundredThousandJobsAreMadeAndPagedWholeInBothOrders() {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            // in the JVM rather than over HTTP: the client's 10 s timeout is too short on a busy machine
            String board = "b19b19b19b19b19b19b19b19b19b19b19b19b19b";
            sandbox.addBoard(board, "big");
            sandbox.seedJobs(board, JOBS, 7);
            long seeded = System.nanoTime();
            long heapAfter = usedHeap();

            long pass1 = pass(client, board, "created_at", "asc");
            long pass2 = pass(client, board, "updated_at", "desc");
            System.out.printf("big board: %,d jobs made in %d ms (about %d bytes a job on the heap); "
                              + "full paging by %d (%d requests each, client parsing included): "
                              + "created_at asc %d ms, updated_at desc %d ms%n",
                    JOBS, (seeded - start) / 1_000_000, (heapAfter - heapBefore) / JOBS, LIMIT,
                    (JOBS + LIMIT - 1) / LIMIT, pass1, pass2);
        }
    }

    /** Pages the whole board; asserts each job comes once and in order; returns the milliseconds it took. */
    private static long pass(SandboxClient client, String board, String sortBy, String orderBy) {
        long start = System.nanoTime();
        Set<String> keys = new HashSet<>();
        Instant previous = null;
        int pages = (JOBS + LIMIT - 1) / LIMIT;
        for (int page = 1; page <= pages; page++) {
            JsonNode body = SandboxClient.json(client.listJobs(board, "sort_by", sortBy, "order_by", orderBy,
                    "limit", String.valueOf(LIMIT), "page", String.valueOf(page)));
            assertEquals(JOBS, body.at("/meta/total").asInt());
            assertEquals(pages, body.at("/meta/maxPage").asInt());
            for (JsonNode job : body.get("data")) {
                assertTrue(keys.add(job.get("key").asText()), "seen twice: " + job.get("key"));
                Instant time = Timestamps.parse(job.get(sortBy).asText()).orElseThrow();
                if (previous != null) {
                    assertFalse(orderBy.equals("asc") ? time.isBefore(previous) : time.isAfter(previous),
                            "out of order at page " + page);
                }
                previous = time;
            }
        }
        assertEquals(JOBS, keys.size());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void pagingShowsEveryJobOnceWhileWritesMoveJobsBetweenPagesOfAnotherOrder() {
        // the sorted views are changed in place by each write; a full pass by creation stays exact
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).build().start()) {
            sandbox.addBoard("b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1", "moving");
            List<String> keys = sandbox.seedJobs("b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1", 2_000, 3);
            SandboxClient client = new SandboxClient(sandbox);
            sandbox.clock().freeze();
            Set<String> seen = new HashSet<>();
            for (int page = 1; page <= 100; page++) {
                JsonNode body = SandboxClient.json(client.listJobs("b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1",
                        "sort_by", "created_at", "order_by", "asc", "limit", "20", "page", String.valueOf(page)));
                body.get("data").forEach(job -> assertTrue(seen.add(job.get("key").asText())));
                sandbox.clock().advance(java.time.Duration.ofSeconds(1)); // the write is the newest change
                sandbox.archiveJob("b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1", keys.get(page * 7), page % 2 == 0);
                JsonNode byUpdate = SandboxClient.json(client.listJobs("b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1",
                        "sort_by", "updated_at", "order_by", "desc", "limit", "1"));
                assertEquals(keys.get(page * 7), byUpdate.at("/data/0/key").asText(), "the write comes first");
            }
            assertEquals(new HashSet<>(keys), seen);
        }
    }
}
