package io.crosscheck.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Refuses JSON strings holding a NUL character (U+0000): PostgreSQL cannot store one, so without
 * this H2 would accept what PostgreSQL rejects, and no text we keep has a use for it.
 */
final class NoNulStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw JsonMappingException.from(p, "must not contain NUL characters");
        }
        return value;
    }
}
