package org.casework.notices.domain.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casework.notices.domain.MissingPart;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.Recipient;
import org.casework.notices.domain.StatutoryContent;
import org.junit.jupiter.api.Test;

/** What an enforcement notice must contain before it is given (DPA 2018 s.149(1), s.150(1), (4), (5), (8)). */
class EnforcementContentTest {

    private static Notice draft() {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = NoticeType.ENFORCEMENT_NOTICE;
        n.reference = "EN-2025-000001";
        n.publish = false;
        return n;
    }

    private static Map<String, String> rules(Notice n, String appealRights) {
        return StatutoryContent.missing(n, "", appealRights).stream()
                .collect(Collectors.toMap(MissingPart::part, MissingPart::rule));
    }

    @Test
    void anEmptyEnforcementNoticeListsTheFailuresReasonsStepsAndAppealRightsEachWithItsRule() {
        Map<String, String> rules = rules(draft(), "");
        assertEquals("DPA 2018 s.150(1)(a)", rules.get("enforcement.failures"));
        assertEquals("DPA 2018 s.150(1)(b)", rules.get("reasons"));
        assertEquals("DPA 2018 s.149(1)", rules.get("enforcement.steps"));
        assertEquals("DPA 2018 s.150(5)(b), s.162", rules.get("appealRights"));
    }

    @Test
    void s150_4_eachStepNeedsItsTextAndItsComplianceDate() {
        Notice n = draft();
        EnforcementStep blank = new EnforcementStep();
        blank.position = 1;
        blank.text = " ";
        n.enforcementSteps = List.of(blank);
        Map<String, String> rules = rules(n, "Appeal to the Tribunal");
        assertEquals("DPA 2018 s.149(1)", rules.get("enforcement.steps[0].text"));
        assertEquals("DPA 2018 s.150(4)", rules.get("enforcement.steps[0].complianceDate"));
    }

    @Test
    void s150_8_b_anUrgentNoticeNeedsItsReasonsForUrgency() {
        Notice n = draft();
        n.enforcementUrgent = true;
        assertEquals("DPA 2018 s.150(8)(b)", rules(n, "Appeal").get("enforcement.urgencyReasons"));
        n.enforcementUrgencyReasons = "Patient records are exposed now.";
        assertTrue(!rules(n, "Appeal").containsKey("enforcement.urgencyReasons"));
    }

    @Test
    void aCompleteEnforcementNoticeLacksNothing() {
        Notice n = draft();
        n.recipients = List.of(new Recipient("Advanced Health and Care Limited", "02031639", "Ditton Park"));
        n.reasons = "No MFA on remote access.";
        n.enforcementFailures = "Failing to secure remote access (UK GDPR Art 32(1)).";
        EnforcementStep step = new EnforcementStep();
        step.position = 1;
        step.text = "Put MFA on every remote-access account.";
        step.complianceDate = LocalDate.of(2025, 3, 1);
        n.enforcementSteps = List.of(step);
        assertEquals(List.of(), StatutoryContent.missing(n, "", "Appeal to the Tribunal"));
    }
}
