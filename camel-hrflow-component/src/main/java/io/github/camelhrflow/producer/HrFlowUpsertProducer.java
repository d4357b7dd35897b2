package io.github.camelhrflow.producer;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.client.HrFlowResponse;
import io.github.camelhrflow.client.ObjectLookup;
import io.github.camelhrflow.model.StoredObject;
import org.apache.camel.Message;

/**
 * {@code operation=upsert}: the body's reference decides. HrFlow has a job (or profile) with it: {@code PUT} with that
 * object's key, unless the stored object already has the body's content; none: {@code POST}. This is HrFlow's own
 * connectors' upsert, and what makes a redelivered write safe: a second attempt finds the object the first one
 * created. An unchanged object is not written again, so its {@code updated_at} stays and a storing consumer downstream
 * sees no new version ({@link ContentComparison} says what counts as the same content).
 */
public class HrFlowUpsertProducer extends HrFlowProducer {

    /** {@link HrFlowConstants#UPSERT_RESULT} when the object was created. */
    public static final String CREATED = "created";
    /** {@link HrFlowConstants#UPSERT_RESULT} when an existing object was replaced. */
    public static final String UPDATED = "updated";
    /** {@link HrFlowConstants#UPSERT_RESULT} when the stored object already had the body's content: nothing written. */
    public static final String UNCHANGED = "unchanged";

    public HrFlowUpsertProducer(HrFlowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void call(Message message, HrFlowClient client) throws Exception {
        HrFlowResource resource = resource();
        StoredObject object = bodyObject(message);
        if (HrFlowTarget.isBlank(object.getReference())) {
            throw new IllegalArgumentException("Cannot upsert a " + resource.noun() + " without a reference: upsert"
                                               + " finds the " + resource.noun() + " by the body "
                                               + resource.noun() + "'s reference (your system's id for it); set"
                                               + " reference in the " + resource.noun() + ", or use operation=index"
                                               + " to create " + resource.noun() + "s.");
        }
        String storageKey = HrFlowTarget.storageKey(getEndpoint(), message, object);
        HrFlowResponse<StoredObject> existing = existing(client, resource, storageKey, object.getReference());
        HrFlowResponse<StoredObject> response;
        String result;
        if (existing == null) {
            response = client.index(resource, storageKey, object);
            result = CREATED;
        } else if (ContentComparison.sameContent(object, existing.data())) {
            response = existing;
            result = UNCHANGED;
        } else {
            response = client.edit(resource, storageKey, withKey(object, existing.data().getKey()));
            result = UPDATED;
        }
        message.setBody(response.data());
        setObjectHeaders(message, response.data(), response.statusCode());
        message.setHeader(HrFlowConstants.UPSERT_RESULT, result);
    }

    private static HrFlowResponse<StoredObject> existing(
                                                         HrFlowClient client, HrFlowResource resource,
                                                         String storageKey, String reference)
            throws Exception {
        try {
            return client.get(resource, ObjectLookup.byReference(storageKey, reference));
        } catch (RuntimeException e) {
            if (resource.isNotFound(e)) {
                return null;
            }
            throw e;
        }
    }

    /** HrFlow's key wins over whatever key the body carries: the reference is what names the object here. */
    private static StoredObject withKey(StoredObject object, String key) {
        if (key.equals(object.getKey())) {
            return object;
        }
        StoredObject copy = copyOf(object);
        copy.setKey(key);
        return copy;
    }
}
