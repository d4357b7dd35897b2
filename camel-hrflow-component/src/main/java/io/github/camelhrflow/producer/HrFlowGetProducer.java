package io.github.camelhrflow.producer;

import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.client.ObjectLookup;
import io.github.camelhrflow.model.StoredObject;
import org.apache.camel.Message;

/**
 * {@code operation=get}: one object per exchange from {@code GET /job/indexing} or {@code GET /profile/indexing}, put
 * in the body as a {@code Job} or {@code Profile}.
 */
public class HrFlowGetProducer extends HrFlowProducer {

    public HrFlowGetProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        HrFlowEndpoint endpoint = getEndpoint();
        String storageKey = HrFlowTarget.storageKey(endpoint, message, null);
        ObjectLookup lookup = HrFlowTarget.fromHeadersOrOptions(endpoint, message, storageKey);
        if (lookup == null) {
            throw HrFlowTarget.noObject(endpoint, "get");
        }
        HrFlowResponse<StoredObject> response = client.get(resource(), lookup);
        message.setBody(response.data());
        setObjectHeaders(message, response.data(), response.statusCode());
    }

    @Override
    protected void notFound(Message message) {
        message.setBody(null);
    }
}
