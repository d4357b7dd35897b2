package io.github.camelhrflow.examples.boardsynccluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof 2: three nodes sync four boards, jobs being edited, over a ZooKeeper ensemble of three servers. One server
 * dies (the ensemble keeps its quorum: the sync goes on), then a second one (no quorum: no election can be won or
 * lost for the outage), then both come back. Then every board has exactly one leader again; the leader of one board
 * dies and another node takes the board over; a new node joins. No node polls while its ZooKeeper connection is
 * away, no two nodes poll a board at once at any time, and at the end the job table is the boards with no required
 * version missing.
 */
class ZooKeeperLossTest {

    /**
     * A page request that had passed a node's fence (see {@code ZooKeeperConnectionGuard}) just before the connection
     * went away still reaches the sandbox: on loopback within milliseconds; a second is room for a GC pause or a
     * descheduled thread on two shared cores, and far less than a scan of a board (several pages).
     */
    private static final long IN_FLIGHT_GRACE_MILLIS = 1000;

    @TempDir
    Path dataDirectory;

    @Test
    void ensembleLosesOneServerThenItsQuorum() throws Exception {
        long seed = Long.getLong("cluster.seed", System.nanoTime());
        int jobsPerBoard = Integer.getInteger("cluster.jobsPerBoard", 400);
        long outageMillis = Long.getLong("cluster.quorumOutageMillis", 12_000);
        System.out.println("ZooKeeperLossTest seed=" + seed + " (rerun with -Dcluster.seed=" + seed + ")");
        long started = System.nanoTime();
        try (TestingCluster zooKeeper = new TestingCluster(3);
             ClusterHarness cluster = new ClusterHarness(seed, dataDirectory, 4, jobsPerBoard)) {
            zooKeeper.start();
            NodeSettings template = cluster.settings(zooKeeper.getConnectString(), 100, 50, 5000);
            for (int i = 0; i < 3; i++) {
                cluster.startNode(template);
            }
            cluster.startEditing(20);
            await("a leader for every board").atMost(Duration.ofSeconds(30))
                    .until(() -> cluster.boards.stream().allMatch(board -> cluster.leaderOf(board) != null));

            // a random moment of the first sync
            Thread.sleep(500 + cluster.random.nextInt(1500));
            List<InstanceSpec> servers = new ArrayList<>(zooKeeper.getInstances());
            Collections.shuffle(servers, cluster.random);

            System.out.println("leaders before the losses: " + cluster.leadersNow());
            long firstLoss = cluster.sandbox.lastSeq();
            long firstLossAt = System.nanoTime();
            assertTrue(zooKeeper.killServer(servers.get(0)));
            // two servers of three are a quorum: every board goes on being synced
            await("every board synced after the first server's loss").atMost(Duration.ofSeconds(30))
                    .until(() -> boardsWithBatchAfter(cluster, firstLoss) == cluster.boards.size());
            long goesOnMillis = Duration.ofNanos(System.nanoTime() - firstLossAt).toMillis();

            long quorumLost = cluster.sandbox.lastSeq();
            assertTrue(zooKeeper.killServer(servers.get(1)));
            Thread.sleep(outageMillis);
            Map<String, List<String>> outageLeaders = cluster.leadersNow();
            System.out.println("leaders at the end of the outage: " + outageLeaders);
            long quorumBack = cluster.sandbox.lastSeq();
            long quorumBackAt = System.nanoTime();
            zooKeeper.restartServer(servers.get(1));
            zooKeeper.restartServer(servers.get(0));

            // (a) the nodes run for the boards again: one leader each
            await("exactly one leader per board after the quorum came back").atMost(Duration.ofSeconds(30))
                    .until(() -> cluster.leadersNow().values().stream().allMatch(holders -> holders.size() == 1));
            long leadersBackMillis = Duration.ofNanos(System.nanoTime() - quorumBackAt).toMillis();
            await("every board synced after the quorum came back").atMost(Duration.ofSeconds(60))
                    .until(() -> boardsWithBatchAfter(cluster, quorumBack) == cluster.boards.size());
            long resumedMillis = Duration.ofNanos(System.nanoTime() - quorumBackAt).toMillis();
            Map<String, List<String>> leadersAfter = cluster.leadersNow();
            System.out.println("leaders after the quorum came back: " + leadersAfter);

            // (b) a leader dies after the outage: another node takes its board over
            String killedBoard = cluster.boards.get(cluster.random.nextInt(cluster.boards.size()));
            String victim = cluster.leaderOf(killedBoard);
            long killed = cluster.sandbox.lastSeq();
            long killedAt = System.nanoTime();
            cluster.kill(victim);
            await("another node takes board " + killedBoard + " over from " + victim).atMost(Duration.ofSeconds(30))
                    .until(() -> cluster.batchEnds.stream().anyMatch(end -> end.board().equals(killedBoard)
                                                                            && end.seq() > killed
                                                                            && !end.nodeId().equals(victim)));
            long takeoverMillis = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
            String successor = cluster.leaderOf(killedBoard);

            // (c) a node that joins now must not win a board someone still polls
            String joined = cluster.startNode(template);
            Thread.sleep(Long.getLong("cluster.settleMillis", 3_000));
            Map<String, List<String>> leadersAtEnd = cluster.leadersNow();
            System.out.println("leaders after " + victim + " died and " + joined + " joined: " + leadersAtEnd);
            cluster.stopEditing();
            await("the job table equals the boards").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> cluster.jobTable()
                            .equals(SyncChecks.currentVersions(cluster.sandbox, cluster.boards)));
            long caughtUpMillis = Duration.ofNanos(System.nanoTime() - quorumBackAt).toMillis();
            cluster.stopNodes();

            Set<String> delivered = cluster.recordedVersions();
            Set<String> required = SyncChecks.requiredVersions(cluster.sandbox, cluster.boards, cluster.batchEnds);
            Set<String> missing = new HashSet<>(required);
            missing.removeAll(delivered);
            List<String> overlaps = SyncChecks.overlappingPolls(cluster.sandbox, cluster.boards);
            List<String> interleavings = SyncChecks.interleavedPolls(cluster.sandbox, cluster.boards);
            Map<String, Long> outagePolls = cluster.boards.stream()
                    .flatMap(board -> SyncChecks.listings(cluster.sandbox, board).stream())
                    .filter(listing -> listing.seq() > quorumLost && listing.seq() < quorumBack)
                    .collect(Collectors.groupingBy(SyncChecks::node, TreeMap::new, Collectors.counting()));
            long duplicateRows = cluster.count("SELECT COUNT(*) - COUNT(DISTINCT job_key) FROM hrflow_job");
            List<String> disconnectedPolls = SyncChecks.pollsWhileDisconnected(cluster.sandbox, cluster.boards,
                    cluster.connectionEvents, IN_FLIGHT_GRACE_MILLIS);
            long suspensions = cluster.connectionEvents.stream()
                    .filter(event -> event.state() == ConnectionState.SUSPENDED).count();

            System.out.printf("ZooKeeperLossTest seed=%d boards=%d jobs/board=%d edits=%d required=%d missing=%d"
                              + " rows=%d duplicateRows=%d deliveredTwice=%d syncGoesOnAfterOneLoss=%dms"
                              + " quorumOutage=%dms requestsDuringOutage(by node)=%s resumedAfterQuorum=%dms"
                              + " leadersBackAfterQuorum=%dms leadersAfterQuorum=%s takeover(%s->%s)=%dms"
                              + " caughtUpAfterQuorum=%dms leaderChanges=%d overlappingPolls=%d"
                              + " interleavedPolls=%d suspensions=%d pollsWhileDisconnected=%d time=%ds%n",
                    seed, cluster.boards.size(), jobsPerBoard, cluster.edits.get(), required.size(), missing.size(),
                    cluster.jobTable().size(), duplicateRows, cluster.deliveredTwice(), goesOnMillis, outageMillis,
                    outagePolls, resumedMillis, leadersBackMillis, leaderCounts(leadersAfter), victim, successor,
                    takeoverMillis, caughtUpMillis, SyncChecks.leaderChanges(cluster.sandbox, cluster.boards),
                    overlaps.size(), interleavings.size(), suspensions, disconnectedPolls.size(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            overlaps.forEach(overlap -> System.out.println("overlap: " + overlap));
            interleavings.forEach(interleaving -> System.out.println("interleaving: " + interleaving));
            disconnectedPolls.forEach(poll -> System.out.println("poll while disconnected: " + poll));

            assertTrue(outageLeaders.values().stream().allMatch(List::isEmpty),
                    "seed " + seed + ": a node cut off from ZooKeeper still claims a board: " + outageLeaders);
            assertTrue(disconnectedPolls.isEmpty(),
                    "seed " + seed + ": a node polled without its ZooKeeper connection: " + disconnectedPolls);
            assertTrue(suspensions >= 3,
                    "seed " + seed + ": the quorum loss suspended fewer than 3 nodes' connections");
            assertTrue(leadersAtEnd.values().stream().allMatch(holders -> holders.size() == 1),
                    "seed " + seed + ": not one leader per board at the end: " + leadersAtEnd);

            assertTrue(overlaps.isEmpty(), "seed " + seed + ": two nodes polled a board at once: " + overlaps);
            assertTrue(missing.isEmpty(), "seed " + seed + ": versions missing: " + missing);
            assertEquals(0, duplicateRows, "seed " + seed);
            assertTrue(required.size() >= jobsPerBoard * cluster.boards.size(),
                    "seed " + seed + ": the check covered too little");
        }
    }

    /** Board to the number of nodes leading it. */
    private static Map<String, Integer> leaderCounts(Map<String, List<String>> leaders) {
        Map<String, Integer> counts = new TreeMap<>();
        leaders.forEach((board, holders) -> counts.put(board, holders.size()));
        return counts;
    }

    /** How many boards had a poll batch completed after the sandbox's sequence number {@code seq}. */
    private static long boardsWithBatchAfter(ClusterHarness cluster, long seq) {
        return cluster.batchEnds.stream().filter(end -> end.seq() > seq).map(SyncChecks.BatchEnd::board).distinct()
                .count();
    }
}
