package io.github.camelhrflow.examples;

import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON equality as the examples check their results, whichever Jackson node types each side was read into: the
 * sandbox keeps numbers as exact decimals, a plain {@code readTree} reads them as ints and doubles, so numbers are
 * compared by value. (The component's own tests compare the text of numbers, the stronger promise.)
 */
public final class JsonByValue {

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;

    private JsonByValue() {
    }

    public static boolean equal(JsonNode expected, JsonNode actual) {
        return expected.equals(NUMBERS_BY_VALUE, actual);
    }
}
