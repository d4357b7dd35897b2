package io.github.camelhrflow;

import java.io.IOException;
import java.io.InputStream;

import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;
import org.apache.camel.support.DefaultProducer;

/**
 * What every hrflow producer does around its one call: clear what an earlier call left on the message, and turn an
 * HrFlow failure into the headers a route and Camel's error handler read.
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
        } catch (HrFlowJobNotFoundException e) {
            message.setHeader(HrFlowConstants.RESPONSE_CODE, e.getStatusCode());
            if (getEndpoint().isThrowExceptionOnNotFound()) {
                throw e;
            }
            jobNotFound(message);
            failed = false;
        } catch (HrFlowApiException e) {
            message.setHeader(HrFlowConstants.RESPONSE_CODE, e.getStatusCode());
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

    /** A missing job with throwExceptionOnNotFound=false: by default the body stays as it was. */
    protected void jobNotFound(Message message) {
    }

    /** The body as a {@link Job}, from a Job, JSON text, bytes, a stream or a Map; fails before any request. */
    protected Job bodyJob(Message message) {
        Object body = message.getBody();
        try {
            return message.getMandatoryBody(Job.class);
        } catch (InvalidPayloadException | TypeConversionException notDirect) {
            // a file (from("file:...")) or another body Camel reads as a stream: its content is the job's JSON
            InputStream json = body == null ? null : message.getBody(InputStream.class);
            if (json != null) {
                try (json) {
                    return HrFlowJobConverters.fromInputStream(json);
                } catch (IOException | RuntimeException e) {
                    throw notAJob(body, e);
                }
            }
            throw notAJob(body, notDirect);
        }
    }

    private IllegalArgumentException notAJob(Object body, Exception e) {
        {
            return new IllegalArgumentException("The body of " + getEndpoint().getApi().uri() + " operation="
                                                + getEndpoint().getOperation() + " must be a job: a Job, or JSON of"
                                                + " one (String, byte[], InputStream, a file) or a Map; got "
                                                + (body == null ? "no body" : body.getClass().getName()),
                    e);
        }
    }

    /** A deep copy, so that a change made for the request never shows in the caller's object. */
    protected static Job copyOf(Job job) {
        return HrFlowJson.mapper().convertValue(job, Job.class);
    }

    /** The headers that describe the job a call returned. */
    protected static void setJobHeaders(Message message, Job job, int statusCode) {
        message.setHeader(HrFlowConstants.JOB_KEY, job.getKey());
        // a reference header left from the request must not outlive the job it named
        if (job.getReference() != null) {
            message.setHeader(HrFlowConstants.JOB_REFERENCE, job.getReference());
        } else {
            message.removeHeader(HrFlowConstants.JOB_REFERENCE);
        }
        message.setHeader(HrFlowConstants.RESPONSE_CODE, statusCode);
    }
}
