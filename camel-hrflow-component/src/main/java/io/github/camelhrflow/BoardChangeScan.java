package io.github.camelhrflow;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowPage;
import io.github.camelhrflow.client.JobListQuery;
import io.github.camelhrflow.model.HrFlowTimestamps;
import io.github.camelhrflow.model.Job;

/**
 * Finds the job versions of a board that are ahead of a watermark, with what {@code GET /storing/jobs} offers: no
 * filter on {@code updated_at} (HrFlow documents none), only sorting and page numbers.
 * <p>
 * Why the scan loses nothing: it reads newest change first ({@code sort_by=updated_at}, {@code order_by=desc}) from
 * page 1 down to the first version behind the watermark. While it pages, a job created or edited moves to the front,
 * which shifts the unread jobs one place back: they are read twice (kept once, by version), never skipped. The edited
 * job's new version lands in pages already read; it is newer than all this scan returns, so the next poll, which
 * starts from the front again, finds it. Only a job leaving the list (archived jobs, if HrFlow hides them) shifts
 * unread jobs forward, past the reader, by at most the number of jobs that left: a smaller {@code meta.total} than
 * the request before shows it, and the scan steps back by that many places (a fresh start instead would never end on
 * a board where jobs leave faster than a whole pass takes). Jobs that share one second are told apart by the
 * watermark's keys.
 * <p>
 * What it assumes of HrFlow, unconfirmed by any live answer: jobs with equal {@code updated_at} come in the same
 * order in every request (a sort with a tie-break); a write takes HrFlow's current time as {@code updated_at}, and
 * that clock does not go back, so a new version sorts at or above every version already there; {@code meta.total}
 * counts the listed jobs. The one loss it cannot see: while the scan is inside the newest second, a job it already
 * read is edited and lands after the reader among that second's jobs (ties by creation order), and in the same
 * moment jobs newer than that second push the reader forward; the job it skipped is in that second and the next
 * poll finds it, unless this poll delivered a newer second.
 */
final class BoardChangeScan {

    /** A board changing so fast that the scan restarts this often is read at the next poll instead. */
    static final int MAX_RESTARTS = 5;

    /** Times a page is asked again after a 429 or 5xx, within one poll. */
    static final int PAGE_RETRIES = 3;
    static final long PAGE_RETRY_BACKOFF_MS = 100;
    /** A longer Retry-After ends the poll; the consumer then pauses until it has passed. */
    static final Duration MAX_PAGE_RETRY_WAIT = Duration.ofSeconds(10);

    /** Steps back over jobs that left the list, per pass, before the pass starts over. */
    static final int MAX_STEPS_BACK = 1_000;

    /** A job version the consumer has to deliver. */
    record Change(Job job, Instant updatedAt) {

        String version() {
            return job.getKey() + "@" + job.getUpdatedAt();
        }
    }

    /** Jobs that share a second stay in the order HrFlow lists them: the watermark's keys need no order among them. */
    private static final Comparator<Change> OLDEST_FIRST = Comparator.comparing(Change::updatedAt);

    private final HrFlowClient client;
    private final JobListQuery firstPage;

    BoardChangeScan(HrFlowClient client, String boardKey, HrFlowJobStoringOptions options) {
        this.client = client;
        this.firstPage = new JobListQuery(boardKey, 1, options.getPageSize(), "updated_at", "desc",
                options.getCreatedAtMin(), options.getCreatedAtMax(), options.getName());
    }

    /**
     * The versions ahead of {@code watermark} (every version when it is {@code null}), oldest change first.
     *
     * @param requests counts the requests sent, for the consumer's figures
     */
    List<Change> changesAfter(BoardWatermark watermark, int[] requests) throws IOException {
        return changesAfter(watermark, null, requests);
    }

    /**
     * As {@link #changesAfter(BoardWatermark, int[])}, reading only down to {@code horizon} when it is set: the caller
     * already holds every version ahead of the watermark older than it (a scan found them and they are not delivered
     * yet). Any version written since that scan is at least as new as the newest it found: HrFlow stamps a write with
     * its clock, which is assumed not to go back.
     */
    List<Change> changesAfter(BoardWatermark watermark, Instant horizon, int[] requests) throws IOException {
        for (int attempt = 0; attempt <= MAX_RESTARTS; attempt++) {
            List<Change> changes = scan(watermark, horizon, requests);
            if (changes != null) {
                changes.sort(OLDEST_FIRST);
                return changes;
            }
        }
        throw new IllegalStateException("Board " + firstPage.boardKey() + " lost jobs during each of "
                                        + (MAX_RESTARTS + 1) + " scans in a row; the next poll tries again.");
    }

    /** The newest version's time, {@code null} for an empty board: where {@code startFrom=now} begins. */
    Instant newest(int[] requests) throws IOException {
        requests[0]++;
        HrFlowPage<Job> page = client.listJobs(firstPage);
        return page.items().isEmpty() ? null : updatedAt(page.items().get(0));
    }

    /**
     * One pass from page 1; {@code null} when jobs kept leaving the list faster than the pass could step back over
     * them, and the pass must start over.
     */
    private List<Change> scan(BoardWatermark watermark, Instant horizon, int[] requests) throws IOException {
        Map<String, Change> changes = new LinkedHashMap<>();
        int limit = firstPage.limit();
        // below any answer's total: the first request has nothing to compare with
        int total = Integer.MIN_VALUE;
        int stepsBack = 0;
        for (int page = 1;; page++) {
            HrFlowPage<Job> answer = read(page, requests);
            int now = answer.meta().total();
            if (now < total) {
                // jobs left the list since the last request: every unread job moved up by at most the difference,
                // so the unread ones start no earlier than (page - 1) * limit - lost; read again from there
                if (++stepsBack > MAX_STEPS_BACK) {
                    return null;
                }
                int lost = total - now;
                total = now;
                page = Math.max(1, ((page - 1) * limit - lost) / limit + 1) - 1;
                continue;
            }
            total = now;
            for (Job job : answer.items()) {
                Instant updatedAt = updatedAt(job);
                if (watermark != null && watermark.isBehind(updatedAt)
                    || horizon != null && updatedAt.isBefore(horizon)) {
                    return new ArrayList<>(changes.values());
                }
                if (watermark == null || watermark.isAhead(job.getKey(), updatedAt)) {
                    Change change = new Change(job, updatedAt);
                    changes.putIfAbsent(change.version(), change);
                }
            }
            if (!answer.hasNext()) {
                return new ArrayList<>(changes.values());
            }
        }
    }

    /**
     * One page, asked again after a 429 or 5xx: a first sync reads the whole board before it delivers, and one failed
     * request among thousands would otherwise throw all of it away. Jobs that moved meanwhile are what the scan
     * already handles between any two requests. A long {@code Retry-After}, or a fault that persists, ends the poll.
     */
    private HrFlowPage<Job> read(int page, int[] requests) throws IOException {
        for (int attempt = 0;; attempt++) {
            requests[0]++;
            try {
                return client.listJobs(firstPage.page(page));
            } catch (HrFlowApiException e) {
                boolean transientFault = e.getStatusCode() == 429 || e.getStatusCode() >= 500;
                Duration wait = e.getRetryAfter() != null
                        ? e.getRetryAfter() : Duration.ofMillis(PAGE_RETRY_BACKOFF_MS << attempt);
                if (!transientFault || attempt >= PAGE_RETRIES || wait.compareTo(MAX_PAGE_RETRY_WAIT) > 0) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.max(0, wait.toMillis()));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A job without a readable time sorts as the oldest: it is delivered once, by the first full scan. */
    static Instant updatedAt(Job job) {
        try {
            var time = HrFlowTimestamps.parse(job.getUpdatedAt());
            return time == null ? Instant.EPOCH : time.toInstant();
        } catch (RuntimeException unreadable) {
            return Instant.EPOCH;
        }
    }
}
