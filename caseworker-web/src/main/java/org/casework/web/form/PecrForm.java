package org.casework.web.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casework.web.model.Calculation;
import org.casework.web.model.Notice;

import io.quarkus.qute.TemplateData;

/**
 * Which law the penalty is given under, as the calculator asks it: the data protection legislation (a tier of DPA
 * 2018 s.157 is chosen) or PECR (the Privacy and Electronic Communications (EC Directive) Regulations 2003, reg 31
 * and Sch 1), whose maximum follows from the days of the infringement. A PECR calculation carries {@code regime:
 * "PECR"} and {@code pecr: {infringedFrom, infringedTo, regulations}} and no {@code tier}; under the data protection
 * legislation nothing is added (notice-service's default regime) and the tier is sent as before.
 *
 * <p>Whether the infringement ended after today is notice-service's to say, by its clock (PecrRules).
 * Both answers' fields are shown without script (no conditional reveal): only the chosen answer's are read.
 * Templates reach the regulations as {@code pecr:REGULATIONS} ({@code tags/pecr-regime.html}).
 */
@TemplateData(namespace = "pecr")
public final class PecrForm {

    public static final String DPA = "DPA_UK_GDPR";
    public static final String PECR = "PECR";

    /**
     * The regulations of PECR a person can contravene, as notice-service's PecrRules accepts them (5, 5A, 6 to 26,
     * 21A, 21B), each with a short label from its heading.
     */
    public static final List<Option> REGULATIONS = List.of(
            regulation("5", "security of a public electronic communications service"),
            regulation("5A", "personal data breach: notifying it"),
            regulation("6", "confidentiality of communications: cookies and similar technologies"),
            regulation("7", "processing of traffic data"),
            regulation("8", "further provisions on processing traffic data"),
            regulation("9", "itemised billing"),
            regulation("10", "preventing calling line identification: outgoing calls"),
            regulation("11", "preventing calling or connected line identification: incoming calls"),
            regulation("12", "publishing information for regulations 10 and 11"),
            regulation("13", "co-operation of providers for regulations 10 and 11"),
            regulation("14", "processing of location data"),
            regulation("15", "tracing malicious or nuisance calls"),
            regulation("16", "emergency calls"),
            regulation("17", "ending automatic call forwarding"),
            regulation("18", "directories of subscribers"),
            regulation("19", "automated marketing calls"),
            regulation("20", "marketing by fax"),
            regulation("21", "unsolicited marketing calls"),
            regulation("21A", "marketing calls about claims management services"),
            regulation("21B", "marketing calls about pension schemes"),
            regulation("22", "marketing emails and texts"),
            regulation("23", "marketing emails and texts hiding the sender’s identity or address"),
            regulation("24", "information to give in marketing calls and faxes"),
            regulation("25", "the register of fax numbers not to be sent marketing"),
            regulation("26", "the register of numbers not to be called (Telephone Preference Service)"));

    /** What notice-service takes at most (PecrRules). */
    static final int MAX_REGULATIONS = 10;

    private PecrForm() {
    }

    private static Option regulation(String number, String label) {
        return new Option(number, "Regulation " + number + ": " + label, null);
    }

    public static boolean chosen(Form form) {
        return PECR.equals(form.value("regime"));
    }

    /**
     * Adds the law to the calculation request where the tier goes: under PECR {@code regime} and {@code pecr}
     * (no tier); otherwise the tier, as {@code tier} answers.
     */
    static void read(Form form, Map<String, Object> c, Object tier) {
        if (!chosen(form)) {
            if (!form.blank("regime") && !DPA.equals(form.value("regime"))) {
                form.error("regime", "Select which law was infringed");
            }
            c.put("tier", tier);
            return;
        }
        c.put("regime", PECR);
        Map<String, Object> p = new LinkedHashMap<>();
        LocalDate from = Dates.read(form, "pecr-from", "the first day of the infringement", true);
        LocalDate to = Dates.read(form, "pecr-to", "the last day of the infringement", true);
        Dates.notBefore(form, to, from, "pecr-to", "The last day of the infringement must be the same as or after the first day");
        p.put("infringedFrom", from == null ? null : from.toString());
        p.put("infringedTo", to == null ? null : to.toString());
        p.put("regulations", regulations(form));
        c.put("pecr", p);
    }

    /** The ticked regulations in the regulations' own order; none, an unknown one or too many is an error. */
    private static List<String> regulations(Form form) {
        List<String> ticked = form.all("pecr-regulations");
        List<String> chosen = new ArrayList<>();
        for (Option o : REGULATIONS) {
            if (ticked.contains(o.value())) {
                chosen.add(o.value());
            }
        }
        if (chosen.size() != ticked.stream().distinct().count()) {
            form.error("pecr-regulations", "Select regulations from the list");
        } else if (chosen.isEmpty()) {
            form.error("pecr-regulations", "Select the regulations of PECR that were infringed");
        } else if (chosen.size() > MAX_REGULATIONS) {
            form.error("pecr-regulations", "Select at most " + MAX_REGULATIONS + " regulations");
        }
        return chosen;
    }

    /** Fills the question from a calculation already made (editing a draft), so the law is not lost. */
    public static Form fill(Form form, Calculation calculation) {
        if (calculation == null || !calculation.underPecr()) {
            return form.set("regime", DPA);
        }
        form.set("regime", PECR);
        calculation.pecr().ifPresent(p -> {
            if (p.infringedFrom() != null) {
                Dates.write(form, "pecr-from", p.infringedFrom());
            }
            if (p.infringedTo() != null) {
                Dates.write(form, "pecr-to", p.infringedTo());
            }
            form.setAll("pecr-regulations", p.regulations());
        });
        return form;
    }

    /**
     * A penalty notice is for the contravention its notice of intent described (notice-service's RegimeRules: the
     * same law; under PECR no other regulation and no day outside its period): a new one starts from the case's
     * latest issued notice of intent under PECR, if any.
     */
    public static Form fillFromNoticeOfIntent(Form form, List<Notice> notices) {
        notices.stream().filter(n -> n.isNoticeOfIntent() && n.isIssued() && n.issuedOn().isPresent())
                .filter(n -> n.calculation().map(Calculation::underPecr).orElse(false))
                .max(java.util.Comparator.comparing(n -> n.issuedOn().get()))
                .ifPresent(n -> fill(form, n.calculation().get()));
        return form;
    }

    /** The page field for an API field path (without "calculation."), or null when it is not about the law. */
    static String fieldFor(String f) {
        if (f.equals("regime")) {
            return "regime";
        }
        if (!f.equals("pecr") && !f.startsWith("pecr.")) {
            return null;
        }
        if (f.startsWith("pecr.infringedFrom")) {
            return "pecr-from-day";
        }
        if (f.startsWith("pecr.infringedTo")) {
            return "pecr-to-day";
        }
        if (f.startsWith("pecr.regulations")) {
            return "pecr-regulations";
        }
        return "regime";
    }
}
