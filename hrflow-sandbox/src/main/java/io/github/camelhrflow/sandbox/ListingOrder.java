package io.github.camelhrflow.sandbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The orders {@code storing/jobs} sorts by. Jobs sharing a time come in the order they first entered
 * the sandbox, in both directions, so a client paging a board sees every job once even among ties.
 */
enum ListingOrder {
    CREATED_AT_ASC(StoredItem::createdAt, false),
    CREATED_AT_DESC(StoredItem::createdAt, true),
    UPDATED_AT_ASC(StoredItem::updatedAt, false),
    UPDATED_AT_DESC(StoredItem::updatedAt, true);

    private final Function<StoredItem, Instant> field;
    private final Comparator<StoredItem> comparator;

    ListingOrder(Function<StoredItem, Instant> field, boolean descending) {
        this.field = field;
        Comparator<Instant> times = Comparator.nullsFirst(Comparator.<Instant>naturalOrder());
        // a total order: the ordinal is unique, so binary search finds a job's exact place
        this.comparator = Comparator.comparing(field, descending ? times.reversed() : times)
                .thenComparingLong(StoredItem::ordinal);
    }

    static ListingOrder of(String sortBy, boolean descending) {
        boolean updated = sortBy.equals("updated_at");
        return updated ? (descending ? UPDATED_AT_DESC : UPDATED_AT_ASC)
                : (descending ? CREATED_AT_DESC : CREATED_AT_ASC);
    }

    Comparator<StoredItem> comparator() {
        return comparator;
    }

    boolean sortsByCreation() {
        return this == CREATED_AT_ASC || this == CREATED_AT_DESC;
    }

    Instant time(StoredItem job) {
        return field.apply(job);
    }
}
