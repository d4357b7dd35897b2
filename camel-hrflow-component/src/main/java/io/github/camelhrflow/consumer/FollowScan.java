package io.github.camelhrflow.consumer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.github.camelhrflow.client.HrFlowPage;
import io.github.camelhrflow.client.StoringQuery;
import io.github.camelhrflow.model.StoredObject;

/**
 * Finds the versions ahead of a position by reading the board newest change first ({@code sort_by=updated_at},
 * {@code order_by=desc}) from page 1 down to the position's floor: {@code GET /storing/jobs} has no filter on
 * {@code updated_at}, only sorting and page numbers.
 * <p>
 * Why it loses nothing: while it pages, a job created or edited moves to the front, which shifts the unread jobs one
 * place back: they are read twice (kept once, by version), never skipped. The edited job's new version lands in pages
 * already read; the next poll, which starts from the front again, finds it. Only a job leaving the list (archived
 * jobs, if HrFlow hides them) shifts unread jobs forward, past the reader, by at most the number of jobs that left: a
 * smaller {@code meta.total} than the request before shows it, and the scan steps back by that many places.
 * <p>
 * It holds at most {@code budget} versions, the oldest it found: a poll delivers those and the next poll goes on from
 * there, so memory does not grow with the changes (a long catch-up takes several polls, each reading the backlog
 * again). Only a first sync of a board bigger than the budget is not scanned: it ends the scan at its first page with
 * {@code bigFirstSync}, and a {@link BoardSweep} reads the board instead, a page at a time. A catch-up is never swept:
 * the jobs created in a sweep's newest second are left to the changes after it, and a backlog made of them would make
 * every poll sweep again without delivering them.
 */
final class FollowScan {

    /** A board changing so fast that the scan restarts this often is read at the next poll instead. */
    static final int MAX_RESTARTS = 5;
    /** Steps back over jobs that left the list, per pass, before the pass starts over. */
    static final int MAX_STEPS_BACK = 1_000;

    /**
     * What a scan found: the versions ahead of the position, oldest change first, the oldest of them only when there
     * were more than the budget ({@code truncated}); none with {@code bigFirstSync}, a first sync of a board bigger
     * than the budget, which a sweep must read. {@code newest} is the first job of page 1 (the board's newest version),
     * {@code null} for an empty board, and {@code total} the board's size as HrFlow counted it then.
     */
    record Result(List<Change> changes, boolean bigFirstSync, boolean truncated, StoredObject newest, int total) {
    }

    /** The oldest first, versions of one second in the order they were found. */
    private static final Comparator<Change> HELD_ORDER = Comparator.comparing(Change::updatedAt)
            .thenComparing(Change::foundAt);

    private final PageReader reader;
    private final StoringQuery firstPage;

    FollowScan(PageReader reader, StoringQuery firstPage) {
        this.reader = reader;
        this.firstPage = firstPage;
    }

    /** The board's newest version, {@code null} for an empty board: where {@code startFrom=now} begins. */
    StoredObject newest() throws IOException {
        HrFlowPage<StoredObject> page = reader.read(firstPage);
        return page.items().isEmpty() ? null : page.items().get(0);
    }

    Result changesAfter(SyncPosition position, int budget) throws IOException {
        for (int attempt = 0; attempt <= MAX_RESTARTS; attempt++) {
            Result result = pass(position, budget);
            if (result != null) {
                return result;
            }
        }
        throw new IllegalStateException("The list of " + firstPage.storageKey() + " lost jobs during each of "
                                        + (MAX_RESTARTS + 1) + " scans in a row; the next poll tries again.");
    }

    /**
     * One pass from page 1; {@code null} when jobs kept leaving the list faster than the pass could step back over
     * them, and the pass must start over.
     */
    private Result pass(SyncPosition position, int budget) throws IOException {
        Map<String, Change> held = new LinkedHashMap<>();
        TreeSet<Change> byAge = new TreeSet<>(HELD_ORDER);
        PageCursor cursor = PageCursor.first(firstPage.limit());
        // below any answer's total: the first request has nothing to compare with
        int total = Integer.MIN_VALUE;
        int stepsBack = 0;
        int found = 0;
        StoredObject newest = null;
        int firstTotal = 0;
        while (true) {
            HrFlowPage<StoredObject> answer = reader.read(firstPage.page(cursor.page()));
            int now = answer.meta().total();
            if (now < total) {
                if (++stepsBack > MAX_STEPS_BACK) {
                    return null;
                }
                cursor = cursor.back(total - now);
                total = now;
                continue;
            }
            if (total == Integer.MIN_VALUE) {
                firstTotal = now;
                newest = answer.items().isEmpty() ? null : answer.items().get(0);
                if (position.isUntouched() && now > budget) {
                    // a first sync of a board bigger than the budget: no need to read the budget's pages to know
                    return new Result(List.of(), true, true, newest, firstTotal);
                }
            }
            total = now;
            for (StoredObject job : answer.items()) {
                Change change = Change.of(job, -1).foundAs(found);
                if (position.isBehind(change.updatedAt())) {
                    return done(byAge, found, newest, firstTotal);
                }
                if (!position.isAhead(job.getKey(), change.updatedAt()) || held.containsKey(change.version())) {
                    continue;
                }
                found++;
                held.put(change.version(), change);
                byAge.add(change);
                if (byAge.size() > budget) {
                    held.remove(byAge.pollLast().version());
                }
            }
            if (!answer.hasNext()) {
                return done(byAge, found, newest, firstTotal);
            }
            cursor = cursor.nextPage();
        }
    }

    private static Result done(TreeSet<Change> byAge, int found, StoredObject newest, int total) {
        return new Result(new ArrayList<>(byAge), false, found > byAge.size(), newest, total);
    }
}
