package org.casework.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.casework.platform.audit.AuditRecord;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.paging.Cursor;
import org.casework.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** The bounds platform states for what every service shares: formats it writes, parameters it checks. */
class BoundsTest {

    @Test
    void aStringOfAKnownFormatGetsTheLengthTheServerWrites() {
        assertEquals(Produced.UUID, filtered("uuid").getMaxLength());
        assertEquals(Produced.DATE, filtered("date").getMaxLength());
        assertEquals(Produced.DATE_TIME, filtered("date-time").getMaxLength());
        assertNull(filtered("email").getMaxLength(), "a format whose length platform does not write is left alone");
    }

    @Test
    void aStringThatStatesItsOwnLengthKeepsIt() {
        Schema schema = string("uuid").maxLength(40);
        new ProblemResponsesFilter().filterSchema(schema);
        assertEquals(40, schema.getMaxLength());
    }

    @Test
    void theSharedParametersAreBoundedAsPlatformChecksThem() {
        Operation op = OASFactory.createOperation().responses(OASFactory.createAPIResponses());
        op.setParameters(new ArrayList<>(List.of(parameter("limit", Parameter.In.QUERY), parameter("after", Parameter.In.QUERY),
                parameter("Idempotency-Key", Parameter.In.HEADER), parameter("If-Match", Parameter.In.HEADER),
                parameter("q", Parameter.In.QUERY))));

        SharedParameters.bound(op);

        assertEquals(3, op.getParameters().get(0).getSchema().getMaxLength());
        assertEquals(Cursor.MAX_LENGTH, op.getParameters().get(1).getSchema().getMaxLength());
        assertEquals(Idempotency.MAX_KEY_LENGTH, op.getParameters().get(2).getSchema().getMaxLength());
        assertEquals(500, op.getParameters().get(3).getSchema().getMaxLength());
        assertNull(op.getParameters().get(4).getSchema().getMaxLength(), "a service's own parameter states its own bound");
    }

    @Test
    void aProblemsDetailIsCutAtItsDocumentedLength() {
        Problem problem = new Problem("invalid-request", "Invalid request", 400, "x".repeat(Problem.MAX_DETAIL + 10));
        assertEquals(Problem.MAX_DETAIL, problem.getDetail().length());
        assertEquals("short", new Problem("invalid-request", "Invalid request", 400, "short").getDetail());
    }

    @Test
    void anAuditDetailLongerThanTheAuditApiStatesIsNeverRecorded() {
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord(1, Instant.EPOCH, "s", null, null, "r", null,
                "case.read", "case", "1", "SUCCESS", Map.of("note", "x".repeat(AuditRecord.MAX_DETAIL_LENGTH + 1))));
    }

    private static Schema filtered(String format) {
        Schema schema = string(format);
        new ProblemResponsesFilter().filterSchema(schema);
        return schema;
    }

    private static Schema string(String format) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format(format);
    }

    private static Parameter parameter(String name, Parameter.In in) {
        return OASFactory.createParameter().name(name).in(in).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
