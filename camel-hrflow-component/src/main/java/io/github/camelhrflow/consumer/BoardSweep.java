package io.github.camelhrflow.consumer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.github.camelhrflow.client.HrFlowPage;
import io.github.camelhrflow.client.StoringQuery;
import io.github.camelhrflow.model.StoredObject;

/**
 * Reads a whole board a page at a time in creation order ({@code sort_by=created_at}, {@code order_by=asc}), up to
 * the jobs created at the sweep's ceiling: how a first sync of a board bigger than a scan may hold delivers as it
 * reads and resumes where it stopped (a catch-up is never swept: see {@link FollowScan}).
 * <p>
 * Why creation order: a job's {@code created_at} never changes, so editing a job does not move it in this list (in
 * {@code updated_at} order an edit would take the job out of the pages already read and shift every later job one
 * place forward, past the reader). The ceiling is the second before the board's newest version when the sweep began,
 * so a job created since is not listed at all and the list only shrinks (a job listed late by HrFlow's indexing, if
 * archived jobs are hidden too, is the exception the step back cannot see): a
 * job leaving it (archived, if HrFlow hides archived jobs) shows as a smaller {@code meta.total}, and the sweep steps
 * back by that many places. Where a sweep is comes from the creation time and keys it has passed, not from the page
 * number alone, so stepping back, a page read twice or a restart delivers nothing twice. Versions written while the
 * sweep runs are newer than its ceiling: the newest-first scan that follows the sweep finds them.
 */
final class BoardSweep {

    /** Steps back over jobs that left the list, per page, before the poll ends (the next poll goes on). */
    static final int MAX_STEPS_BACK = 1_000;

    /**
     * One page of the sweep: the jobs on it that the sweep has not passed yet, in list order, the sweep moved to the
     * page (its total, a step back), where the next page starts, and whether this was the last page.
     */
    record Page(List<Change> changes, SyncPosition.Sweep sweep, int nextIndex, boolean last) {
    }

    private final PageReader reader;
    private final StoringQuery template;

    /** {@code template}: the consumer's filters; the sweep sets the order, and the ceiling when no maximum is set. */
    BoardSweep(PageReader reader, StoringQuery template) {
        this.reader = reader;
        this.template = template;
    }

    Page read(SyncPosition.Sweep sweep) throws IOException {
        StoringQuery query = new StoringQuery(template.storageKey(), 1, template.limit(), "created_at", "asc",
                template.createdAtMin(), template.createdAtMax() != null ? template.createdAtMax() : sweep.ceiling(),
                template.name());
        PageCursor cursor = new PageCursor(sweep.index(), template.limit());
        int stepsBack = 0;
        while (true) {
            HrFlowPage<StoredObject> answer = reader.read(query.page(cursor.page()));
            int now = answer.meta().total();
            if (sweep.total() >= 0 && now < sweep.total()) {
                if (++stepsBack > MAX_STEPS_BACK) {
                    throw new IllegalStateException(
                            "The list of " + template.storageKey() + " lost jobs before each of "
                                                    + MAX_STEPS_BACK + " requests in a row; the next poll goes on.");
                }
                int lost = sweep.total() - now;
                cursor = cursor.back(lost);
                sweep = sweep.steppedBack(lost, now);
                continue;
            }
            sweep = sweep.atTotal(now);
            List<Change> changes = new ArrayList<>(answer.items().size());
            int index = cursor.pageStart();
            for (StoredObject job : answer.items()) {
                Change change = Change.of(job, index++);
                if (!sweep.hasPassed(change.createdAt(), change.key())) {
                    changes.add(change);
                }
            }
            return new Page(changes, sweep, cursor.nextPage().index(), !answer.hasNext());
        }
    }
}
