package io.github.camelhrflow.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * A number read from HrFlow's JSON: a {@link BigDecimal} that also remembers the number's text, so that it is written
 * back exactly as HrFlow wrote it ({@code 1e3} stays {@code 1e3}, {@code -0} stays {@code -0}), which no
 * {@code BigDecimal} alone can do.
 * <p>
 * Users only see it as a {@code BigDecimal}; {@link #toString()} gives the text as HrFlow wrote it, which
 * {@code new BigDecimal(text)} reads back to an equal value. {@code equals} and {@code hashCode} stay
 * {@code BigDecimal}'s (value and scale): the text only decides how the number is written.
 * <p>
 * A mapper with default typing (a cache's serializer, say) names this class in its type ids; it reads it back with
 * the same deserializer the model's fields use.
 */
@JsonDeserialize(using = ExactNumberDeserializer.class)
final class ExactDecimal extends BigDecimal implements JsonSerializable {

    private static final long serialVersionUID = 1L;

    // what RFC 8259 allows; a parser may be set to accept more ("+1", "01", ".5"), which must not be written back
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String text;

    private ExactDecimal(String text) {
        super(text);
        this.text = text;
    }

    /** The number at the parser's current token, with the text it was written with. */
    static ExactDecimal read(JsonParser p) throws IOException {
        String text = p.getText();
        return new ExactDecimal(JSON_NUMBER.matcher(text).matches() ? text : new BigDecimal(text).toString());
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
        if (gen instanceof TokenBuffer) {
            // an in-memory copy (convertValue, valueToTree) keeps this object itself, text included
            gen.writeNumber(this);
        } else {
            gen.writeNumber(text);
        }
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
            throws IOException {
        WritableTypeId typeId = typeSer.writeTypePrefix(gen, typeSer.typeId(this, JsonToken.VALUE_NUMBER_FLOAT));
        serialize(gen, serializers);
        typeSer.writeTypeSuffix(gen, typeId);
    }
}
