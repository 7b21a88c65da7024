package org.casework.notices.domain.penalty;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a penalty input must say about its legal regime. Under the data protection legislation a tier of DPA 2018
 * s.157 is chosen and no PECR details are given; under PECR (reg 31, Sch 1) the maximum follows from the days of the
 * infringement ({@link PecrMaxima}), so the infringement period and the regulations contravened are required and a
 * tier is not chosen. Each refusal is a {@link PenaltyRuleException} naming the field.
 */
public final class PecrRules {

    /** Regulations of PECR that impose a requirement a person can contravene (regs 5 to 26, with 5A, 21A, 21B). */
    private static final Pattern REGULATION = Pattern.compile("(5A?|[6-9]|1[0-9]|2[0-6]|21[AB])");
    private static final String REGULATIONS = "1 to 10 distinct PECR regulations, each 5, 5A, 6 to 26, 21A or 21B";
    public static final int MAX_REGULATIONS = 10;

    private PecrRules() {
    }

    static void check(PenaltyInput input) {
        if (input.legalRegime() != LegalRegime.PECR) {
            if (input.pecr() != null) {
                throw new PenaltyRuleException("pecr", "none (regime DPA_UK_GDPR)", "The infringement period and "
                        + "regulations belong to a PECR penalty; set regime to PECR or leave pecr out");
            }
            InputRules.checkTier(input.tier());
            return;
        }
        if (input.tier() != null) {
            throw new PenaltyRuleException("tier", "none (regime PECR)", "A PECR penalty's maximum follows from the "
                    + "days of the infringement (PECR reg 31 and Sch 1), not from a chosen tier; leave tier out");
        }
        PecrInfringement pecr = input.pecr();
        if (pecr == null) {
            throw new PenaltyRuleException("pecr", "infringedFrom, infringedTo and regulations", "A PECR penalty "
                    + "needs the infringement period and the regulations contravened: its maximum depends on the days "
                    + "of the infringement (PECR reg 31 and Sch 1; DUAA 2025 s.115 and Sch 13)");
        }
        if (pecr.infringedFrom() == null) {
            throw new PenaltyRuleException("pecr.infringedFrom", "a date",
            "The first day of the infringement is required");
        }
        if (pecr.infringedTo() == null) {
            throw new PenaltyRuleException("pecr.infringedTo", "a date on or after infringedFrom",
            "The last day of the "
                    + "infringement is required (the same day as infringedFrom for a one-day infringement)");
        }
        if (pecr.infringedTo().isBefore(pecr.infringedFrom())) {
            throw new PenaltyRuleException("pecr.infringedTo", "on or after " + pecr.infringedFrom(),
            "The infringement "
                    + "cannot end (" + pecr.infringedTo() + ") before it began (" + pecr.infringedFrom() + ")");
        }
        checkRegulations(pecr.regulations());
    }

    /** An infringement cannot have run on a day still to come. */
    public static void checkNotAfter(PenaltyInput input, LocalDate today) {
        PecrInfringement pecr = input == null ? null : input.pecr();
        if (pecr != null && pecr.infringedTo() != null && pecr.infringedTo().isAfter(today)) {
            throw new PenaltyRuleException("pecr.infringedTo", "on or before " + today, "The infringement period "
                    + "cannot end after today (" + today + "); " + pecr.infringedTo() + " was given");
        }
    }

    private static void checkRegulations(List<String> regulations) {
        if (regulations.isEmpty() || regulations.size() > MAX_REGULATIONS) {
            throw new PenaltyRuleException("pecr.regulations", REGULATIONS,
                    "Name the regulation(s) of PECR contravened (between 1 and " + MAX_REGULATIONS + ")");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < regulations.size(); i++) {
            String r = regulations.get(i);
            if (r == null || !REGULATION.matcher(r).matches()) {
                throw new PenaltyRuleException("pecr.regulations[" + i + "]", REGULATIONS, "'" + r + "' is not a "
                        + "regulation of PECR that can be contravened (5, 5A, 6 to 26, 21A or 21B)");
            }
            if (!seen.add(r)) {
                throw new PenaltyRuleException("pecr.regulations[" + i + "]", REGULATIONS,
                        "Regulation " + r + " is named twice");
            }
        }
    }
}
