package io.github.camelhrflow.producer;

import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.model.StoredObject;
import org.apache.camel.Message;

/**
 * {@code operation=index}: creates the body's job or profile ({@code POST /job/indexing}, {@code /profile/indexing});
 * the body becomes the object HrFlow stored, with its new key. A redelivered index can create a second object: use
 * upsert for retried writes.
 */
public class HrFlowIndexProducer extends HrFlowProducer {

    public HrFlowIndexProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        StoredObject object = bodyObject(message);
        String storageKey = HrFlowTarget.storageKey(getEndpoint(), message, object);
        HrFlowResponse<StoredObject> response = client.index(resource(), storageKey, object);
        message.setBody(response.data());
        setObjectHeaders(message, response.data(), response.statusCode());
    }
}
