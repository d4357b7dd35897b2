package io.github.camelhrflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Converter;

/**
 * Lets a {@link Job} body go to any endpoint as JSON ({@code file:}, {@code jms:}, ...) or as a map (a SQL insert),
 * and lets JSON read back from those endpoints become a {@link Job} again.
 */
@Converter(generateLoader = true)
public final class HrFlowJobConverters {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private HrFlowJobConverters() {
    }

    @Converter
    public static String toString(Job job) throws JsonProcessingException {
        return HrFlowJson.mapper().writeValueAsString(job);
    }

    @Converter
    public static byte[] toBytes(Job job) throws JsonProcessingException {
        return HrFlowJson.mapper().writeValueAsBytes(job);
    }

    @Converter
    public static InputStream toInputStream(Job job) throws JsonProcessingException {
        return new ByteArrayInputStream(toBytes(job));
    }

    @Converter
    public static Map<String, Object> toMap(Job job) {
        return HrFlowJson.mapper().convertValue(job, MAP);
    }

    @Converter
    public static Job fromMap(Map<String, Object> map) {
        return HrFlowJson.mapper().convertValue(map, Job.class);
    }

    @Converter
    public static Job fromString(String json) throws JsonProcessingException {
        return HrFlowJson.mapper().readValue(json, Job.class);
    }

    @Converter
    public static Job fromBytes(byte[] json) throws IOException {
        return HrFlowJson.mapper().readValue(json, Job.class);
    }

    @Converter
    public static Job fromInputStream(InputStream json) throws IOException {
        return HrFlowJson.mapper().readValue(json, Job.class);
    }
}
