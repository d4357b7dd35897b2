package io.github.camelhrflow.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper of the component, shared by the HTTP client and the type converters. It is configured once
 * and never changed afterwards, which is what makes sharing it safe.
 * <p>
 * Numbers are exact: the model keeps each number's text itself (see {@code io.github.camelhrflow.model.Job}); this
 * mapper also reads untyped floats and JSON trees as {@code BigDecimal}s with their scale ({@code 45000.0} is not
 * {@code 45000}), and writes a {@code BigDecimal} with its scale rather than as a plain string or a double.
 */
public final class HrFlowJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // the model keeps unknown fields itself; anything else unknown must not fail a whole job
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private HrFlowJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
