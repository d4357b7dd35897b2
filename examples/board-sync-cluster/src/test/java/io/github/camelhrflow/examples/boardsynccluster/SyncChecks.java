package io.github.camelhrflow.examples.boardsynccluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.JobVersion;
import io.github.camelhrflow.sandbox.RecordedRequest;

/** What a run must show, computed from the sandbox's ground truth (history, request log) and the database. */
final class SyncChecks {

    /** The last exchange of a poll batch completed on {@code nodeId} while the sandbox's sequence was {@code seq}. */
    record BatchEnd(String nodeId, String board, long seq) {
    }

    private SyncChecks() {
    }

    /** Every job of the boards with its latest updated_at, key to updated_at. */
    static Map<String, String> currentVersions(HrFlowSandbox sandbox, List<String> boards) {
        Map<String, String> current = new HashMap<>();
        for (String board : boards) {
            for (JobVersion version : sandbox.history(board)) {
                if (version.isCurrent()) {
                    current.put(version.key(), version.updatedAt());
                }
            }
        }
        return current;
    }

    static String board(RecordedRequest request) {
        String keys = request.param("board_keys");
        return keys == null ? null : keys.replaceAll("[\\[\\]\" ]", "");
    }

    static String node(RecordedRequest request) {
        String agent = request.header("User-Agent");
        return agent == null ? "?" : agent.substring(agent.lastIndexOf('/') + 1).split(" ")[0];
    }

    static List<RecordedRequest> listings(HrFlowSandbox sandbox, String board) {
        List<RecordedRequest> listings = new ArrayList<>();
        for (RecordedRequest request : sandbox.requests()) {
            if (request.path().endsWith("/storing/jobs") && board.equals(board(request))) {
                listings.add(request);
            }
        }
        listings.sort(Comparator.comparingLong(RecordedRequest::seq));
        return listings;
    }

    /**
     * The versions that must have been delivered: for each completed poll batch, every version of its board that
     * existed from the poll's (last) page-1 request to the batch's end. A version that lived through a whole
     * successful scan was either ahead of the watermark (then this poll delivered it) or behind it (then an earlier
     * one did). Versions that lived only between scans, or only during a scan that died, need not be seen: no client
     * of a paged API could.
     * <p>
     * A batch's end is the sandbox's last sequence number when its last exchange completed. A one-page poll that
     * nothing else on the sandbox happened after ends at its own page-1 number, so the page-1 request is the last one
     * by the node at or before the end (not strictly before).
     *
     * @throws AssertionError when a batch has no page-1 request of its node before it: the log and the batches
     *                        disagree, and the check would cover less than it claims
     */
    static Set<String> requiredVersions(HrFlowSandbox sandbox, List<String> boards, List<BatchEnd> batchEnds) {
        Set<String> required = new HashSet<>();
        for (String board : boards) {
            List<RecordedRequest> listings = listings(sandbox, board);
            List<JobVersion> history = sandbox.history(board);
            for (BatchEnd end : batchEnds) {
                if (!end.board().equals(board)) {
                    continue;
                }
                long pollStart = -1;
                for (RecordedRequest listing : listings) {
                    if (listing.seq() > end.seq()) {
                        break;
                    }
                    if (end.nodeId().equals(node(listing)) && "1".equals(listing.param("page"))) {
                        pollStart = listing.seq();
                    }
                }
                if (pollStart < 0) {
                    throw new AssertionError("A batch of board " + board + " by " + end.nodeId() + " ended at seq "
                                             + end.seq() + " with no page-1 request of that node before it");
                }
                for (JobVersion version : history) {
                    if (version.fromSeq() < pollStart && version.untilSeq() > end.seq()) {
                        required.add(version.key() + "@" + version.updatedAt());
                    }
                }
            }
        }
        return required;
    }

    /** One scan of a board by one node in the request log: its page-1 request to its last page, in sequence. */
    record PollSpan(String board, String node, long fromSeq, long toSeq, int pages, Instant from, Instant to) {

        boolean overlaps(PollSpan other) {
            return fromSeq <= other.toSeq && other.fromSeq <= toSeq;
        }

        @Override
        public String toString() {
            return node + " seq " + fromSeq + ".." + toSeq + " (" + pages + " pages, " + from + " .. " + to + ")";
        }
    }

    /** The scans of a board in the request log, in the order they started. */
    static List<PollSpan> pollSpans(HrFlowSandbox sandbox, String board) {
        Map<String, List<RecordedRequest>> byNode = new HashMap<>();
        for (RecordedRequest listing : listings(sandbox, board)) {
            byNode.computeIfAbsent(node(listing), n -> new ArrayList<>()).add(listing);
        }
        List<PollSpan> spans = new ArrayList<>();
        for (Map.Entry<String, List<RecordedRequest>> entry : byNode.entrySet()) {
            RecordedRequest first = null;
            RecordedRequest last = null;
            int pages = 0;
            for (RecordedRequest listing : entry.getValue()) {
                // a node's scans of one board never interleave (one consumer, one thread): page 1 starts the next
                if ("1".equals(listing.param("page")) && first != null) {
                    spans.add(new PollSpan(board, entry.getKey(), first.seq(), last.seq(), pages, first.time(),
                            last.time()));
                    first = null;
                }
                if (first == null) {
                    first = listing;
                    pages = 0;
                }
                last = listing;
                pages++;
            }
            if (first != null) {
                spans.add(new PollSpan(board, entry.getKey(), first.seq(), last.seq(), pages, first.time(),
                        last.time()));
            }
        }
        spans.sort(Comparator.comparingLong(PollSpan::fromSeq));
        return spans;
    }

    /**
     * Two nodes polling one board at once: scans of one board by two different nodes whose request spans (page 1 to
     * last page, in the sandbox's sequence) overlap. Returns a description of each.
     */
    static List<String> overlappingPolls(HrFlowSandbox sandbox, List<String> boards) {
        List<String> breaches = new ArrayList<>();
        for (String board : boards) {
            List<PollSpan> spans = pollSpans(sandbox, board);
            for (int i = 0; i < spans.size(); i++) {
                for (int j = i + 1; j < spans.size() && spans.get(j).fromSeq() <= spans.get(i).toSeq(); j++) {
                    if (!spans.get(i).node().equals(spans.get(j).node()) && spans.get(i).overlaps(spans.get(j))) {
                        breaches.add("board " + board + ": " + spans.get(i) + " and " + spans.get(j));
                    }
                }
            }
        }
        return breaches;
    }

    /**
     * Polls of a board by a node that come after another node's poll of it and before the first node's next poll:
     * A, B, A. A clean handover reads A..A B..B; an interleaving means two nodes each ran their own polling loop on
     * the board in the same period, even where single scans did not overlap. Returns a description of each.
     */
    static List<String> interleavedPolls(HrFlowSandbox sandbox, List<String> boards) {
        List<String> interleavings = new ArrayList<>();
        for (String board : boards) {
            List<PollSpan> spans = pollSpans(sandbox, board);
            for (int i = 2; i < spans.size(); i++) {
                PollSpan a = spans.get(i - 2);
                PollSpan b = spans.get(i - 1);
                PollSpan c = spans.get(i);
                if (a.node().equals(c.node()) && !a.node().equals(b.node())) {
                    interleavings.add("board " + board + ": " + a + ", " + b + ", " + c);
                }
            }
        }
        return interleavings;
    }

    /**
     * HrFlow requests a node sent while its ZooKeeper connection was away: each listing of a board by a node after its
     * SUSPENDED or LOST event and before its next RECONNECTED (or CONNECTED) one. A request that had passed the node's
     * fence before the fence closed may still reach the sandbox: one per board and node (a board's consumer sends one
     * request at a time), within {@code graceMillis} of the event. Anything more is a poll by a node that could not
     * know whether it still led. Returns a description of each breach.
     */
    static List<String> pollsWhileDisconnected(HrFlowSandbox sandbox, List<String> boards,
                                               List<ClusterHarness.ConnectionEvent> events, long graceMillis) {
        List<String> breaches = new ArrayList<>();
        Map<String, List<ClusterHarness.ConnectionEvent>> byNode = new HashMap<>();
        events.forEach(event -> byNode.computeIfAbsent(event.nodeId(), n -> new ArrayList<>()).add(event));
        for (Map.Entry<String, List<ClusterHarness.ConnectionEvent>> entry : byNode.entrySet()) {
            ClusterHarness.ConnectionEvent away = null;
            List<ClusterHarness.ConnectionEvent> nodeEvents = new ArrayList<>(entry.getValue());
            nodeEvents.add(null); // the end of the run closes an outage still open
            for (ClusterHarness.ConnectionEvent event : nodeEvents) {
                if (event != null && !event.state().isConnected()) {
                    away = away == null ? event : away;
                } else if (away != null) {
                    long from = away.seq();
                    long until = event == null ? Long.MAX_VALUE : event.seq();
                    for (String board : boards) {
                        List<RecordedRequest> sent = listings(sandbox, board).stream()
                                .filter(listing -> entry.getKey().equals(node(listing)))
                                .filter(listing -> listing.seq() > from && listing.seq() < until).toList();
                        for (RecordedRequest request : sent) {
                            long late = java.time.Duration.between(away.at(), request.time()).toMillis();
                            if (sent.size() > 1 || late > graceMillis) {
                                breaches.add("board " + board + ": " + entry.getKey() + " sent page "
                                             + request.param("page") + " (seq " + request.seq() + ") " + late
                                             + " ms after its ZooKeeper connection was " + away.state() + " at seq "
                                             + from + ", " + sent.size() + " request(s) before it was back");
                            }
                        }
                    }
                    away = null;
                }
            }
        }
        return breaches;
    }

    /** How often the node polling a board changed, over all boards. */
    static int leaderChanges(HrFlowSandbox sandbox, List<String> boards) {
        int changes = 0;
        for (String board : boards) {
            String last = null;
            for (RecordedRequest listing : listings(sandbox, board)) {
                String node = node(listing);
                if (last != null && !last.equals(node)) {
                    changes++;
                }
                last = node;
            }
        }
        return changes;
    }
}
