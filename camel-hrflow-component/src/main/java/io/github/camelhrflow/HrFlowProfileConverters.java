package io.github.camelhrflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelhrflow.model.Profile;
import org.apache.camel.Converter;

/**
 * Lets a {@link Profile} body go to any endpoint as JSON ({@code file:}, {@code jms:}, ...) or as a map (a SQL insert),
 * and lets JSON read back from those endpoints become a {@link Profile} again: the conversions of
 * {@link HrFlowJobConverters}, with the same code.
 */
@Converter(generateLoader = true)
public final class HrFlowProfileConverters {

    private HrFlowProfileConverters() {
    }

    @Converter
    public static String toString(Profile profile) throws JsonProcessingException {
        return ModelJson.toString(profile);
    }

    @Converter
    public static byte[] toBytes(Profile profile) throws JsonProcessingException {
        return ModelJson.toBytes(profile);
    }

    @Converter
    public static InputStream toInputStream(Profile profile) throws JsonProcessingException {
        return ModelJson.toInputStream(profile);
    }

    @Converter
    public static Map<String, Object> toMap(Profile profile) {
        return ModelJson.toMap(profile);
    }

    @Converter
    public static Profile fromMap(Map<String, Object> map) {
        return ModelJson.fromMap(map, Profile.class);
    }

    @Converter
    public static Profile fromString(String json) throws JsonProcessingException {
        return ModelJson.fromString(json, Profile.class);
    }

    @Converter
    public static Profile fromBytes(byte[] json) throws IOException {
        return ModelJson.fromBytes(json, Profile.class);
    }

    @Converter
    public static Profile fromInputStream(InputStream json) throws IOException {
        return ModelJson.fromInputStream(json, Profile.class);
    }
}
