package org.casework.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The RFC 9457 problem document every error answer refers to, as the component schema {@code Problem}. It replaces
 * what the scanner makes of the {@code Problem} class, whose extension members are a map written flat by
 * {@code @JsonAnyGetter}: scanned, that map became a member {@code extensions} no answer has, and the field errors
 * a client needs to correct a request ({@code errors}) were missing, so a generated client dropped them.
 */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static void ensureIn(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .description("An RFC 9457 problem document (application/problem+json)")
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("type", string())
                .addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string())
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", string())
                                .addProperty("message", string()))));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
