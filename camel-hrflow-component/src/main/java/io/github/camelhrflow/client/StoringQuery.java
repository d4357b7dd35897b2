package io.github.camelhrflow.client;

/**
 * One page request of {@code GET /storing/jobs} or {@code /storing/profiles} for one board or source; {@code null}
 * filters are not sent.
 *
 * @param storageKey the board key or source key
 * @param sortBy     {@code created_at} or {@code updated_at}
 * @param orderBy    {@code asc} or {@code desc}
 */
public record StoringQuery(String storageKey, int page, int limit, String sortBy, String orderBy, String createdAtMin,
                           String createdAtMax, String name) {

    /** The same query for another page. */
    public StoringQuery page(int page) {
        return new StoringQuery(storageKey, page, limit, sortBy, orderBy, createdAtMin, createdAtMax, name);
    }
}
