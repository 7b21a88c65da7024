package org.casework.platform.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read as written, never coerced: by default the JSON library takes 123 or true for
 * text, "5" or "" for a number, "true", "" or 1 for a yes/no, and a count of days or an array of numbers
 * for a date. Each of those is a client's mistake (or a probe) and is refused, naming the field, like any
 * other wrong type. Blank text matters most: the library would read "" or "\r" as no value at all, and a
 * merge patch would then leave the field unchanged and answer 200 to a value nobody could have meant.
 * One customizer for every service, so every API reads JSON the same way.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After Quarkus registers the java.time module, so this date reader is the one that counts. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        // Amounts of money are decimal text by design (Money), names and instants are text: for those
        // only blank text is refused.
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.DateTime }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(false);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new IsoDate()));
    }

    /** A date is a string such as "2024-08-07" and nothing else. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                if (DATE.matcher(text).matches()) {
                    return LocalDate.parse(text);
                }
            } catch (DateTimeParseException e) {
                // answered below
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date such as 2024-08-07");
        }
    }
}
