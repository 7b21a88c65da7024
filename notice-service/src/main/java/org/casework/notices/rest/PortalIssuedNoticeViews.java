package org.casework.notices.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NextAction;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.service.PortalNotices.Given;
import org.casework.notices.service.document.FeePenaltyNoticeText.Step;
import org.casework.notices.service.fee.FeePenaltyDocuments;
import org.casework.platform.money.Money;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of the organisation's notices as given, in the portal: no staff names, no internal notes. */
public final class PortalIssuedNoticeViews {

    static final String BASE = "/portal/issued-notices/";
    /** Kinds of a fixed penalty for an unpaid charge, beside the {@link NoticeType} names. */
    static final String FIXED_NOI = "FIXED_PENALTY_NOTICE_OF_INTENT";
    static final String FIXED_PN = "FIXED_PENALTY_NOTICE";

    private PortalIssuedNoticeViews() {
    }

    /**
     * One link's path: {@link #BASE}, an id and the longest tail written here ("/document?step=notice-of-intent"),
     * about 90 characters.
     */
    @Schema(name = "PortalNoticeLink", type = SchemaType.STRING, maxLength = Link.MAX)
    static final class Link {
        static final int MAX = 100;

        private Link() {
        }
    }

    @Schema(name = "PortalIssuedNotice",
    description = "A notice given to your organisation: what it requires and by when")
    public record Summary(UUID id, @Schema(maxLength = Lengths.ANY_REFERENCE) String reference,
            @Schema(description = "NOTICE_OF_INTENT, PENALTY_NOTICE, ENFORCEMENT_NOTICE, INFORMATION_NOTICE, "
                    + "ASSESSMENT_NOTICE, REPRIMAND, WARNING, NO_FURTHER_ACTION, FIXED_PENALTY_NOTICE_OF_INTENT or "
                    + "FIXED_PENALTY_NOTICE (a fixed penalty for an unpaid data protection fee)", enumeration = { "NOTICE_OF_INTENT",
                    "PENALTY_NOTICE", "ENFORCEMENT_NOTICE", "INFORMATION_NOTICE", "ASSESSMENT_NOTICE", "REPRIMAND", "WARNING",
                    "NO_FURTHER_ACTION", FIXED_NOI, FIXED_PN }) String kind,
            @Schema(description = "The kind in words", maxLength = Lengths.WRITTEN) String kindInWords,
            @Schema(description = "ISSUED, WITHDRAWN or CANCELLED; for a fixed penalty NOTICE_OF_INTENT_GIVEN, "
                    + "PENALTY_NOTICE_GIVEN, PAID or WITHDRAWN", enumeration = { "ISSUED", "WITHDRAWN", "CANCELLED",
                    "NOTICE_OF_INTENT_GIVEN", "PENALTY_NOTICE_GIVEN", "PAID" }) String status,
            @Schema(description = "The day the notice (for a fixed penalty: its latest notice) was given") LocalDate givenOn,
            @Schema(description = "What it requires of you now, in one line", maxLength = Lengths.WRITTEN) String requires,
            @Schema(description = "The next date by which you must act; null when nothing is due", nullable = true,
                    maxLength = Produced.DATE)
            LocalDate actBy,
            @Schema(description = "Where to read more: self, document, and by kind requirements, representations (the "
                    + "representation window), steps, appeals, account, restriction-claims", additionalProperties = Link.class)
            Map<String, String> links) {

        static Summary of(Given g, LocalDate today) {
            return g.notice() != null ? of(g.notice(), today) : of(g.penalty(), today);
        }

        static Summary of(Notice n, LocalDate today) {
            NextAction next = NextAction.of(n, today);
            return new Summary(n.id, n.reference, n.type.name(), n.type.title(), n.status.name(), n.dayGiven(),
                    next.requires(), next.by(), links(n));
        }

        static Summary of(FeePenalty p, LocalDate today) {
            NextAction next = NextAction.of(p, today);
            boolean penaltyNotice = p.penaltyNoticeGivenOn != null;
            Step step = penaltyNotice ? Step.PENALTY_NOTICE : Step.NOTICE_OF_INTENT;
            Map<String, String> links = new LinkedHashMap<>();
            links.put("self", BASE + p.id);
            links.put("document", BASE + p.id + "/document");
            return new Summary(p.id, p.reference, penaltyNotice ? FIXED_PN : FIXED_NOI, step.title(), p.status.name(),
                    penaltyNotice ? p.penaltyNoticeGivenOn : p.noticeOfIntentGivenOn, next.requires(), next.by(),
                    links);
        }

        private static Map<String, String> links(Notice n) {
            Map<String, String> l = new LinkedHashMap<>();
            l.put("self", BASE + n.id);
            if (n.documentSha256 != null) {
                l.put("document", BASE + n.id + "/document");
            }
            l.put("requirements", BASE + n.id + "/requirements");
            switch (n.type) {
                case NOTICE_OF_INTENT -> l.put("representations", "/portal/notices/" + n.id);
                case PENALTY_NOTICE -> {
                    l.put("account", BASE + n.id + "/account");
                    l.put("appeals", BASE + n.id + "/appeals");
                }
                case ENFORCEMENT_NOTICE -> {
                    l.put("steps", BASE + n.id + "/steps");
                    l.put("appeals", BASE + n.id + "/appeals");
                }
                case INFORMATION_NOTICE -> {
                    l.put("restriction-claims", BASE + n.id + "/restriction-claims");
                    l.put("appeals", BASE + n.id + "/appeals");
                }
                case ASSESSMENT_NOTICE -> l.put("appeals", BASE + n.id + "/appeals");
                default -> {
                }
            }
            return l;
        }
    }

    @Schema(name = "PortalIssuedNoticeDocument", description = "One document of the notice, with its SHA-256")
    public record DocumentRef(@Schema(description = "notice, or for a fixed penalty notice-of-intent or penalty-notice",
            enumeration = { "notice", "notice-of-intent", "penalty-notice" }) String step, LocalDate givenOn,
            @Schema(description = "lowercase hex", maxLength = Produced.SHA256_HEX) String sha256,
            @Schema(maxLength = Link.MAX) String href) {
    }

    @Schema(name = "PortalIssuedNoticeDetail", description = "One notice given to your organisation, with its dates")
    public record Detail(Summary notice, @Schema(nullable = true) Money amount,
            @Schema(nullable = true, maxLength = Produced.DATE) LocalDate representationsDueOn,
            @Schema(nullable = true, maxLength = Produced.DATE) LocalDate requiredBy,
            @Schema(nullable = true, maxLength = Produced.DATE) LocalDate paymentDueOn,
            @Schema(nullable = true, maxLength = Produced.DATE) LocalDate appealDueOn,
            @Schema(description = "The appeal date moved to the next working day (r.12)", nullable = true,
                    maxLength = Produced.DATE) LocalDate appealDueOnWorkingDay, boolean appealPending,
            @Schema(description = "Fixed penalty only: the charge unpaid and its period", nullable = true) Money charge,
            @Schema(nullable = true, maxLength = Produced.DATE) LocalDate chargePeriodStart,
            @Schema(maxItems = 2, description = "The notice's document, or a fixed penalty's two") List<DocumentRef> documents,
            @Schema(description = "How the notice was given to you: BY_HAND, LEFT_AT_ADDRESS, POST or EMAIL (DPA 2018 "
                    + "s.141A(2)); null when not recorded", nullable = true, enumeration = { "BY_HAND", "LEFT_AT_ADDRESS", "POST",
                    "EMAIL" }) String givingMethod,
            @Schema(description = "The day it was sent (handed over, left, posted or emailed); notice.givenOn is the day "
                    + "it is treated as given, from which its periods run", nullable = true, maxLength = Produced.DATE)
            LocalDate sentOn,
            @Schema(description = "The provision it was given under: DPA 2018 s.141 or s.141A", nullable = true,
                    maxLength = Lengths.PROVISION)
            String givingProvision) {

        static Detail of(Given g, LocalDate today) {
            Summary s = Summary.of(g, today);
            if (g.notice() != null) {
                Notice n = g.notice();
                List<DocumentRef> docs = n.documentSha256 == null ? List.of()
                        : List.of(new DocumentRef("notice", n.dayGiven(), n.documentSha256, BASE + n.id + "/document"));
                return new Detail(s, n.amount == null ? null : Money.gbp(n.amount), n.representationsDueOn,
                n.requiredBy,
                        n.paymentDueOn, n.appealDueOn, StatutoryPeriods.lastDayInTime(n.appealDueOn), n.appealPending,
                        null, null, docs, n.givingMethod == null ? null : n.givingMethod.name(), n.issuedOn,
                        n.givingProvision);
            }
            FeePenalty p = g.penalty();
            List<DocumentRef> docs = FeePenaltyDocuments.given(p).stream().map(step -> new DocumentRef(step.pathName(),
                    step == Step.NOTICE_OF_INTENT ? p.noticeOfIntentGivenOn : p.penaltyNoticeGivenOn,
                    FeePenaltyDocuments.render(p, step).sha256(), BASE + p.id + "/document?step=" + step.pathName()))
                    .toList();
            return new Detail(s, Money.gbp(p.amount()), p.representationsDueOn, null, p.paymentDueOn, p.appealDueOn,
                    StatutoryPeriods.lastDayInTime(p.appealDueOn), false, Money.gbp(p.charge), p.chargePeriodStart,
                    docs,
                    null, null, null);
        }
    }
}
