package org.casework.platform.openapi;

import org.casework.platform.http.EntityTags;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.PageLimit;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Bounds the parameters every service shares, each read as text by each resource and checked by platform: the
 * lists' {@code limit}, which {@link PageLimit} refuses outside 1 to {@value PageLimit#MAX}, and {@code after}, a
 * cursor the list gave out, which {@link Cursor} refuses above {@value Cursor#MAX_LENGTH} characters (the audit
 * log's sequence numbers are shorter) (DESIGN §7); the {@code Idempotency-Key} header ({@link Idempotency}) and the
 * {@code If-Match} header ({@link EntityTags}).
 */
final class SharedParameters {

    private SharedParameters() {
    }

    static void bound(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (schema == null || schema.getMaxLength() != null || schema.getType() == null
                    || !schema.getType().contains(Schema.SchemaType.STRING)) {
                continue;
            }
            String name = parameter.getName();
            if (parameter.getIn() == Parameter.In.QUERY && "limit".equals(name)) {
                schema.maxLength(String.valueOf(PageLimit.MAX).length()).pattern("^[0-9]+$");
                describe(parameter, "Items per page, 1 to " + PageLimit.MAX + " (default " + PageLimit.DEFAULT + ")");
            } else if (parameter.getIn() == Parameter.In.QUERY && "after".equals(name)) {
                schema.maxLength(Cursor.MAX_LENGTH);
                describe(parameter, "The previous page's next, to read the page after it");
            } else if (parameter.getIn() == Parameter.In.HEADER && "Idempotency-Key".equalsIgnoreCase(name)) {
                schema.maxLength(Idempotency.MAX_KEY_LENGTH).pattern("^[!-~]+$");
            } else if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(name)) {
                schema.maxLength(EntityTags.MAX_IF_MATCH_LENGTH);
            }
        }
    }

    private static void describe(Parameter parameter, String description) {
        if (parameter.getDescription() == null) {
            parameter.setDescription(description);
        }
    }
}
