package org.casework.notices.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.notices.domain.AppealEffect;
import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.notices.domain.investigation.InformationNoticeBasis;
import org.casework.notices.service.InvestigatoryRecords;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisation reads what one of its notices requires, and by when: written for information and assessment
 * notices, whose terms the portal of representation-service does not know; other kinds answer their dates.
 */
@Path("/portal/issued-notices/{noticeId}/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal")
public class PortalRequirementsResource {

    private final InvestigatoryRecords records;

    public PortalRequirementsResource(InvestigatoryRecords records) {
        this.records = records;
    }

    /** What is required and by when, without staff names. */
    public record Requirements(UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String reference,
            NoticeType type,
            LocalDate issuedOn, LocalDate requiredBy, LocalDate representationsDueOn, LocalDate paymentDueOn,
            LocalDate appealDueOn, LocalDate appealDueOnWorkingDay, @Schema(maxLength = Lengths.REASONS) String reasons,
            InformationNoticeBasis basis, @Schema(maxLength = Lengths.REASONS) String information,
            @Schema(maxLength = Lengths.SHORT_TEXT) String form, @Schema(maxLength = Lengths.REASONS) String inspection,
            LocalTime inspectAt, @Schema(maxLength = Lengths.NOTE) String documents,
            @Schema(maxLength = Lengths.NOTE) String people, boolean urgent,
            @Schema(maxLength = Lengths.NOTE) String urgencyReasons,
            @Schema(description = "True while an appeal is pending against a notice not stated urgent: what it requires "
                    + "need not be done until the appeal is determined or withdrawn (DPA 2018 s.142(6), s.146(7), "
                    + "s.150(7))") boolean suspendedByAppeal,
            @Schema(description = "The rule: the suspending one, or for an urgent notice the one disapplying it; null "
                    + "for notices it does not concern", nullable = true, maxLength = Lengths.WRITTEN) String appealEffectRule) {

        static Requirements of(Notice n) {
            var i = n.informationTerms;
            var a = n.assessmentTerms;
            return new Requirements(n.id, n.reference, n.type, n.issuedOn, n.requiredBy, n.representationsDueOn,
                    n.paymentDueOn, n.appealDueOn,
                    StatutoryPeriods.lastDayInTime(n.appealDueOn), n.reasons, i == null ? null : i.basis(),
                    i == null ? null : i.information(), i == null ? null : i.form(), a == null ? null : a.inspection(),
                    a == null ? null : a.inspectAt(), a == null ? null : a.documents(), a == null ? null : a.people(),
                    i != null ? i.urgent() : a != null && a.urgent(),
                    i != null ? i.urgencyReasons() : a == null ? null : a.urgencyReasons(),
                    AppealEffect.suspendsCompliance(n), AppealEffect.rule(n));
        }
    }

    @GET
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "readOwnNoticeRequirements",
            summary = "What one of your notices requires, and by when", description = "For an information notice the "
            + "information, its form and the last day to provide it (DPA 2018 s.142); for an assessment notice the "
            + "inspection, its day and time, the documents and people (s.146); for every notice its dates (appeal, "
            + "representations, payment). Another organisation's notice, or a draft, answers 404. An audited read.")
    public Requirements read(@PathParam("noticeId") UUID noticeId) {
        return Requirements.of(records.ownNotice(noticeId));
    }
}
