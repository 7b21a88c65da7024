package org.casework.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casework.web.model.Calculation;
import org.junit.jupiter.api.Test;

/** The PECR answers (PECR reg 31 and Sch 1) as the calculator sends them, and notice-service's field paths back. */
class PecrFormTest {

    /** notice-service's PecrRules name these fields, under "calculation." in a draft. */
    @Test
    void noticeServicePecrFieldsLandOnThePageFields() {
        assertThat(NoticeFields.fieldFor("calculation.pecr.infringedFrom")).isEqualTo("pecr-from-day");
        assertThat(NoticeFields.fieldFor("pecr.infringedTo")).isEqualTo("pecr-to-day");
        assertThat(NoticeFields.fieldFor("calculation.pecr.regulations[3]")).isEqualTo("pecr-regulations");
        assertThat(NoticeFields.fieldFor("pecr.regulations")).isEqualTo("pecr-regulations");
        assertThat(NoticeFields.fieldFor("calculation.pecr")).isEqualTo("regime");
        assertThat(NoticeFields.fieldFor("regime")).isEqualTo("regime");
        assertThat(NoticeFields.fieldFor("calculation.tier")).isEqualTo("tier");
    }

    /** PecrRules accepts regulations 5, 5A, 6 to 26, 21A and 21B: the form offers exactly those. */
    @Test
    void theRegulationsOfferedAreThoseNoticeServiceAccepts() {
        List<String> offered = PecrForm.REGULATIONS.stream().map(Option::value).toList();
        assertThat(offered).hasSize(25).doesNotHaveDuplicates()
                .allMatch(r -> r.matches("(5A?|[6-9]|1[0-9]|2[0-6]|21[AB])"));
    }

    @Test
    void theTickedRegulationsAreSentInTheirOwnOrderAndAnUnknownOneIsRefused() {
        Form form = Form.empty().set("regime", "PECR");
        Dates.write(form, "pecr-from", LocalDate.of(2025, 3, 1));
        Dates.write(form, "pecr-to", LocalDate.of(2025, 3, 1));
        form.setAll("pecr-regulations", List.of("22", "21B", "6"));
        Map<String, Object> c = new LinkedHashMap<>();

        PecrForm.read(form, c, "STANDARD");

        assertThat(c).doesNotContainKey("tier").containsEntry("regime", "PECR");
        assertThat(c.get("pecr")).isEqualTo(Map.of("infringedFrom", "2025-03-01", "infringedTo", "2025-03-01",
                "regulations", List.of("6", "21B", "22")));
        assertThat(form.hasErrors()).isFalse();

        form.setAll("pecr-regulations", List.of("21", "4"));
        PecrForm.read(form, new LinkedHashMap<>(), null);
        assertThat(form.errorOf("pecr-regulations")).isEqualTo("Select regulations from the list");
    }

    @Test
    void theLawReadsAsANoticeNamesIt() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertThat(new Calculation.Pecr(day, day, List.of("22")).law()).isEqualTo("PECR regulation 22");
        assertThat(new Calculation.Pecr(day, day, List.of("21", "22")).law()).isEqualTo("PECR regulations 21 and 22");
        assertThat(new Calculation.Pecr(day, day, List.of("21", "21A", "22")).law())
                .isEqualTo("PECR regulations 21, 21A and 22");
    }
}
