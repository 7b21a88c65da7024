package org.casework.notices.domain.enforcement;

import java.util.ArrayList;
import java.util.List;

import org.casework.notices.domain.MissingPart;
import org.casework.notices.domain.Notice;

/**
 * The parts an enforcement notice must contain beyond its recipients and reasons (which {@code StatutoryContent}
 * checks with DPA 2018 s.150(1)(b)): the failures (s.150(1)(a)), at least one step (s.149(1)), each with its text
 * and the time for compliance (s.150(4); the suite requires a date on every step so compliance can be tracked),
 * the urgency reasons where the notice states it is urgent (s.150(8)(b)), and the appeal rights (s.150(5)(b)).
 */
public final class EnforcementContent {

    private EnforcementContent() {
    }

    public static List<MissingPart> missing(Notice n, String appealRights) {
        List<MissingPart> missing = new ArrayList<>();
        if (blank(n.enforcementFailures)) {
            missing.add(new MissingPart("enforcement.failures", "DPA 2018 s.150(1)(a)",
                    "What the organisation has failed or is failing to do is missing", MissingPart.NOTICE));
        }
        if (n.enforcementSteps.isEmpty()) {
            missing.add(new MissingPart("enforcement.steps", "DPA 2018 s.149(1)",
                    "The notice requires no step to be taken or refrained from", MissingPart.NOTICE));
        }
        for (int i = 0; i < n.enforcementSteps.size(); i++) {
            EnforcementStep s = n.enforcementSteps.get(i);
            if (blank(s.text)) {
                missing.add(new MissingPart("enforcement.steps[" + i + "].text", "DPA 2018 s.149(1)",
                        "Step " + (i + 1) + " does not say what must be done", MissingPart.NOTICE));
            }
            if (s.complianceDate == null) {
                missing.add(new MissingPart("enforcement.steps[" + i + "].complianceDate", "DPA 2018 s.150(4)",
                        "Step " + (i + 1) + " has no compliance date", MissingPart.NOTICE));
            }
        }
        if (n.enforcementUrgent && blank(n.enforcementUrgencyReasons)) {
            missing.add(new MissingPart("enforcement.urgencyReasons", "DPA 2018 s.150(8)(b)",
                    "The notice is stated urgent but gives no reasons for that opinion", MissingPart.NOTICE));
        }
        if (blank(appealRights)) {
            missing.add(new MissingPart("appealRights", "DPA 2018 s.150(5)(b), s.162",
                    "The statement of appeal rights is not configured (casework.notices.appeal-rights)",
                    MissingPart.CONFIGURATION));
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
