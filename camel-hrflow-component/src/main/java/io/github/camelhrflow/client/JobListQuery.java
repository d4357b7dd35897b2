package io.github.camelhrflow.client;

/**
 * One page request of {@code GET /storing/jobs} for one board; {@code null} filters are not sent.
 *
 * @param sortBy  {@code created_at} or {@code updated_at}
 * @param orderBy {@code asc} or {@code desc}
 */
public record JobListQuery(String boardKey, int page, int limit, String sortBy, String orderBy, String createdAtMin,
                           String createdAtMax, String name) {

    /** The same query for another page. */
    public JobListQuery page(int page) {
        return new JobListQuery(boardKey, page, limit, sortBy, orderBy, createdAtMin, createdAtMax, name);
    }
}
