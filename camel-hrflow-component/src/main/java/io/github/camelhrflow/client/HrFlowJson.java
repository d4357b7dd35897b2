package io.github.camelhrflow.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper of the component, shared by the HTTP client and the type converters. It is configured once
 * and never changed afterwards, which is what makes sharing it safe.
 */
public final class HrFlowJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // the model keeps unknown fields itself; anything else unknown must not fail a whole job
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private HrFlowJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
