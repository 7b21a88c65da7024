package org.casework.platform.security;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads a token claim as plain text, whether the JWT library gives a String, a JSON value or a number. */
public final class Claims {

    private Claims() {
    }

    public static String text(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value.toString();
    }
}
