package io.github.camelhrflow.producer;

import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.client.ObjectLookup;
import io.github.camelhrflow.model.StoredObject;
import org.apache.camel.Message;

/**
 * Which board or source, and which object, a message is about: headers first, then the endpoint's options, then, for
 * the operations that allow it, the body object. The storage is the header ({@code CamelHrFlowBoardKey},
 * {@code CamelHrFlowSourceKey}), else the option ({@code boardKey}, {@code sourceKey}), else the body's
 * ({@code board_key}, {@code source_key}). The object: when its key or reference header is present, the headers alone
 * name it (the key when both are); otherwise the {@code key} or {@code reference} option. The README's "Which job:
 * options and headers" is the user's version of these rules.
 */
final class HrFlowTarget {

    private HrFlowTarget() {
    }

    /** The board or source: the header, else the option, else the body's (never {@code null}). */
    static String storageKey(HrFlowEndpoint endpoint, Message message, StoredObject body) {
        HrFlowResource resource = endpoint.getApi().resource();
        String storageKey = message.getHeader(resource.storageHeader(), endpoint.getStorageKey(), String.class);
        if (isBlank(storageKey) && body != null) {
            storageKey = resource.storageKeyOf(body);
        }
        if (isBlank(storageKey)) {
            throw new IllegalArgumentException("No " + resource.storage() + " for " + endpoint.getEndpointBaseUri()
                                               + ": set its " + resource.storageOption() + " option or the "
                                               + resource.storageHeader() + " header"
                                               + (body != null
                                                       ? ", or " + resource.storageParam() + " in the body "
                                                         + resource.noun() + "."
                                                       : "."));
        }
        return storageKey;
    }

    /**
     * The object the headers or the endpoint's options name: the key header wins over the reference header (a key is
     * HrFlow's own id), and either header wins over the options. {@code null} when nothing names an object.
     */
    static ObjectLookup fromHeadersOrOptions(HrFlowEndpoint endpoint, Message message, String storageKey) {
        HrFlowResource resource = endpoint.getApi().resource();
        String keyHeader = message.getHeader(resource.keyHeader(), String.class);
        if (!isBlank(keyHeader)) {
            endpoint.warnHeaderOverrideOnce(resource.keyHeader());
            return ObjectLookup.byKey(storageKey, keyHeader);
        }
        String referenceHeader = message.getHeader(resource.referenceHeader(), String.class);
        if (!isBlank(referenceHeader)) {
            endpoint.warnHeaderOverrideOnce(resource.referenceHeader());
            return ObjectLookup.byReference(storageKey, referenceHeader);
        }
        if (endpoint.getKey() != null) {
            return ObjectLookup.byKey(storageKey, endpoint.getKey());
        }
        if (endpoint.getReference() != null) {
            return ObjectLookup.byReference(storageKey, endpoint.getReference());
        }
        return null;
    }

    /** The object the body names: its key, else its reference; {@code null} when it has neither. */
    static ObjectLookup fromBody(StoredObject body, String storageKey) {
        if (!isBlank(body.getKey())) {
            return ObjectLookup.byKey(storageKey, body.getKey());
        }
        if (!isBlank(body.getReference())) {
            return ObjectLookup.byReference(storageKey, body.getReference());
        }
        return null;
    }

    static IllegalArgumentException noObject(HrFlowEndpoint endpoint, String what) {
        HrFlowResource resource = endpoint.getApi().resource();
        return new IllegalArgumentException("No " + resource.noun() + " to " + what + ": set the key or reference"
                                            + " option of " + endpoint.getEndpointBaseUri() + ", or the header "
                                            + resource.keyHeader() + " or " + resource.referenceHeader()
                                            + " (blank values do not count).");
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
