package org.casework.notices.domain.investigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.MissingPart;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.Recipient;
import org.casework.notices.domain.StatutoryContent;
import org.junit.jupiter.api.Test;

/** What an information notice (DPA 2018 s.142) and an assessment notice (s.146-147) must contain before issue. */
class InvestigatoryContentTest {

    private static Notice draft(NoticeType type) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = type;
        n.reference = type.prefix() + "-2026-000001";
        n.recipients = List.of(new Recipient("Advanced Health and Care Limited", "02031639", "Ditton Park"));
        n.reasons = "To investigate a suspected failure to secure remote access.";
        return n;
    }

    private static List<MissingPart> missing(Notice n) {
        return StatutoryContent.missing(n, "Pay by transfer", "Appeal to the First-tier Tribunal");
    }

    private static String ruleOf(List<MissingPart> missing, String part) {
        return missing.stream().filter(p -> p.part().equals(part)).findFirst().orElseThrow().rule();
    }

    /** s.142(2)(a) the limb, s.142(3)(a)-(c) what, in what form, by when. */
    @Test
    void anInformationNoticeWithoutTermsListsEveryPartWithItsRule() {
        List<MissingPart> missing = missing(draft(NoticeType.INFORMATION_NOTICE));
        assertEquals(List.of("information.basis", "information.information", "information.form",
                "information.complianceDays"), missing.stream().map(MissingPart::part).toList());
        assertEquals("DPA 2018 s.142(2)(a)", ruleOf(missing, "information.basis"));
        assertEquals("DPA 2018 s.142(3)(b)", ruleOf(missing, "information.form"));
    }

    /** s.142(2)(b): why the Commissioner requires the information. */
    @Test
    void anInformationNoticeStatesWhyTheInformationIsRequired() {
        Notice n = complete(draft(NoticeType.INFORMATION_NOTICE));
        n.reasons = " ";
        assertEquals("DPA 2018 s.142(2)(b)", ruleOf(missing(n), "reasons"));
    }

    /** s.142(7)(b): urgency without the Commissioner's reasons is not urgency the Act recognises. */
    @Test
    void urgencyNeedsItsReasons() {
        Notice n = draft(NoticeType.INFORMATION_NOTICE);
        n.informationTerms = new InformationTerms(InformationNoticeBasis.SUSPECTED_FAILURE_OR_OFFENCE, "Logs", "CSV", 2,
                true, null);
        assertEquals(List.of("information.urgencyReasons"), missing(n).stream().map(MissingPart::part).toList());
        assertEquals("DPA 2018 s.142(7)(b)", ruleOf(missing(n), "information.urgencyReasons"));
    }

    /** s.142(4)(b): the notice states the appeal rights, so they must be configured. */
    @Test
    void aCompleteInformationNoticeStillNeedsTheAppealRightsConfigured() {
        Notice n = complete(draft(NoticeType.INFORMATION_NOTICE));
        assertEquals(List.of(), missing(n));
        assertEquals(List.of("appealRights"),
                StatutoryContent.missing(n, "", " ").stream().map(MissingPart::part).toList());
    }

    /** s.146(2)(a), (b), (h) what, documents, people; s.146(6) when; s.147(6) the recipient is not an exempt body. */
    @Test
    void anAssessmentNoticeWithoutTermsListsEveryPartIncludingTheExemptBodyCheck() {
        List<MissingPart> missing = missing(draft(NoticeType.ASSESSMENT_NOTICE));
        assertEquals(List.of("assessment.inspection", "assessment.inspectOn", "assessment.documents", "assessment.people",
                "assessment.recipientNotExempt"), missing.stream().map(MissingPart::part).toList());
        assertEquals("DPA 2018 s.147(6)", ruleOf(missing, "assessment.recipientNotExempt"));
    }

    /** s.147(6): without the drafter's confirmation the notice cannot be given, however complete it is otherwise. */
    @Test
    void anAssessmentNoticeIsRefusedWithoutTheConfirmationThatTheRecipientIsNotExempt() {
        Notice n = draft(NoticeType.ASSESSMENT_NOTICE);
        n.assessmentTerms = new AssessmentTerms("Head office: the remote-access gateway", LocalDate.of(2026, 2, 2), null,
                "Access logs", "The CISO", false, null, false, null, null, null);
        assertEquals(List.of("assessment.recipientNotExempt"), missing(n).stream().map(MissingPart::part).toList());
    }

    @Test
    void termsOfTheOtherKindDoNotFit() {
        InformationTerms info = new InformationTerms(null, null, null, null, false, null);
        assertEquals(List.of("information"), InvestigatoryContent.misplaced(NoticeType.ASSESSMENT_NOTICE, info, null)
                .stream().map(e -> e.field()).toList());
        assertTrue(InvestigatoryContent.misplaced(NoticeType.INFORMATION_NOTICE, info, null).isEmpty());
    }

    /** s.142(5): no day of giving allows fewer than 30 days; s.142(7): urgent, fewer than 2. */
    @Test
    void aPeriodNoNoticeCouldHaveIsRefusedAtOnce() {
        assertEquals(1, InvestigatoryContent.impossible(new InformationTerms(null, "x", "y", 29, false, null)).size());
        assertTrue(InvestigatoryContent.impossible(new InformationTerms(null, "x", "y", 30, false, null)).isEmpty());
        assertEquals(1, InvestigatoryContent.impossible(new InformationTerms(null, "x", "y", 1, true, "r")).size());
    }

    /** Neither kind is a final decision, published, or moves the case. */
    @Test
    void investigatoryNoticesAreNeitherFinalDecisionsNorPublished() {
        for (NoticeType t : List.of(NoticeType.INFORMATION_NOTICE, NoticeType.ASSESSMENT_NOTICE)) {
            assertTrue(t.isInvestigatory());
            assertEquals(false, t.isFinalDecision());
            assertEquals(false, t.isPublishable());
            assertEquals(false, t.needsCalculation());
        }
    }

    private static Notice complete(Notice n) {
        n.informationTerms = new InformationTerms(InformationNoticeBasis.SUSPECTED_FAILURE_OR_OFFENCE,
                "The remote-access logs for August 2022", "CSV files by secure transfer", 30, false, null);
        return n;
    }
}
