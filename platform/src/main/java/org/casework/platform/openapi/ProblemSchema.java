package org.casework.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The RFC 9457 problem document every error answer refers to, as the component schema {@code Problem}. */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static void ensureIn(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null && openAPI.getComponents().getSchemas().containsKey("Problem")) {
            return;
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
