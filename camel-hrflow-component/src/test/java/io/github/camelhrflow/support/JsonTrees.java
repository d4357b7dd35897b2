package io.github.camelhrflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * JSON equality as the model promises it: field order and white space are free, everything else must be as written,
 * numbers included ({@code 45000} differs from {@code 45000.0}, {@code 0.9} from {@code 0.90}, {@code 1e3} from
 * {@code 1000}). Stricter on purpose than comparing Jackson trees, whose number nodes forget how a number was written.
 */
public final class JsonTrees {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTrees() {
    }

    /** A JSON number, kept as the text it was written with. */
    public record NumberText(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * @return the JSON as plain Java ({@code Map}, {@code List}, {@code String}, {@code Boolean}, {@code null}) with
     *         each number a {@link NumberText}
     */
    public static Object exact(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            Object value = read(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("Trailing content after the JSON value: " + p.currentToken());
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #exact(String)} of one top-level field, such as the {@code data} of HrFlow's envelope. */
    public static Object exact(String json, String field) {
        Object tree = exact(json);
        if (!(tree instanceof Map<?, ?> object) || !object.containsKey(field)) {
            throw new IllegalArgumentException("No field " + field + " in " + json);
        }
        return object.get(field);
    }

    /** @return null when the JSON texts are equal as described above, else the path of the first difference */
    public static String firstDifference(String expectedJson, String actualJson) {
        return firstDifference(exact(expectedJson), exact(actualJson), "");
    }

    /** @return null when the {@link #exact(String)} trees are equal, else the path of the first difference */
    public static String firstDifference(Object expected, Object actual, String path) {
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (!e.keySet().equals(a.keySet())) {
                return path + ": fields " + e.keySet() + " != " + a.keySet();
            }
            for (Map.Entry<?, ?> field : e.entrySet()) {
                String difference =
                        firstDifference(field.getValue(), a.get(field.getKey()), path + "." + field.getKey());
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                return path + ": array sizes " + e.size() + " != " + a.size();
            }
            for (int i = 0; i < e.size(); i++) {
                String difference = firstDifference(e.get(i), a.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return Objects.equals(expected, actual) ? null : path + ": " + show(expected) + " != " + show(actual);
    }

    private static Object read(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT:
                Map<String, Object> object = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (object.containsKey(name)) {
                        // a map would keep only one of the two, hiding a difference
                        throw new IllegalArgumentException("Field " + name + " twice");
                    }
                    p.nextToken();
                    object.put(name, read(p));
                }
                return object;
            case START_ARRAY:
                List<Object> array = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p));
                }
                return array;
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new NumberText(p.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalArgumentException("Unexpected " + token);
        }
    }

    private static String show(Object value) {
        return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }
}
