package io.github.camelhrflow.producer;

import java.io.IOException;
import java.io.InputStream;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.HrFlowProducerStatistics;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.model.StoredObject;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;
import org.apache.camel.support.DefaultProducer;

/**
 * What every hrflow producer does around its one call, whatever the resource (jobs, profiles): clear what an earlier
 * call left on the message, and turn an HrFlow failure into the headers a route and Camel's error handler read.
 */
public abstract class HrFlowProducer extends DefaultProducer {

    private HrFlowClient client;

    protected HrFlowProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public HrFlowEndpoint getEndpoint() {
        return (HrFlowEndpoint) super.getEndpoint();
    }

    /** What this producer's API is about: jobs, profiles. */
    protected HrFlowResource resource() {
        return getEndpoint().getApi().resource();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = getEndpoint().getComponent().createClient(getEndpoint().getConfiguration());
    }

    @Override
    public final void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        // what an earlier call left must not describe this one, nor pace its redelivery
        message.removeHeader(HrFlowConstants.RESPONSE_CODE);
        message.removeHeader(Exchange.REDELIVERY_DELAY);
        boolean sent = true;
        boolean failed = true;
        try {
            call(message, client);
            failed = false;
        } catch (HrFlowApiException e) {
            message.setHeader(HrFlowConstants.RESPONSE_CODE, e.getStatusCode());
            if (resource().isNotFound(e)) {
                if (getEndpoint().isThrowExceptionOnNotFound()) {
                    throw e;
                }
                notFound(message);
                failed = false;
                return;
            }
            if (e.getRetryAfter() != null) {
                // the error handler reads this header, so a plain maximumRedeliveries(n) waits as HrFlow asked
                long delay = e.getRetryAfter().toMillis();
                long maxRetryAfter = getEndpoint().getConfiguration().getMaxRetryAfter();
                message.setHeader(Exchange.REDELIVERY_DELAY,
                        maxRetryAfter > 0 ? Math.min(delay, maxRetryAfter) : delay);
            }
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // invalid options, headers or body, or a stopped component: refused before any request
            sent = false;
            throw e;
        } finally {
            HrFlowProducerStatistics statistics = getEndpoint().getProducerStatistics();
            if (sent) {
                statistics.record(message.getHeader(HrFlowConstants.RESPONSE_CODE, Integer.class), failed);
            } else {
                statistics.recordNotSent();
            }
        }
    }

    /** The one HrFlow call of this producer's operation. */
    protected abstract void call(Message message, HrFlowClient client) throws Exception;

    /** A missing object with throwExceptionOnNotFound=false: by default the body stays as it was. */
    protected void notFound(Message message) {
    }

    /**
     * The body as the resource's model ({@code Job}, {@code Profile}), from the model itself, JSON text, bytes, a
     * stream or a Map; fails before any request.
     */
    protected StoredObject bodyObject(Message message) {
        Class<? extends StoredObject> type = resource().modelClass();
        Object body = message.getBody();
        try {
            return message.getMandatoryBody(type);
        } catch (InvalidPayloadException | TypeConversionException notDirect) {
            // a file (from("file:...")) or another body Camel reads as a stream: its content is the object's JSON
            InputStream json = body == null ? null : message.getBody(InputStream.class);
            if (json != null) {
                try (json) {
                    return HrFlowJson.mapper().readValue(json, type);
                } catch (IOException | RuntimeException e) {
                    throw notAnObject(body, e);
                }
            }
            throw notAnObject(body, notDirect);
        }
    }

    private IllegalArgumentException notAnObject(Object body, Exception e) {
        String noun = resource().noun();
        return new IllegalArgumentException("The body of " + getEndpoint().getApi().uri() + " operation="
                                            + getEndpoint().getOperation() + " must be a " + noun + ": a "
                                            + resource().modelClass().getSimpleName() + ", or JSON of one (String,"
                                            + " byte[], InputStream, a file) or a Map; got "
                                            + (body == null ? "no body" : body.getClass().getName()),
                e);
    }

    /** A deep copy, so that a change made for the request never shows in the caller's object. */
    @SuppressWarnings("unchecked")
    protected static <T extends StoredObject> T copyOf(T object) {
        return (T) HrFlowJson.mapper().convertValue(object, object.getClass());
    }

    /** The headers that describe the object a call returned. */
    protected void setObjectHeaders(Message message, StoredObject object, int statusCode) {
        message.setHeader(resource().keyHeader(), object.getKey());
        // a reference header left from the request must not outlive the object it named
        if (object.getReference() != null) {
            message.setHeader(resource().referenceHeader(), object.getReference());
        } else {
            message.removeHeader(resource().referenceHeader());
        }
        message.setHeader(HrFlowConstants.RESPONSE_CODE, statusCode);
    }
}
