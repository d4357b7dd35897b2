package io.github.camelhrflow.producer;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.client.ObjectLookup;
import io.github.camelhrflow.model.StoredObject;
import org.apache.camel.Message;

/**
 * {@code operation=archive}: archives a job or profile ({@code PATCH /job/indexing/archive},
 * {@code /profile/indexing/archive}). The object is the one the headers or options name, else the body's key. The body
 * is left as it was.
 */
public class HrFlowArchiveProducer extends HrFlowProducer {

    public HrFlowArchiveProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        HrFlowEndpoint endpoint = getEndpoint();
        StoredObject body = resource().modelClass().isInstance(message.getBody())
                ? (StoredObject) message.getBody() : null;
        String storageKey = HrFlowTarget.storageKey(endpoint, message, body);
        ObjectLookup lookup = HrFlowTarget.fromHeadersOrOptions(endpoint, message, storageKey);
        if (lookup == null && body != null) {
            lookup = HrFlowTarget.fromBody(body, storageKey);
        }
        if (lookup == null) {
            throw HrFlowTarget.noObject(endpoint, "archive");
        }
        HrFlowResponse<String> response = client.archive(resource(), lookup);
        message.setHeader(resource().keyHeader(), response.data());
        message.setHeader(HrFlowConstants.RESPONSE_CODE, response.statusCode());
    }
}
