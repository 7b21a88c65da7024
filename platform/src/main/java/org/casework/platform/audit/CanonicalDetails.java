package org.casework.platform.audit;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.casework.audit.proof.CanonicalJson;

/** Stored details (jsonb, whose text form is not canonical) back in the canonical form their hash covers. */
public final class CanonicalDetails {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };

    private CanonicalDetails() {
    }

    public static String of(String storedJson) {
        return CanonicalJson.write(parse(storedJson));
    }

    public static Map<String, String> parse(String storedJson) {
        if (storedJson == null) {
            return null;
        }
        try {
            return MAPPER.readValue(storedJson, STRINGS);
        } catch (JsonProcessingException e) {
            // details are written by AuditTrail as a flat map of strings; anything else was not
            throw new IllegalStateException("audit details are not a map of strings", e);
        }
    }
}
