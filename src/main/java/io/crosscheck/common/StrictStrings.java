package io.crosscheck.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Refuses JSON strings that break {@link TextRules} (a NUL, an unpaired surrogate): a 400 naming the field. */
final class StrictStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        String problem = TextRules.problem(value);
        if (problem != null) {
            throw JsonMappingException.from(p, problem);
        }
        return value;
    }
}
