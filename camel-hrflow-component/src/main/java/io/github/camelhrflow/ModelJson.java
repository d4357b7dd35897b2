package io.github.camelhrflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.camelhrflow.client.HrFlowJson;

/**
 * The conversions of every model object to and from JSON text, bytes, streams and maps, with the component's mapper:
 * the type converters of jobs and profiles are one-line calls to these.
 */
final class ModelJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ModelJson() {
    }

    static String toString(Object model) throws JsonProcessingException {
        return HrFlowJson.mapper().writeValueAsString(model);
    }

    static byte[] toBytes(Object model) throws JsonProcessingException {
        return HrFlowJson.mapper().writeValueAsBytes(model);
    }

    static InputStream toInputStream(Object model) throws JsonProcessingException {
        return new ByteArrayInputStream(toBytes(model));
    }

    /** Numbers stay the model's {@code BigDecimal}s, HrFlow's text included: the map writes back as HrFlow sent it. */
    static Map<String, Object> toMap(Object model) {
        return HrFlowJson.mapper().convertValue(model, MAP);
    }

    static <T> T fromMap(Map<String, Object> map, Class<T> type) {
        return HrFlowJson.mapper().convertValue(map, type);
    }

    static <T> T fromString(String json, Class<T> type) throws JsonProcessingException {
        return HrFlowJson.mapper().readValue(json, type);
    }

    static <T> T fromBytes(byte[] json, Class<T> type) throws IOException {
        return HrFlowJson.mapper().readValue(json, type);
    }

    static <T> T fromInputStream(InputStream json, Class<T> type) throws IOException {
        return HrFlowJson.mapper().readValue(json, type);
    }
}
