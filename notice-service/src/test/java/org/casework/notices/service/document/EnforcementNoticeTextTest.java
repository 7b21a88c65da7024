package org.casework.notices.service.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.enforcement.EnforcementStep;
import org.junit.jupiter.api.Test;

/** The text of an enforcement notice: DPA 2018 s.150(1) failures and reasons, s.149(1) steps, s.150(5)-(8). */
class EnforcementNoticeTextTest {

    private static final NoticeTextBuilder.IssueFacts FACTS = new NoticeTextBuilder.IssueFacts(null, null, "",
            "You may appeal to the First-tier Tribunal.");

    @Test
    void s150_theNoticeListsTheFailuresEachStepWithItsDateInWordsAndTheAppealRight() {
        NoticeText text = NoticeTextBuilder.build(notice(false), FACTS);

        assertThat(paragraphs(text, "What you have failed or are failing to do"),
                equalTo(List.of("Failing to use appropriate technical measures (UK GDPR Art 32(1)).")));
        assertThat(paragraphs(text, "The steps you must take"), equalTo(List.of(
                "Step 1: Put MFA on every remote-access account. This step must be completed by the end of 3 March 2025.",
                "Step 2: Train every engineer with remote access. This step must be completed by the end of 31 March "
                        + "2025.")));
        assertThat(paragraphs(text, "Rights of appeal").get(0), equalTo("You may appeal to the First-tier Tribunal. "
                + "The last day for an appeal is 28 February 2025."));
        assertThat(paragraphs(text, "If you appeal").get(0), containsString("section 150(7)"));
        assertThat(headings(text), not(hasItem("Urgency")));
    }

    @Test
    void s150_8_anUrgentNoticeStatesItsUrgencyWithTheReasonsAndThatAnAppealDoesNotSuspendIt() {
        NoticeText text = NoticeTextBuilder.build(notice(true), FACTS);

        assertThat(paragraphs(text, "Urgency").get(0), containsString("complied with urgently (section 150(8)), for "
                + "these reasons: Patient records are exposed now."));
        assertThat(headings(text), not(hasItem("If you appeal")));
    }

    private static Notice notice(boolean urgent) {
        Notice n = new Notice();
        n.type = NoticeType.ENFORCEMENT_NOTICE;
        n.reference = "EN-2025-000001";
        n.caseReference = "INV-2025-000001";
        n.recipients = List.of();
        n.reasons = "No MFA on remote access.";
        n.issuedOn = LocalDate.of(2025, 1, 31);
        n.appealDueOn = LocalDate.of(2025, 2, 28);
        n.enforcementFailures = "Failing to use appropriate technical measures (UK GDPR Art 32(1)).";
        n.enforcementUrgent = urgent;
        n.enforcementUrgencyReasons = urgent ? "Patient records are exposed now." : null;
        n.enforcementSteps = List.of(step(1, "Put MFA on every remote-access account.", LocalDate.of(2025, 3, 3)),
                step(2, "Train every engineer with remote access.", LocalDate.of(2025, 3, 31)));
        return n;
    }

    private static EnforcementStep step(int position, String text, LocalDate date) {
        EnforcementStep s = new EnforcementStep();
        s.position = position;
        s.text = text;
        s.complianceDate = date;
        return s;
    }

    private static List<String> headings(NoticeText text) {
        return text.sections().stream().map(NoticeText.Section::heading).toList();
    }

    private static List<String> paragraphs(NoticeText text, String heading) {
        return text.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow().paragraphs();
    }
}
