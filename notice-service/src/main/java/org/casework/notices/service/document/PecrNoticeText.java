package org.casework.notices.service.document;

import static org.casework.notices.service.document.NoticePdfRenderer.format;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.Pounds;
import org.casework.notices.domain.penalty.LegalRegime;
import org.casework.notices.domain.penalty.PecrInfringement;
import org.casework.notices.domain.penalty.StatutoryMaximum;

/**
 * The parts of a notice of intent or penalty notice given under PECR: the power (DPA 2018 s.155 and Sch 16 as applied
 * by PECR reg 31 and Sch 1), the regulations contravened with the days of the contravention, and the maximum with the
 * provision it comes from.
 */
final class PecrNoticeText {

    static final String PECR = "the Privacy and Electronic Communications (EC Directive) Regulations 2003 (\"PECR\")";

    private PecrNoticeText() {
    }

    static boolean applies(Notice n) {
        return n.legalRegime == LegalRegime.PECR && n.calculationInput != null && n.calculationInput.pecr() != null;
    }

    /** "section 155 of the Data Protection Act 2018", under PECR "... as applied, with modifications, by ...". */
    static String power(Notice n) {
        return "section 155 of the Data Protection Act 2018" + (applies(n)
                ? " as applied, with modifications, by regulation 31 of and Schedule 1 to " + PECR : "");
    }

    static NoticeText.Section contravention(Notice n) {
        PecrInfringement p = n.calculationInput.pecr();
        String period = p.infringedFrom().equals(p.infringedTo()) ? "on " + format(p.infringedFrom())
                : "from " + format(p.infringedFrom()) + " to " + format(p.infringedTo());
        StatutoryMaximum max = n.calculation == null ? null : n.calculation.maximum();
        String maximum = max == null ? "" : " The maximum penalty for this contravention is "
                + Pounds.format(max.applicable()) + " (" + max.source() + "); where the maximum changed during the "
                + "contravention, the lower maximum of its days applies.";
        return NoticeTextBuilder.section("The contravention of PECR", "The Commissioner is satisfied that you "
                + "contravened " + p.regulationsText() + " of PECR " + period + "." + maximum);
    }
}
