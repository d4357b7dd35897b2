package io.github.camelhrflow.producer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.HrFlowStoringOptions;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowPage;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.client.StoringQuery;
import io.github.camelhrflow.model.StoredObject;
import org.apache.camel.Message;

/**
 * {@code to("hrflow:job-storing?boardKey=...")}, {@code to("hrflow:profile-storing?sourceKey=...")}: the body becomes
 * a lazy {@code Iterator<Job>} ({@code Iterator<Profile>}) over the board's (source's) pages, so
 * {@code .split(body()).streaming()} exports a board or source of any size in constant memory. The first page is
 * requested here, so a bad key or board fails this exchange rather than the split.
 */
public class HrFlowStoringProducer extends HrFlowProducer {

    public HrFlowStoringProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        HrFlowEndpoint endpoint = getEndpoint();
        HrFlowStoringOptions options = endpoint.getStoring();
        String storageKey = HrFlowTarget.storageKey(endpoint, message, null);
        StoringQuery first = new StoringQuery(storageKey, 1, options.getPageSize(), options.getSortBy(),
                options.getOrderBy(), options.getCreatedAtMin(), options.getCreatedAtMax(), options.getName());
        HrFlowPage<StoredObject> page = client.list(resource(), first);
        message.setBody(new PageIterator(client, resource(), first, page));
        message.setHeader(HrFlowConstants.TOTAL, page.meta().total());
        message.setHeader(HrFlowConstants.RESPONSE_CODE, page.statusCode());
    }

    /** Walks the pages, asking for the next one only when the previous one has been consumed. */
    private static final class PageIterator implements Iterator<StoredObject> {

        private final HrFlowClient client;
        private final HrFlowResource resource;
        private final StoringQuery query;
        private HrFlowPage<StoredObject> page;
        private Iterator<StoredObject> objects;
        /** A page that could not be read; thrown by {@link #next()} once the objects read before it are taken. */
        private RuntimeException failure;

        PageIterator(HrFlowClient client, HrFlowResource resource, StoringQuery query,
                     HrFlowPage<StoredObject> first) {
            this.client = client;
            this.resource = resource;
            this.query = query;
            this.page = first;
            this.objects = first.items().iterator();
        }

        @Override
        public boolean hasNext() {
            if (failure != null) {
                // next() reports it: a splitter asks hasNext() right after taking an object, before processing it, so
                // throwing here would drop the last object of the page that was read
                return true;
            }
            // a page past maxPage answers with no data: either ends the walk
            while (!objects.hasNext() && page.hasNext()) {
                int next = page.meta().page() + 1;
                try {
                    page = client.list(resource, query.page(next));
                } catch (IOException e) {
                    failure = new UncheckedIOException(
                            "Cannot read page " + next + " of " + resource.storage() + " " + query.storageKey()
                                                       + ": " + e.getMessage(),
                            e);
                    return true;
                } catch (HrFlowApiException e) {
                    failure = new HrFlowApiException(
                            "Cannot read page " + next + " of " + resource.storage() + " " + query.storageKey()
                                                     + ": " + e.getMessage(),
                            e.getStatusCode(), e.getHrFlowMessage(),
                            e.getRetryAfter(), e);
                    return true;
                }
                objects = page.items().iterator();
            }
            return objects.hasNext();
        }

        @Override
        public StoredObject next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more " + resource.noun() + "s in " + resource.storage() + " "
                                                 + query.storageKey());
            }
            if (failure != null) {
                throw failure;
            }
            return objects.next();
        }
    }
}
