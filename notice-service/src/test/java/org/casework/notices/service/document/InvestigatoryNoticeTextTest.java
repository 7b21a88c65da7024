package org.casework.notices.service.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.Recipient;
import org.casework.notices.domain.investigation.AssessmentTerms;
import org.casework.notices.domain.investigation.InformationNoticeBasis;
import org.casework.notices.domain.investigation.InformationTerms;
import org.junit.jupiter.api.Test;

/** The words of information and assessment notices: what is required and by when (DPA 2018 s.142, s.146). */
class InvestigatoryNoticeTextTest {

    private static final NoticeTextBuilder.IssueFacts FACTS = new NoticeTextBuilder.IssueFacts(null, null,
            "Pay by transfer.", "You may appeal to the First-tier Tribunal.");

    @Test
    void anInformationNoticeSaysUnderWhichLimbWhatInWhatFormAndByWhenInWords() {
        Notice n = notice(NoticeType.INFORMATION_NOTICE);
        n.informationTerms = new InformationTerms(InformationNoticeBasis.SUSPECTED_FAILURE_OR_OFFENCE,
                "The remote-access logs for August 2022.", "CSV files by secure transfer.", 30, false, null);
        n.requiredBy = LocalDate.of(2024, 9, 5);

        NoticeText text = NoticeTextBuilder.build(n, FACTS);

        assertThat(paragraph(text, "Information notice"), containsString("section 142(1)(b)(i)"));
        assertThat(paragraph(text, "The information required"), equalTo("The remote-access logs for August 2022."));
        assertThat(paragraph(text, "The form in which it is to be provided"), equalTo("CSV files by secure transfer."));
        assertThat(paragraph(text, "When the information is required"), containsString("by the end of 5 September 2024, "
                + "a period of 30 days beginning on 7 August 2024"));
        // s.143: the restrictions; s.142(4): consequences and appeal rights
        assertThat(paragraph(text, "What this notice does not require"), containsString("section 143(6)"));
        assertThat(paragraph(text, "If you do not comply"), containsString("information order"));
        assertThat(paragraph(text, "Rights of appeal"), containsString("The last day for an appeal is 4 September 2024."));
    }

    @Test
    void anUrgentInformationNoticeGivesTheCommissionersReasons() {
        Notice n = notice(NoticeType.INFORMATION_NOTICE);
        n.informationTerms = new InformationTerms(InformationNoticeBasis.COMMISSIONER_FUNCTIONS, "Logs.", "CSV.", 2, true,
                "Data of patients is being published now.");
        n.requiredBy = LocalDate.of(2024, 8, 8);

        assertThat(paragraph(NoticeTextBuilder.build(n, FACTS), "When the information is required"),
                containsString("required urgently, for these reasons: Data of patients is being published now. "));
    }

    @Test
    void anAssessmentNoticeSaysWhatWhenWhichDocumentsAndWhichPeople() {
        Notice n = notice(NoticeType.ASSESSMENT_NOTICE);
        n.assessmentTerms = new AssessmentTerms("Ditton Park: the remote-access gateway and its configuration.",
                LocalDate.of(2024, 9, 10), LocalTime.of(10, 0), "Access-control policies.", "The CISO and two engineers.",
                false, null, true, "Not a FOIA s.23(3) body", "caseworker-ada", null);
        n.requiredBy = LocalDate.of(2024, 9, 10);

        NoticeText text = NoticeTextBuilder.build(n, FACTS);

        assertThat(paragraph(text, "When"), containsString("on 10 September 2024 at 10:00 (London time)"));
        assertThat(paragraph(text, "Documents you must direct the Commissioner to"), equalTo("Access-control policies."));
        assertThat(paragraph(text, "People you must make available for interview"), equalTo("The CISO and two engineers."));
        assertThat(paragraph(text, "What the Commissioner will inspect"),
                equalTo("Ditton Park: the remote-access gateway and its configuration."));
    }

    private static Notice notice(NoticeType type) {
        Notice n = new Notice();
        n.type = type;
        n.reference = type.prefix() + "-2024-000001";
        n.caseReference = "INV-2024-000001";
        n.recipients = List.of(new Recipient("Advanced Health and Care Limited", "02031639", "Ditton Park"));
        n.reasons = "To investigate the ransomware attack of August 2022.";
        n.issuedOn = LocalDate.of(2024, 8, 7);
        n.appealDueOn = LocalDate.of(2024, 9, 4);
        return n;
    }

    private static String paragraph(NoticeText text, String heading) {
        return text.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow()
                .paragraphs().get(0);
    }
}
