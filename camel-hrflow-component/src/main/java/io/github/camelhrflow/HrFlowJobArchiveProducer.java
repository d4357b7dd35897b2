package io.github.camelhrflow;

import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.client.JobLookup;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Message;

/**
 * {@code operation=archive}: archives a job ({@code PATCH /job/indexing/archive}). The job is the one the headers or
 * options name, else the body job's key. The body is left as it was.
 */
public class HrFlowJobArchiveProducer extends HrFlowProducer {

    public HrFlowJobArchiveProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        HrFlowEndpoint endpoint = getEndpoint();
        Job body = message.getBody() instanceof Job job ? job : null;
        String boardKey = HrFlowJobTarget.boardKey(endpoint, message, body);
        JobLookup lookup = HrFlowJobTarget.fromHeadersOrOptions(endpoint, message, boardKey);
        if (lookup == null && body != null) {
            lookup = HrFlowJobTarget.fromBody(body, boardKey);
        }
        if (lookup == null) {
            throw HrFlowJobTarget.noJob(endpoint, "archive");
        }
        HrFlowResponse<String> response = client.archiveJob(lookup);
        message.setHeader(HrFlowConstants.JOB_KEY, response.data());
        message.setHeader(HrFlowConstants.RESPONSE_CODE, response.statusCode());
    }
}
