package io.github.camelhrflow.producer;

import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.client.ObjectLookup;
import io.github.camelhrflow.model.StoredObject;
import org.apache.camel.Message;

/**
 * {@code operation=edit}: replaces the whole job or profile with the body's ({@code PUT /job/indexing},
 * {@code /profile/indexing}; what the body leaves out is lost). The object is the body's key, else its reference, else
 * the one the headers or options name.
 */
public class HrFlowEditProducer extends HrFlowProducer {

    public HrFlowEditProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        HrFlowEndpoint endpoint = getEndpoint();
        HrFlowResource resource = resource();
        StoredObject object = bodyObject(message);
        String storageKey = HrFlowTarget.storageKey(endpoint, message, object);
        if (HrFlowTarget.fromBody(object, storageKey) == null) {
            ObjectLookup named = HrFlowTarget.fromHeadersOrOptions(endpoint, message, storageKey);
            if (named == null) {
                throw new IllegalArgumentException("No " + resource.noun() + " to edit: the body " + resource.noun()
                                                   + " has no key and no reference, and no key or reference option"
                                                   + " of " + endpoint.getEndpointBaseUri() + " nor a header "
                                                   + resource.keyHeader() + " or " + resource.referenceHeader()
                                                   + " names one.");
            }
            // HrFlow finds the object to replace inside the body; a copy keeps the caller's object as it was
            object = copyOf(object);
            if (named.key() != null) {
                object.setKey(named.key());
            } else {
                object.setReference(named.reference());
            }
        }
        HrFlowResponse<StoredObject> response = client.edit(resource, storageKey, object);
        message.setBody(response.data());
        setObjectHeaders(message, response.data(), response.statusCode());
    }
}
