package io.github.camelhrflow;

import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.client.JobLookup;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Message;

/**
 * {@code operation=edit}: replaces the whole job with the body's ({@code PUT /job/indexing}; what the body leaves out
 * is lost). The job is the body's key, else its reference, else the one the headers or options name.
 */
public class HrFlowJobEditProducer extends HrFlowProducer {

    public HrFlowJobEditProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        HrFlowEndpoint endpoint = getEndpoint();
        Job job = bodyJob(message);
        String boardKey = HrFlowJobTarget.boardKey(endpoint, message, job);
        if (HrFlowJobTarget.fromBody(job, boardKey) == null) {
            JobLookup named = HrFlowJobTarget.fromHeadersOrOptions(endpoint, message, boardKey);
            if (named == null) {
                throw new IllegalArgumentException("No job to edit: the body job has no key and no reference, and"
                                                   + " no key or reference option of "
                                                   + endpoint.getEndpointBaseUri() + " nor a header "
                                                   + HrFlowConstants.JOB_KEY + " or "
                                                   + HrFlowConstants.JOB_REFERENCE + " names one.");
            }
            // HrFlow finds the job to replace inside the body; a copy keeps the caller's object as it was
            job = copyOf(job);
            if (named.key() != null) {
                job.setKey(named.key());
            } else {
                job.setReference(named.reference());
            }
        }
        HrFlowResponse<Job> response = client.editJob(boardKey, job);
        message.setBody(response.data());
        setJobHeaders(message, response.data(), response.statusCode());
    }
}
