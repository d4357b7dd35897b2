package io.github.camelhrflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowPage;
import io.github.camelhrflow.client.StoringQuery;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Message;

/**
 * {@code to("hrflow:job-storing?boardKey=...")}: the body becomes a lazy {@code Iterator<Job>} over the board's
 * pages, so {@code .split(body()).streaming()} exports a board of any size in constant memory. The first page is
 * requested here, so a bad key or board fails this exchange rather than the split.
 */
public class HrFlowJobStoringProducer extends HrFlowProducer {

    public HrFlowJobStoringProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        HrFlowEndpoint endpoint = getEndpoint();
        HrFlowJobStoringOptions options = endpoint.getStoring();
        String boardKey = HrFlowJobTarget.boardKey(endpoint, message, null);
        StoringQuery first = new StoringQuery(boardKey, 1, options.getPageSize(), options.getSortBy(),
                options.getOrderBy(), options.getCreatedAtMin(), options.getCreatedAtMax(), options.getName());
        HrFlowPage<Job> page = client.listJobs(first);
        message.setBody(new PageIterator(client, first, page));
        message.setHeader(HrFlowConstants.TOTAL, page.meta().total());
        message.setHeader(HrFlowConstants.RESPONSE_CODE, page.statusCode());
    }

    /** Walks the pages, asking for the next one only when the previous one has been consumed. */
    private static final class PageIterator implements Iterator<Job> {

        private final HrFlowClient client;
        private final StoringQuery query;
        private HrFlowPage<Job> page;
        private Iterator<Job> jobs;
        /** A page that could not be read; thrown by {@link #next()} once the jobs read before it are taken. */
        private RuntimeException failure;

        PageIterator(HrFlowClient client, StoringQuery query, HrFlowPage<Job> first) {
            this.client = client;
            this.query = query;
            this.page = first;
            this.jobs = first.items().iterator();
        }

        @Override
        public boolean hasNext() {
            if (failure != null) {
                // next() reports it: a splitter asks hasNext() right after taking a job, before processing it, so
                // throwing here would drop the last job of the page that was read
                return true;
            }
            // a page past maxPage answers with no data: either ends the walk
            while (!jobs.hasNext() && page.hasNext()) {
                int next = page.meta().page() + 1;
                try {
                    page = client.listJobs(query.page(next));
                } catch (IOException e) {
                    failure = new UncheckedIOException("Cannot read page " + next + " of board " + query.storageKey()
                                                       + ": " + e.getMessage(),
                            e);
                    return true;
                } catch (HrFlowApiException e) {
                    failure = new HrFlowApiException("Cannot read page " + next + " of board " + query.storageKey()
                                                     + ": " + e.getMessage(),
                            e.getStatusCode(), e.getHrFlowMessage(),
                            e.getRetryAfter(), e);
                    return true;
                }
                jobs = page.items().iterator();
            }
            return jobs.hasNext();
        }

        @Override
        public Job next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more jobs in board " + query.storageKey());
            }
            if (failure != null) {
                throw failure;
            }
            return jobs.next();
        }
    }
}
