package org.casework.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema of one audit detail's text, as {@link AuditRecord} bounds it (documentation only). */
@Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
        maxLength = AuditRecord.MAX_DETAIL_LENGTH)
final class DetailText {

    private DetailText() {
    }
}
