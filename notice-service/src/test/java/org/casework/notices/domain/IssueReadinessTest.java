package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.penalty.PenaltyCalculation;
import org.junit.jupiter.api.Test;

class IssueReadinessTest {

    private static final String PAYMENT = "Pay by transfer";
    private static final String APPEAL = "Appeal to the Tribunal";

    private static Notice noticeOfIntent() {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = NoticeType.NOTICE_OF_INTENT;
        n.reference = "NOI-2024-000001";
        n.caseReference = "INV-2024-000001";
        n.reasons = "No multi-factor authentication on remote access (UK GDPR Art 32(1))";
        n.natureOfData = "Health and care records";
        n.calculation = new PenaltyCalculation(null, List.of(), new BigDecimal("6090000.00"), "indicated");
        n.representationDays = 21;
        return n;
    }

    private static List<MissingPart> missing(Notice n, List<Recipient> asTheCaseHasThem, String organisationId,
            String payment) {
        return IssueReadiness.missing(n, NoticeRecipients.follow(n.recipients, asTheCaseHasThem), organisationId,
                payment, APPEAL);
    }

    @Test
    void aCompleteNoticeOfIntentLacksNothing() {
        Notice n = noticeOfIntent();
        n.recipients = List.of(new Recipient("Advanced Health and Care Limited", "02031639", null));
        List<Recipient> entities = List.of(new Recipient("Advanced Health and Care Limited", "02031639", "Ditton Park"));
        assertEquals(List.of(), missing(n, entities, "org-nhs-supplier", PAYMENT));
    }

    @Test
    void aMissingAddressIsCorrectedInTheCaseAndCitesParagraph3_1_a() {
        // Sch 16 para 3(1)(a): a notice of intent states the name and address of the person it is given to
        Notice n = noticeOfIntent();
        n.recipients = List.of(new Recipient("Advanced Business Software and Solutions Limited", "01946476", null));
        List<MissingPart> missing = missing(n, List.of(
                new Recipient("Advanced Business Software and Solutions Limited", "01946476", null)), "org-nhs-supplier",
                PAYMENT);
        assertEquals(List.of(new MissingPart("recipients[0].address", "DPA 2018 Sch 16 para 3(1)(a)",
                "The address of Advanced Business Software and Solutions Limited is missing", MissingPart.CASE)), missing);
    }

    @Test
    void aPenaltyNoticesMissingAddressCitesParagraph5_1_aAndUnconfiguredPaymentDetailsAreConfiguration() {
        // Sch 16 para 5(1)(a) name and address; para 5(1)(f) how the penalty is to be paid
        Notice n = noticeOfIntent();
        n.type = NoticeType.PENALTY_NOTICE;
        n.reference = "PN-2025-000001";
        n.paymentDays = 28;
        n.publicSummary = "Penalty for failing to protect health data";
        n.noticeOfIntentId = UUID.randomUUID();
        n.recipients = List.of(new Recipient("A Ltd", "01946476", null));
        List<MissingPart> missing = missing(n, List.of(new Recipient("A Ltd", "01946476", " ")), null, "");
        assertEquals(List.of("recipients[0].address", "paymentDetails"), missing.stream().map(MissingPart::part).toList());
        assertEquals("DPA 2018 Sch 16 para 5(1)(a)", missing.get(0).rule());
        assertEquals(MissingPart.CASE, missing.get(0).correctIn());
        assertEquals("DPA 2018 Sch 16 para 5(1)(f)", missing.get(1).rule());
        assertEquals(MissingPart.CONFIGURATION, missing.get(1).correctIn());
    }

    @Test
    void theDraftsOwnPartsAreCorrectedInTheNotice() {
        // Sch 16 para 3(1)(b)-(c), 3(2)(b), 3(3)(b): reasons, amount, nature of the data, period for representations
        Notice n = new Notice();
        n.type = NoticeType.NOTICE_OF_INTENT;
        n.recipients = List.of(new Recipient("A Ltd", "01946476", "1 High St"));
        List<MissingPart> missing = missing(n, n.recipients, "org-a", PAYMENT);
        assertEquals(List.of("reasons", "natureOfData", "calculation", "representationDays"),
                missing.stream().map(MissingPart::part).toList());
        assertTrue(missing.stream().allMatch(p -> p.correctIn().equals(MissingPart.NOTICE)), missing.toString());
    }

    @Test
    void aNoticeOfIntentNeedsTheCasesOrganisationIdForThePortal() {
        // Sch 16 para 3(3)(a): the person may make written representations (through the portal, by organisation)
        Notice n = noticeOfIntent();
        n.recipients = List.of(new Recipient("A Ltd", "01946476", "1 High St"));
        List<MissingPart> missing = missing(n, n.recipients, " ", PAYMENT);
        assertEquals(List.of(new MissingPart("organisation.id", "DPA 2018 Sch 16 para 3(3)(a)",
                "The case records no organisation id, so the organisation's people could not see this notice or make "
                        + "representations on it", MissingPart.CASE)), missing);
    }

    @Test
    void aPenaltyNoticeMustNameItsNoticeOfIntentAndRecipientsMustStillBeOfTheCase() {
        // Sch 16 para 2(1): a penalty notice only after a notice of intent; para 5(1)(a) its recipients
        Notice n = noticeOfIntent();
        n.type = NoticeType.PENALTY_NOTICE;
        n.paymentDays = 28;
        n.publicSummary = "Summary";
        n.recipients = List.of(new Recipient("Sold Ltd", "11111111", "1 High St"));
        List<MissingPart> missing = missing(n, List.of(new Recipient("A Ltd", "01946476", "1 High St")), null, PAYMENT);
        assertEquals(List.of("recipients[0]", "noticeOfIntentId"), missing.stream().map(MissingPart::part).toList());
        assertEquals("DPA 2018 Sch 16 para 5(1)(a)", missing.get(0).rule());
        assertEquals(MissingPart.NOTICE, missing.get(0).correctIn());
        assertEquals("DPA 2018 Sch 16 para 2(1)", missing.get(1).rule());
    }
}
