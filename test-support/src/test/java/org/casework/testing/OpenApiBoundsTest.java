package org.casework.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiBoundsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBoundedDocumentWithExamplesHasNoFindings() throws Exception {
        JsonNode document = JSON.readTree("""
                {"paths": {"/cases/{id}": {"post": {
                  "parameters": [{"name": "id", "in": "path", "schema": {"type": "string", "format": "uuid", "maxLength": 36}}],
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Facts"}}}}}}},
                 "components": {"schemas": {"Facts": {"type": "object", "example": {"title": "x"}, "properties": {
                   "title": {"type": "string", "maxLength": 200},
                   "type": {"type": "string", "enum": ["A", "B"]},
                   "count": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
                   "tags": {"type": "array", "maxItems": 5, "items": {"type": "string", "const": "t"}},
                   "details": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Text", "type": "string"}}}},
                   "Text": {"type": "string", "maxLength": 100}}}}
                """);

        assertEquals(List.of(), OpenApiBounds.findings(document));
    }

    @Test
    void everyUnboundedValueAndABodyWithoutExampleIsNamedWhereItIs() throws Exception {
        JsonNode document = JSON.readTree("""
                {"paths": {"/cases": {"get": {
                  "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}]},
                  "post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
                    "n": {"type": ["integer", "null"], "minimum": 0},
                    "ids": {"type": "array", "items": {"type": "string", "maxLength": 36}}}}}}}}}}}
                """);

        assertEquals(List.of(
                "/paths/~1cases/get/parameters/0/schema: string without maxLength, enum or const",
                "/paths/~1cases/post/requestBody/content/application~1json/schema/properties/n: integer without minimum and maximum",
                "/paths/~1cases/post/requestBody/content/application~1json/schema/properties/ids: array without maxItems",
                "/paths/~1cases/post/requestBody/content/application~1json: request body without an example"),
                OpenApiBounds.findings(document));
    }
}
