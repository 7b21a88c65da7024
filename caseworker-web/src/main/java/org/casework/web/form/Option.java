package org.casework.web.form;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** A choice in a radios or select field. */
@TemplateData
public record Option(String value, String label, String hint) {

    public static final List<Option> SOURCES = List.of(
            new Option("BREACH_REPORT", "A breach report", "The organisation reported a personal data breach"),
            new Option("COMPLAINT", "A complaint", "Someone complained about how their data was handled"),
            new Option("REFERRAL", "A referral", "Another body referred the matter"),
            new Option("OWN_INITIATIVE", "Own initiative", "The regulator decided to look into it"));

    /** The case states in their order, each with the name pages show for it: the one place those names live. */
    public static final List<Option> STATES = List.of(
            new Option("OPEN", "Open", null),
            new Option("INVESTIGATING", "Investigating", null),
            new Option("NOTICE_OF_INTENT_ISSUED", "Notice of intent issued", null),
            new Option("DECIDED", "Decided", null),
            new Option("APPEALED", "Under appeal", null),
            new Option("CLOSED", "Closed", null));

    /** A case state's name as pages show it ("Under appeal" for APPEALED), or null for a code that is not one. */
    public static String stateName(String code) {
        return STATES.stream().filter(o -> o.value().equals(code)).map(Option::label).findFirst().orElse(null);
    }

    public static final List<Option> YES_NO = List.of(new Option("yes", "Yes", null), new Option("no", "No", null));

    public static final List<Option> BANDS = List.of(
            new Option("LOWER", "Lower", "0% to 10% of the maximum"),
            new Option("MEDIUM", "Medium", "10% to 20% of the maximum"),
            new Option("HIGH", "High", "20% to 100% of the maximum"));

    public static final List<Option> TIERS = List.of(
            new Option("STANDARD", "Standard maximum", "£8.7m or 2% of worldwide turnover, whichever is higher"),
            new Option("HIGHER", "Higher maximum", "£17.5m or 4% of worldwide turnover, whichever is higher"));

    public static final List<Option> FACTOR_KINDS = List.of(
            new Option("AGGRAVATING", "Aggravating (a positive percentage)", null),
            new Option("MITIGATING", "Mitigating (a negative percentage)", null));

    public static final List<Option> NOTICE_TYPES = List.of(
            new Option("NOTICE_OF_INTENT", "Notice of intent", "The first step towards a penalty"),
            new Option("PENALTY_NOTICE", "Penalty notice", "After the notice of intent and representations"),
            new Option("REPRIMAND", "Reprimand", "Often for a public body; record the notional fine"),
            new Option("WARNING", "Warning", null),
            new Option("ENFORCEMENT_NOTICE", "Enforcement notice", "The failures and the steps to remedy them, each by a date"),
            new Option("INFORMATION_NOTICE", "Information notice", "Requires information, in a stated form, within a period"),
            new Option("ASSESSMENT_NOTICE", "Assessment notice", "Lets the regulator inspect premises, documents and people"),
            new Option("NO_FURTHER_ACTION", "No further action", null));

    /** The limb of DPA 2018 s.142(1) an information notice is given under (notice-service's InformationNoticeBasis). */
    public static final List<Option> INFORMATION_BASES = List.of(
            new Option("COMMISSIONER_FUNCTIONS", "For the regulator's functions",
                    "Section 142(1)(a): a controller or processor"),
            new Option("SUSPECTED_FAILURE_OR_OFFENCE", "To investigate a suspected failure or offence",
                    "Section 142(1)(b)(i): any person"),
            new Option("HOUSEHOLD_ACTIVITY", "To decide whether processing is purely personal or household",
                    "Section 142(1)(b)(ii): any person"));

    /** An information basis's name as pages show it, or the code itself when it is not one. */
    public static String basisName(String code) {
        return INFORMATION_BASES.stream().filter(o -> o.value().equals(code)).map(Option::label).findFirst().orElse(code);
    }

    public static final List<Option> EXTENSION_DECISIONS = List.of(
            new Option("grant", "Grant", null), new Option("refuse", "Refuse", null));

    /**
     * The moves a person may make by hand from a state. Every other move records a decision about a
     * notice and happens when the notice is issued or withdrawn (case-service refuses it by hand).
     */
    public static List<Option> movesFor(String status, boolean caseworker, boolean decisionMaker) {
        if ("OPEN".equals(status) && (caseworker || decisionMaker)) {
            return List.of(new Option("INVESTIGATING", "Investigating", "Start the investigation"));
        }
        if ("DECIDED".equals(status) && decisionMaker) {
            return List.of(new Option("CLOSED", "Closed", "Everything on the decision is done"));
        }
        return List.of();
    }

    public static final List<Option> SETTLEMENT_STAGES = List.of(
            new Option("BEFORE_NOTICE_OF_INTENT", "Before the notice of intent", "Up to 40%"),
            new Option("DURING_REPRESENTATIONS", "During representations", "Up to 30%"),
            new Option("AFTER_REPRESENTATIONS", "After representations", "Up to 20%"));

    /** A repeated group of fields (a legal entity, a factor): the row number and each field's name in it. */
    @TemplateData
    public record Row(int number, String prefix) {

        public String field(String part) {
            return prefix + "-" + number + "-" + part;
        }

        /** The row's name on the page: {@code before}, its number, then {@code after} ("Step 2 to be taken by"). */
        public String named(String before, String after) {
            return before + " " + number + after;
        }

        public static List<Row> of(String prefix, int count) {
            return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> new Row(i, prefix)).toList();
        }
    }
}
