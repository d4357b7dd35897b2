package io.github.camelhrflow.model;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a numeric field of the model ({@code ranges_float} bounds, {@code lat}, {@code lng}) as a {@link BigDecimal}
 * that is written back with the text HrFlow sent. Set on the model's fields, so it works with any
 * {@code ObjectMapper}, not only the component's.
 */
public final class ExactNumberDeserializer extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    public ExactNumberDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != null && p.currentToken().isNumeric()) {
            return ExactDecimal.read(p);
        }
        // a number in a string and the like: Jackson's usual coercions
        return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
    }
}
