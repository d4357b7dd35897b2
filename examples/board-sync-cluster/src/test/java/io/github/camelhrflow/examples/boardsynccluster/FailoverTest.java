package io.github.camelhrflow.examples.boardsynccluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof 1: three nodes share four boards while jobs are edited; the leader of a random board is stopped abruptly (its
 * ZooKeeper session and its CamelContext) at random moments and comes back as a new node. At the end the job table
 * is the boards, no version that had to be delivered is missing, and no row is doubled.
 */
class FailoverTest {

    @TempDir
    Path dataDirectory;

    @Test
    void leadersDieAndNothingIsLostOrDoubled() throws Exception {
        long seed = Long.getLong("cluster.seed", System.nanoTime());
        int jobsPerBoard = Integer.getInteger("cluster.jobsPerBoard", 400);
        int failovers = Integer.getInteger("cluster.failovers", 10);
        System.out.println("FailoverTest seed=" + seed + " (rerun with -Dcluster.seed=" + seed + ")");
        long started = System.nanoTime();
        try (TestingServer zooKeeper = new TestingServer();
             ClusterHarness cluster = new ClusterHarness(seed, dataDirectory, 4, jobsPerBoard)) {
            NodeSettings template = cluster.settings(zooKeeper.getConnectString(), 100, 50, 5000);
            for (int i = 0; i < 3; i++) {
                cluster.startNode(template);
            }
            cluster.startEditing(20);

            Set<String> killed = new HashSet<>();
            for (int i = 0; i < failovers; i++) {
                // a random moment: during the first sync, later during the edits only
                Thread.sleep(500 + cluster.random.nextInt(2500));
                String board = cluster.boards.get(cluster.random.nextInt(cluster.boards.size()));
                await("a leader for board " + board).atMost(Duration.ofSeconds(30))
                        .until(() -> cluster.leaderOf(board) != null);
                String leader = cluster.leaderOf(board);
                assertNotNull(leader);
                cluster.kill(leader);
                killed.add(leader);
                cluster.startNode(template);
            }
            cluster.stopEditing();

            await("the job table equals the boards").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> cluster.jobTable()
                            .equals(SyncChecks.currentVersions(cluster.sandbox, cluster.boards)));
            cluster.stopNodes();

            Map<String, String> table = cluster.jobTable();
            Set<String> delivered = new HashSet<>();
            try (var connection = cluster.checkDataSource.getConnection();
                 var statement = connection.createStatement();
                 var result = statement.executeQuery("SELECT messageId FROM CAMEL_MESSAGEPROCESSED")) {
                while (result.next()) {
                    delivered.add(result.getString(1));
                }
            }
            Set<String> required = SyncChecks.requiredVersions(cluster.sandbox, cluster.boards, cluster.batchEnds);
            Set<String> missing = new HashSet<>(required);
            missing.removeAll(delivered);
            long versions = cluster.boards.stream().mapToLong(b -> cluster.sandbox.history(b).size()).sum();
            long duplicateRows = cluster.count("SELECT COUNT(*) - COUNT(DISTINCT job_key) FROM hrflow_job");
            long duplicateRecords = cluster.count(
                    "SELECT COUNT(*) - COUNT(DISTINCT messageId) FROM CAMEL_MESSAGEPROCESSED");

            System.out.printf("FailoverTest seed=%d boards=%d jobs/board=%d edits=%d versions(history)=%d"
                              + " required=%d delivered(recorded)=%d missing=%d rows=%d duplicateRows=%d"
                              + " exchanges=%d deliveredTwice=%d failovers=%d leaderChanges=%d batches=%d overlappingPolls=%d time=%ds%n",
                    seed, cluster.boards.size(), jobsPerBoard, cluster.edits.get(), versions, required.size(),
                    delivered.size(), missing.size(), table.size(), duplicateRows, cluster.delivered(),
                    cluster.deliveredTwice(), killed.size(),
                    SyncChecks.leaderChanges(cluster.sandbox, cluster.boards), cluster.batchEnds.size(),
                    SyncChecks.overlappingPolls(cluster.sandbox, cluster.boards).size(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());

            for (String board : cluster.boards) {
                var listings = SyncChecks.listings(cluster.sandbox, board);
                System.out.println("board " + board + ": listings=" + listings.size() + " by node "
                                   + listings.stream().collect(java.util.stream.Collectors.groupingBy(
                                           SyncChecks::node, java.util.TreeMap::new,
                                           java.util.stream.Collectors.counting()))
                                   + (listings.isEmpty() ? "" : " from " + listings.get(0).time() + " to "
                                                                + listings.get(listings.size() - 1).time()));
            }
            assertEquals(failovers, killed.size(), "seed " + seed);
            assertTrue(missing.isEmpty(), "seed " + seed + ": versions missing: " + missing);
            assertEquals(0, duplicateRows, "seed " + seed);
            assertEquals(0, duplicateRecords, "seed " + seed);
            assertTrue(required.size() >= table.size(), "seed " + seed + ": the check covered too little");
        }
    }
}
