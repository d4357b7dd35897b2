package io.github.camelhrflow;

import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.client.JobLookup;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Message;

/**
 * {@code operation=get}: one job per exchange from {@code GET /job/indexing}, put in the body as a {@link Job}.
 */
public class HrFlowJobGetProducer extends HrFlowProducer {

    public HrFlowJobGetProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        HrFlowEndpoint endpoint = getEndpoint();
        String boardKey = HrFlowJobTarget.boardKey(endpoint, message, null);
        JobLookup lookup = HrFlowJobTarget.fromHeadersOrOptions(endpoint, message, boardKey);
        if (lookup == null) {
            throw HrFlowJobTarget.noJob(endpoint, "get");
        }
        HrFlowResponse<Job> response = client.getJob(lookup);
        message.setBody(response.data());
        setJobHeaders(message, response.data(), response.statusCode());
    }

    @Override
    protected void jobNotFound(Message message) {
        message.setBody(null);
    }
}
