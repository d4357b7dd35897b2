package io.github.camelhrflow.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code storing/jobs} lists of one board: one version per job, and the jobs sorted in each
 * {@link ListingOrder}. A sorted view is built on first use, then kept up to date one job at a time
 * (a binary search and an array shift), so paging through a large board does not sort it per page.
 * Guarded by the store's lock: views are built and changed under its write lock only.
 */
final class ListingIndex {

    private final Map<String, StoredItem> listed = new HashMap<>();
    private final Map<ListingOrder, List<StoredItem>> views = new EnumMap<>(ListingOrder.class);

    /** The listed version of a job, or null. */
    StoredItem get(String key) {
        return listed.get(key);
    }

    int size() {
        return listed.size();
    }

    /** Lists this version of its job in place of the one listed before, if any. */
    void put(StoredItem job) {
        StoredItem previous = listed.put(job.key(), job);
        for (Map.Entry<ListingOrder, List<StoredItem>> view : views.entrySet()) {
            List<StoredItem> sorted = view.getValue();
            if (previous != null) {
                sorted.remove(Collections.binarySearch(sorted, previous, view.getKey().comparator()));
            }
            int at = Collections.binarySearch(sorted, job, view.getKey().comparator());
            sorted.add(-at - 1, job);
        }
    }

    /** Lists many jobs at once: the views are dropped and built again on next use, cheaper than one by one. */
    void putAll(List<StoredItem> jobs) {
        jobs.forEach(job -> listed.put(job.key(), job));
        views.clear();
    }

    /** Whether {@link #view} would have to build the view first (which needs the write lock). */
    boolean hasView(ListingOrder order) {
        return views.containsKey(order);
    }

    /** The listed jobs in this order; the live view, read it under the store's lock and do not change it. */
    List<StoredItem> view(ListingOrder order) {
        return views.computeIfAbsent(order, o -> {
            List<StoredItem> sorted = new ArrayList<>(listed.values());
            sorted.sort(o.comparator());
            return sorted;
        });
    }
}
