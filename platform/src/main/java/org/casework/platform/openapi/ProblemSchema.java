package org.casework.platform.openapi;

import java.math.BigDecimal;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
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
                .addProperty("type", string(Problem.MAX_TYPE).example("urn:casework:problem:invalid-request"))
                .addProperty("title", string(Problem.MAX_TITLE))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", string(Problem.MAX_DETAIL))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .maxItems(FieldError.MAX_PER_PROBLEM)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", string(FieldError.MAX_FIELD))
                                .addProperty("message", string(FieldError.MAX_MESSAGE)))));
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }
}
