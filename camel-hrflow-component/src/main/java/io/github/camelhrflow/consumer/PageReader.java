package io.github.camelhrflow.consumer;

import java.io.IOException;
import java.time.Duration;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowPage;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.client.StoringQuery;
import io.github.camelhrflow.model.StoredObject;

/**
 * Reads pages of {@code GET /storing/jobs} or {@code /storing/profiles}, each asked again after a 429 or 5xx: one failed request among thousands
 * would otherwise end a poll that already read many pages. A long {@code Retry-After}, or a fault that persists, ends
 * the poll; what it delivered stays delivered. Counts the requests it sends.
 */
final class PageReader {

    /** Times a page is asked again after a 429 or 5xx, within one poll. */
    static final int PAGE_RETRIES = 3;
    /** The first wait before a page is asked again; it doubles with each retry. */
    static final long PAGE_RETRY_BACKOFF_MS = 100;
    /** A longer Retry-After ends the poll; the consumer then pauses until it has passed. */
    static final Duration MAX_PAGE_RETRY_WAIT = Duration.ofSeconds(10);

    private final HrFlowClient client;
    private final HrFlowResource resource;
    private int requests;

    PageReader(HrFlowClient client, HrFlowResource resource) {
        this.client = client;
        this.resource = resource;
    }

    HrFlowPage<StoredObject> read(StoringQuery query) throws IOException {
        for (int attempt = 0;; attempt++) {
            requests++;
            try {
                return client.list(resource, query);
            } catch (HrFlowApiException e) {
                Duration wait = retryWait(e, attempt);
                if (wait == null) {
                    throw e;
                }
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** How long to wait before asking again after {@code failure}, or {@code null} when the poll must end. */
    static Duration retryWait(HrFlowApiException failure, int attempt) {
        boolean transientFault = failure.getStatusCode() == 429 || failure.getStatusCode() >= 500;
        Duration wait = failure.getRetryAfter() != null
                ? failure.getRetryAfter() : Duration.ofMillis(PAGE_RETRY_BACKOFF_MS << attempt);
        if (!transientFault || attempt >= PAGE_RETRIES || wait.compareTo(MAX_PAGE_RETRY_WAIT) > 0) {
            return null;
        }
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** The requests sent so far, retries included. */
    int requests() {
        return requests;
    }
}
