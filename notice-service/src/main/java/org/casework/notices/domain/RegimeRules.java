package org.casework.notices.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casework.notices.domain.penalty.LegalRegime;
import org.casework.platform.problem.ProblemException;

/**
 * A penalty notice is given for the failure its notice of intent described (DPA 2018 Sch 16 paras 2(1), 3(2), applied
 * to PECR by PECR reg 31 and Sch 1): under the same law, and under PECR only for regulations the notice of intent
 * named, within the days it named. A penalty notice may narrow the contravention after representations, never widen it.
 */
public final class RegimeRules {

    static final String RULE = "DPA 2018 Sch 16 paras 2(1), 3(2) (applied by PECR reg 31 and Sch 1)";

    private RegimeRules() {
    }

    public static void requireSameContravention(Notice penaltyNotice, Notice noticeOfIntent) {
        if (penaltyNotice.legalRegime != noticeOfIntent.legalRegime) {
            throw refused("This penalty notice is drafted under " + name(penaltyNotice.legalRegime) + " but notice of "
                    + "intent " + noticeOfIntent.reference + " was given under " + name(noticeOfIntent.legalRegime));
        }
        if (penaltyNotice.legalRegime != LegalRegime.PECR) {
            return;
        }
        Set<String> told = new HashSet<>(regulations(noticeOfIntent));
        List<String> extra = regulations(penaltyNotice).stream().filter(r -> !told.contains(r)).toList();
        if (!extra.isEmpty()) {
            throw refused("Notice of intent " + noticeOfIntent.reference + " did not name PECR regulation(s) "
                    + String.join(", ", extra) + "; a penalty notice can only be for the contraventions it described");
        }
        if (penaltyNotice.pecrInfringedFrom.isBefore(noticeOfIntent.pecrInfringedFrom)
                || penaltyNotice.pecrInfringedTo.isAfter(noticeOfIntent.pecrInfringedTo)) {
            throw refused("The infringement period " + penaltyNotice.pecrInfringedFrom + " to "
                    + penaltyNotice.pecrInfringedTo + " goes beyond the period " + noticeOfIntent.pecrInfringedFrom
                    + " to " + noticeOfIntent.pecrInfringedTo + " of notice of intent " + noticeOfIntent.reference);
        }
    }

    private static List<String> regulations(Notice n) {
        return n.pecrRegulations == null ? List.of() : Arrays.asList(n.pecrRegulations.split(","));
    }

    private static String name(LegalRegime regime) {
        return regime == LegalRegime.PECR ? "PECR" : "the data protection legislation";
    }

    private static ProblemException refused(String detail) {
        return ProblemException.unprocessable("contravention-differs-from-notice-of-intent",
                "Contravention differs from the notice of intent", detail + " (" + RULE + ").").with("rule", RULE);
    }
}
