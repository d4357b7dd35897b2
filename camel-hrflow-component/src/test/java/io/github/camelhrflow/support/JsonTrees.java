package io.github.camelhrflow.support;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON tree equality where numbers are compared by value ({@code 45000} equals {@code 45000.0}).
 */
public final class JsonTrees {

    private JsonTrees() {
    }

    /** @return null when equal, else the path of the first difference */
    public static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber() && actual.isNumber()) {
            BigDecimal a = expected.decimalValue();
            BigDecimal b = actual.decimalValue();
            return a.compareTo(b) == 0 ? null : path + ": " + expected + " != " + actual;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return path + ": " + expected + " != " + actual;
        }
        if (expected.isObject()) {
            if (expected.size() != actual.size()) {
                return path + ": fields " + fieldNames(expected) + " != " + fieldNames(actual);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = actual.get(field.getKey());
                if (other == null) {
                    return path + "." + field.getKey() + ": missing";
                }
                String difference = firstDifference(field.getValue(), other, path + "." + field.getKey());
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return path + ": array sizes " + expected.size() + " != " + actual.size();
            }
            for (int i = 0; i < expected.size(); i++) {
                String difference = firstDifference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": " + expected + " != " + actual;
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder names = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> names.append(n).append(' '));
        return names.toString().trim();
    }
}
