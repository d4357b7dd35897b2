package io.github.camelhrflow.examples;

import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON equality as the examples check their results: the Job model reads HrFlow's numbers as doubles, so a job that
 * went through it may say {@code 65000.0} where HrFlow said {@code 65000}; numbers are compared by value.
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
