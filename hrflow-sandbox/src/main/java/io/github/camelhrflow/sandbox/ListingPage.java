package io.github.camelhrflow.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One page of {@code storing/jobs}: its jobs, how many jobs match in all and the listing's sequence number.
 *
 * @param total what {@code meta.total} counts: the jobs listed that pass the filters
 */
record ListingPage(List<StoredItem> jobs, int total, long seq) {

    /**
     * A page request over a sorted listing. Without filters a page costs its own length; a creation
     * range over a listing sorted by creation costs two binary searches; other filters scan the board.
     *
     * @param created null for no creation range
     * @param others  the remaining filters, null for none
     * @param page    from 1
     */
    record Query(ListingOrder order, CreatedRange created, Predicate<StoredItem> others, int page, int limit) {

        /** Reads the page; runs under the store's lock, so it copies what it keeps. */
        ListingPage read(List<StoredItem> sorted, long seq) {
            int lo = 0;
            int hi = sorted.size();
            Predicate<StoredItem> filter = others;
            if (created != null && order.sortsByCreation()) {
                int[] range = createdBounds(sorted);
                lo = range[0];
                hi = Math.max(lo, range[1]);
            } else if (created != null) {
                filter = filter == null ? created::contains : filter.and(created::contains);
            }
            long from = (long) (page - 1) * limit;
            if (filter == null) {
                int total = hi - lo;
                int start = lo + (int) Math.min(from, total);
                int end = lo + (int) Math.min(from + limit, total);
                return new ListingPage(List.copyOf(sorted.subList(start, end)), total, seq);
            }
            List<StoredItem> jobs = new ArrayList<>();
            int total = 0;
            for (int i = lo; i < hi; i++) {
                StoredItem job = sorted.get(i);
                if (filter.test(job)) {
                    if (total >= from && jobs.size() < limit) {
                        jobs.add(job);
                    }
                    total++;
                }
            }
            return new ListingPage(jobs, total, seq);
        }

        /** The index range of the creation range in a listing sorted by creation time (nulls first when ascending, last when descending). */
        private int[] createdBounds(List<StoredItem> sorted) {
            Instant min = created.min();
            Instant max = created.max();
            if (order == ListingOrder.CREATED_AT_ASC) {
                return new int[] {
                        first(sorted,
                                job -> job.createdAt() != null && (min == null || !job.createdAt().isBefore(min))),
                        first(sorted, job -> job.createdAt() != null && max != null && job.createdAt().isAfter(max)) };
            }
            return new int[] {
                    first(sorted, job -> job.createdAt() == null || max == null || !job.createdAt().isAfter(max)),
                    first(sorted, job -> job.createdAt() == null || min != null && job.createdAt().isBefore(min)) };
        }

        /** The first index where {@code test} holds, for a test that is false then true along the list. */
        private static int first(List<StoredItem> sorted, Predicate<StoredItem> test) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (test.test(sorted.get(mid))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }
}
