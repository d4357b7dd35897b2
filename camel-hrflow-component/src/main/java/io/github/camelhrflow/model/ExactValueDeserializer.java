package io.github.camelhrflow.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;

/**
 * Reads a loosely typed value of the model ({@code value}, {@code archive}, {@code location.fields}, unknown fields)
 * as Jackson's untyped reading does ({@code Map}, {@code List}, {@code String}, {@code Boolean}, {@code null}), except
 * that every number, at any depth, becomes a {@link java.math.BigDecimal} written back with the text HrFlow sent.
 * Set on the model's properties, so it works with any {@code ObjectMapper}, not only the component's.
 */
public final class ExactValueDeserializer extends StdDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    public ExactValueDeserializer() {
        super(Object.class);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            return ctxt.handleUnexpectedToken(Object.class, p);
        }
        switch (token) {
            case START_OBJECT:
                return readObject(p, ctxt, p.nextToken());
            case FIELD_NAME:
            case END_OBJECT:
                // Jackson may hand over an object whose START_OBJECT it has already read
                return readObject(p, ctxt, token);
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(deserialize(p, ctxt));
                }
                return list;
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return ExactDecimal.read(p);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case VALUE_EMBEDDED_OBJECT:
                return p.getEmbeddedObject();
            default:
                return ctxt.handleUnexpectedToken(Object.class, p);
        }
    }

    /**
     * With default typing, strings and booleans are written bare and everything else wrapped with its type: as in
     * Jackson's untyped reading, a bare value is read as it is and only a wrapped one goes to the type's reader.
     */
    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
            throws IOException {
        JsonToken token = p.currentToken();
        if (token != null && token.isScalarValue()) {
            return deserialize(p, ctxt);
        }
        return typeDeserializer.deserializeTypedFromAny(p, ctxt);
    }

    private Map<String, Object> readObject(JsonParser p, DeserializationContext ctxt, JsonToken first)
            throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken token = first; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            map.put(name, deserialize(p, ctxt));
        }
        return map;
    }
}
