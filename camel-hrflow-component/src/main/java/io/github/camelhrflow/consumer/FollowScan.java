package io.github.camelhrflow.consumer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.client.HrFlowPage;
import io.github.camelhrflow.client.JobListQuery;
import io.github.camelhrflow.model.Job;

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
 * It holds at most {@code budget} versions: a board that changed more than that since the position (a first sync, a
 * long stop) is read by a {@link BoardSweep} instead, a page at a time.
 */
final class FollowScan {

    /** A board changing so fast that the scan restarts this often is read at the next poll instead. */
    static final int MAX_RESTARTS = 5;
    /** Steps back over jobs that left the list, per pass, before the pass starts over. */
    static final int MAX_STEPS_BACK = 1_000;

    /** Versions of one second stay in the order HrFlow lists them: the position needs no order among them. */
    private static final Comparator<Change> OLDEST_FIRST = Comparator.comparing(Change::updatedAt);

    /**
     * What a scan found: the versions ahead of the position, oldest change first, or {@code overflow} when there were
     * more than the budget; {@code newest} is the first job of page 1 (the board's newest version), {@code null} for an
     * empty board, and {@code total} the board's size as HrFlow counted it then.
     */
    record Result(List<Change> changes, boolean overflow, Job newest, int total) {
    }

    private final PageReader reader;
    private final JobListQuery firstPage;

    FollowScan(PageReader reader, JobListQuery firstPage) {
        this.reader = reader;
        this.firstPage = firstPage;
    }

    /** The board's newest version, {@code null} for an empty board: where {@code startFrom=now} begins. */
    Job newest() throws IOException {
        HrFlowPage<Job> page = reader.read(firstPage);
        return page.items().isEmpty() ? null : page.items().get(0);
    }

    Result changesAfter(SyncPosition position, int budget) throws IOException {
        for (int attempt = 0; attempt <= MAX_RESTARTS; attempt++) {
            Result result = pass(position, budget);
            if (result != null) {
                return result;
            }
        }
        throw new IllegalStateException("Board " + firstPage.boardKey() + " lost jobs during each of "
                                        + (MAX_RESTARTS + 1) + " scans in a row; the next poll tries again.");
    }

    /**
     * One pass from page 1; {@code null} when jobs kept leaving the list faster than the pass could step back over
     * them, and the pass must start over.
     */
    private Result pass(SyncPosition position, int budget) throws IOException {
        Map<String, Change> changes = new LinkedHashMap<>();
        PageCursor cursor = PageCursor.first(firstPage.limit());
        // below any answer's total: the first request has nothing to compare with
        int total = Integer.MIN_VALUE;
        int stepsBack = 0;
        Job newest = null;
        int firstTotal = 0;
        while (true) {
            HrFlowPage<Job> answer = reader.read(firstPage.page(cursor.page()));
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
                    return new Result(List.of(), true, newest, firstTotal);
                }
            }
            total = now;
            for (Job job : answer.items()) {
                Change change = Change.of(job, -1);
                if (position.isBehind(change.updatedAt())) {
                    return done(changes, newest, firstTotal);
                }
                if (position.isAhead(job.getKey(), change.updatedAt())) {
                    changes.putIfAbsent(change.version(), change);
                    if (changes.size() > budget) {
                        return new Result(List.of(), true, newest, firstTotal);
                    }
                }
            }
            if (!answer.hasNext()) {
                return done(changes, newest, firstTotal);
            }
            cursor = cursor.nextPage();
        }
    }

    private static Result done(Map<String, Change> changes, Job newest, int total) {
        List<Change> sorted = new ArrayList<>(changes.values());
        sorted.sort(OLDEST_FIRST);
        return new Result(sorted, false, newest, total);
    }
}
