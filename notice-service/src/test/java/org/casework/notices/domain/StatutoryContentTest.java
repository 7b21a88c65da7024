package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class StatutoryContentTest {

    private static Notice draft(NoticeType type) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = type;
        n.reference = type.prefix() + "-2024-000001";
        return n;
    }

    private static List<String> parts(Notice n) {
        return StatutoryContent.missing(n, "Pay by transfer", "Appeal to the Tribunal").stream().map(MissingPart::part)
                .toList();
    }

    @Test
    void anEmptyNoticeOfIntentListsEveryPartParagraph3Requires() {
        assertEquals(List.of("recipients", "reasons", "natureOfData", "calculation", "representationDays"),
                parts(draft(NoticeType.NOTICE_OF_INTENT)));
    }

    @Test
    void eachRecipientNeedsAnAddress() {
        Notice n = draft(NoticeType.NOTICE_OF_INTENT);
        n.recipients = List.of(new Recipient("Advanced Health and Care Limited", "02031639", null));
        assertTrue(parts(n).contains("recipients[0].address"));
    }

    @Test
    void aPenaltyNoticeNeedsItsAmountPaymentDetailsAndAppealRights() {
        Notice n = draft(NoticeType.PENALTY_NOTICE);
        List<MissingPart> missing = StatutoryContent.missing(n, " ", "");
        List<String> parts = missing.stream().map(MissingPart::part).toList();
        assertTrue(parts.containsAll(List.of("calculation", "paymentDetails", "paymentDays", "appealRights",
                "publicSummary")), parts.toString());
        assertTrue(missing.stream().anyMatch(p -> p.rule().equals("DPA 2018 Sch 16 para 5(1)(f)")));
    }

    @Test
    void aWithheldDecisionNeedsNoPublicSummary() {
        Notice n = draft(NoticeType.REPRIMAND);
        n.recipients = List.of(new Recipient("A Council", null, "Town Hall"));
        n.reasons = "Reasons";
        n.notionalFine = new BigDecimal("100000.00");
        assertEquals(List.of("publicSummary"), parts(n));
        n.publish = false;
        assertEquals(List.of(), parts(n));
    }
}
