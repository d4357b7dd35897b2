package io.github.camelhrflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelhrflow.model.Job;
import org.apache.camel.Converter;

/**
 * Lets a {@link Job} body go to any endpoint as JSON ({@code file:}, {@code jms:}, ...) or as a map (a SQL insert),
 * and lets JSON read back from those endpoints become a {@link Job} again.
 */
@Converter(generateLoader = true)
public final class HrFlowJobConverters {

    private HrFlowJobConverters() {
    }

    @Converter
    public static String toString(Job job) throws JsonProcessingException {
        return ModelJson.toString(job);
    }

    @Converter
    public static byte[] toBytes(Job job) throws JsonProcessingException {
        return ModelJson.toBytes(job);
    }

    @Converter
    public static InputStream toInputStream(Job job) throws JsonProcessingException {
        return ModelJson.toInputStream(job);
    }

    @Converter
    public static Map<String, Object> toMap(Job job) {
        return ModelJson.toMap(job);
    }

    @Converter
    public static Job fromMap(Map<String, Object> map) {
        return ModelJson.fromMap(map, Job.class);
    }

    @Converter
    public static Job fromString(String json) throws JsonProcessingException {
        return ModelJson.fromString(json, Job.class);
    }

    @Converter
    public static Job fromBytes(byte[] json) throws IOException {
        return ModelJson.fromBytes(json, Job.class);
    }

    @Converter
    public static Job fromInputStream(InputStream json) throws IOException {
        return ModelJson.fromInputStream(json, Job.class);
    }
}
