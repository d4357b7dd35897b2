package io.github.camelhrflow;

import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.client.JobLookup;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Gets one job per exchange from {@code GET /job/indexing} and puts it in the body as a {@link Job}.
 * <p>
 * The job is identified by the message headers when either job header is present, else by the endpoint's options.
 */
public class HrFlowJobIndexingProducer extends DefaultProducer {

    private volatile HrFlowClient client;
    private volatile int clientGeneration;

    public HrFlowJobIndexingProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public HrFlowEndpoint getEndpoint() {
        return (HrFlowEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client();
    }

    /**
     * The client over the component's pooled HTTP client. A component stop closes that pool, so after a restart of the
     * component the client is built again over a new one.
     */
    private HrFlowClient client() {
        HrFlowComponent component = getEndpoint().getComponent();
        int generation = component.generation();
        HrFlowClient current = client;
        if (current == null || generation != clientGeneration) {
            synchronized (this) {
                if (client == null || generation != clientGeneration) {
                    HrFlowConfiguration configuration = getEndpoint().getConfiguration();
                    client = new HrFlowClient(component.httpClient(configuration), configuration,
                            configuration.getRequestTimeout() > 0 ? component.requestDeadlines() : null);
                    clientGeneration = generation;
                }
                current = client;
            }
        }
        return current;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        // what an earlier call left must not describe this one, nor pace its redelivery
        message.removeHeader(HrFlowConstants.RESPONSE_CODE);
        message.removeHeader(Exchange.REDELIVERY_DELAY);
        JobLookup lookup = lookup(message);
        try {
            HrFlowResponse<Job> response = client().getJob(lookup);
            Job job = response.data();
            message.setBody(job);
            message.setHeader(HrFlowConstants.JOB_KEY, job.getKey());
            // the headers describe the job returned: a reference header left from the request must not outlive it
            if (job.getReference() != null) {
                message.setHeader(HrFlowConstants.JOB_REFERENCE, job.getReference());
            } else {
                message.removeHeader(HrFlowConstants.JOB_REFERENCE);
            }
            message.setHeader(HrFlowConstants.RESPONSE_CODE, response.statusCode());
        } catch (HrFlowJobNotFoundException e) {
            message.setHeader(HrFlowConstants.RESPONSE_CODE, e.getStatusCode());
            if (getEndpoint().isThrowExceptionOnNotFound()) {
                throw e;
            }
            message.setBody(null);
        } catch (HrFlowApiException e) {
            message.setHeader(HrFlowConstants.RESPONSE_CODE, e.getStatusCode());
            if (e.getRetryAfter() != null) {
                // the error handler reads this header, so a plain maximumRedeliveries(n) waits as HrFlow asked
                long delay = e.getRetryAfter().toMillis();
                long maxRetryAfter = getEndpoint().getConfiguration().getMaxRetryAfter();
                message.setHeader(Exchange.REDELIVERY_DELAY, maxRetryAfter > 0 ? Math.min(delay, maxRetryAfter) : delay);
            }
            throw e;
        }
    }

    private JobLookup lookup(Message message) {
        HrFlowEndpoint endpoint = getEndpoint();
        String boardKey = message.getHeader(HrFlowConstants.BOARD_KEY, endpoint.getBoardKey(), String.class);
        if (boardKey == null || boardKey.isBlank()) {
            throw new IllegalArgumentException("No board to get the job from: set the boardKey option of "
                                               + endpoint.getEndpointBaseUri() + " or the header "
                                               + HrFlowConstants.BOARD_KEY + ".");
        }
        String keyHeader = message.getHeader(HrFlowConstants.JOB_KEY, String.class);
        String referenceHeader = message.getHeader(HrFlowConstants.JOB_REFERENCE, String.class);
        if (keyHeader != null && referenceHeader != null) {
            throw new IllegalArgumentException("Both headers " + HrFlowConstants.JOB_KEY + " and "
                                               + HrFlowConstants.JOB_REFERENCE + " are set: a job is identified by"
                                               + " one of them, remove the other before calling "
                                               + endpoint.getEndpointBaseUri() + ". If both were left by an earlier"
                                               + " hrflow call, remove them with removeHeaders(\"CamelHrFlowJob*\").");
        }
        String key = keyHeader;
        String reference = referenceHeader;
        if (keyHeader == null && referenceHeader == null) {
            key = endpoint.getKey();
            reference = endpoint.getReference();
        }
        if (key != null && !key.isBlank()) {
            return JobLookup.byKey(boardKey, key);
        }
        if (reference != null && !reference.isBlank()) {
            return JobLookup.byReference(boardKey, reference);
        }
        throw new IllegalArgumentException("No job to get: set the key or reference option of "
                                           + endpoint.getEndpointBaseUri() + ", or the header "
                                           + HrFlowConstants.JOB_KEY + " or " + HrFlowConstants.JOB_REFERENCE
                                           + " (blank values do not count).");
    }
}
