package org.casework.web.form;

import java.util.Map;

/**
 * case-service's field paths on the case form's fields, and its messages as sentences about them. The
 * form checks what it can itself, in its own words; these are for what only case-service can judge.
 */
public final class CaseFields {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "The title"), Map.entry("summary", "The summary"), Map.entry("source", "The source"),
            Map.entry("organisation-name", "The organisation name"), Map.entry("organisation-id", "The organisation identifier"),
            Map.entry("turnover-amount", "The turnover"), Map.entry("turnover-year-end-day", "The end of the financial year"),
            Map.entry("occurred-day", "The date it happened"), Map.entry("discovered-day", "The date it was discovered"),
            Map.entry("reported-day", "The date it was reported"), Map.entry("people-affected", "The number of people affected"),
            Map.entry("data-categories", "Each kind of data"), Map.entry("special-category", "Special category data"));

    private CaseFields() {
    }

    /**
     * case-service's message as a sentence about the page's field: "must not be blank" on title becomes
     * "The title must not be blank"; a message that is already a sentence is kept.
     */
    public static String sentence(String field, String message) {
        if (message == null || message.isEmpty() || !Character.isLowerCase(message.charAt(0))) {
            return message;
        }
        String label = LABELS.get(field);
        if (label == null && field.startsWith("entity-")) {
            String[] parts = field.split("-");
            String part = switch (parts[2]) {
                case "number" -> "company number";
                case "address" -> "address";
                default -> "name";
            };
            label = "The " + part + " of legal entity " + parts[1];
        }
        return (label == null ? "This answer" : label) + " " + message;
    }

    /**
     * The page field an API field path belongs to, or null when it is none of them: {@code organisation.legalEntities[1].companyNumber} is
     * entity row 2's number; the list itself ({@code organisation.legalEntities}) is the first row's name.
     */
    public static String fieldFor(String apiField) {
        if (apiField.startsWith("organisation.legalEntities")) {
            String rest = apiField.substring("organisation.legalEntities".length());
            int row = rest.startsWith("[") && rest.indexOf(']') > 1 ? index(rest.substring(1, rest.indexOf(']'))) + 1 : 1;
            String part = rest.contains(".") ? rest.substring(rest.lastIndexOf('.') + 1) : "name";
            return "entity-" + row + "-" + switch (part) {
                case "companyNumber" -> "number";
                case "address" -> "address";
                default -> "name";
            };
        }
        return switch (apiField) {
            case "title", "summary", "source" -> apiField;
            case "organisation.id" -> "organisation-id";
            case "organisation.name", "organisation" -> "organisation-name";
            case "organisation.worldwideTurnover.amount", "organisation.worldwideTurnover.currency",
                    "organisation.worldwideTurnover" -> "turnover-amount";
            case "organisation.worldwideTurnover.financialYearEnd" -> "turnover-year-end-day";
            case "incident.occurredOn" -> "occurred-day";
            case "incident.discoveredOn" -> "discovered-day";
            case "incident.reportedOn" -> "reported-day";
            case "incident.peopleAffected", "incident" -> "people-affected";
            case "incident.specialCategoryData" -> "special-category";
            // a point that is no field of the page is listed under the banner
            default -> apiField.startsWith("incident.dataCategories") ? "data-categories" : null;
        };
    }

    private static int index(String digits) {
        try {
            return Math.min(Integer.parseInt(digits), CaseForm.MAX_ENTITY_ROWS - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
