package io.github.camelhrflow.client;

import java.util.List;

/**
 * One page of a {@code storing/jobs} answer.
 */
public record HrFlowPage<T>(int statusCode, HrFlowPageMeta meta, List<T> items) {

    /** Whether a later page may hold more: HrFlow answers a page past {@code maxPage} with no data. */
    public boolean hasNext() {
        return !items.isEmpty() && meta.page() < meta.maxPage();
    }
}
