package io.github.camelhrflow;

import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Message;

/**
 * {@code operation=index}: creates the body's job with {@code POST /job/indexing}; the body becomes the job HrFlow
 * stored, with its new key. A redelivered index can create a second job: use upsert for retried writes.
 */
public class HrFlowJobIndexProducer extends HrFlowProducer {

    public HrFlowJobIndexProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        Job job = bodyJob(message);
        String boardKey = HrFlowJobTarget.boardKey(getEndpoint(), message, job);
        HrFlowResponse<Job> response = client.indexJob(boardKey, job);
        message.setBody(response.data());
        setJobHeaders(message, response.data(), response.statusCode());
    }
}
