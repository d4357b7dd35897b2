package io.github.camelhrflow.producer;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.model.StoredObject;

/**
 * Whether writing a job or a profile would change what HrFlow stores: {@code upsert} skips the write when it would
 * not. One comparison for every resource: the two objects are compared as JSON trees, field by field, with these rules:
 * <ul>
 * <li>the fields HrFlow sets itself are left out: {@link #SET_BY_HRFLOW};</li>
 * <li>numbers are equal by value ({@code 45000}, {@code 45000.0} and {@code 4.5e4} are one number);</li>
 * <li>a missing field, {@code null}, {@code []} and <code>{}</code> are all "no value" and equal to each other, at any
 * depth: an edit replaces the whole object, so a field the body leaves out ends as HrFlow's empty value anyway;</li>
 * <li>everything else must be equal: strings exactly, arrays in the same order, objects whatever the order of their
 * fields.</li>
 * </ul>
 */
final class ContentComparison {

    /**
     * Fields of a job or profile that HrFlow writes, never the body: its identity ({@code key}, {@code id}), its board
     * or source ({@code board_key}, the {@code board} object; {@code source_key}, the {@code source} object) and its
     * times ({@code created_at}, {@code updated_at}, {@code archived_at}, and {@code archive}, the archive flag some
     * answers carry).
     */
    static final Set<String> SET_BY_HRFLOW = setByHrFlow();

    private ContentComparison() {
    }

    private static Set<String> setByHrFlow() {
        Set<String> names = new HashSet<>(
                Set.of("key", "id", "created_at", "updated_at", "archived_at", "archive"));
        for (HrFlowResource resource : HrFlowResource.values()) {
            names.add(resource.storage());
            names.add(resource.storageParam());
        }
        return Set.copyOf(names);
    }

    /** {@code true} when writing {@code body} over {@code stored} would change none of the object's own fields. */
    static boolean sameContent(StoredObject body, StoredObject stored) {
        JsonNode written = HrFlowJson.mapper().valueToTree(body);
        JsonNode kept = HrFlowJson.mapper().valueToTree(stored);
        return sameObject(written, kept, true);
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (isEmpty(a) || isEmpty(b)) {
            return isEmpty(a) && isEmpty(b);
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            return sameObject(a, b, false);
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.getNodeType() == b.getNodeType() && a.equals(b);
    }

    private static boolean sameObject(JsonNode a, JsonNode b, boolean root) {
        Set<String> names = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = a.fields(); fields.hasNext();) {
            names.add(fields.next().getKey());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = b.fields(); fields.hasNext();) {
            names.add(fields.next().getKey());
        }
        for (String name : names) {
            if (root && SET_BY_HRFLOW.contains(name)) {
                continue;
            }
            if (!same(a.get(name), b.get(name))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isContainerNode() && node.isEmpty());
    }
}
