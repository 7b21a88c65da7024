package org.casework.web.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Open a case" form: its fields as the page names them, turned into the case-service request,
 * and case-service's field errors mapped back onto the page's fields.
 */
public final class CaseForm {

    public static final int ENTITY_ROWS = 3;

    private CaseForm() {
    }

    /** The request body, or null when the form already has errors (which are then on it). */
    public static Map<String, Object> toRequest(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", form.value("title"));
        body.put("summary", form.value("summary"));
        body.put("source", form.blank("source") ? null : form.value("source"));
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("id", form.blank("organisation-id") ? null : form.value("organisation-id"));
        organisation.put("name", form.value("organisation-name"));
        List<Map<String, Object>> entities = new ArrayList<>();
        for (int i = 1; i <= ENTITY_ROWS; i++) {
            if (form.blank("entity-" + i + "-name") && form.blank("entity-" + i + "-number")) {
                continue;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", form.value("entity-" + i + "-name"));
            e.put("companyNumber", form.blank("entity-" + i + "-number") ? null : form.value("entity-" + i + "-number"));
            e.put("address", form.blank("entity-" + i + "-address") ? null : form.value("entity-" + i + "-address"));
            entities.add(e);
        }
        organisation.put("legalEntities", entities);
        String yearEnd = Dates.read(form, "turnover-year-end", "the end of the financial year", false);
        if (!form.blank("turnover-amount") && yearEnd == null && !form.hasError("turnover-year-end-day")) {
            form.error("turnover-year-end-day", "Enter the end of the financial year the turnover is for");
        }
        if (!form.blank("turnover-amount") || yearEnd != null) {
            Map<String, Object> turnover = new LinkedHashMap<>();
            turnover.put("amount", form.value("turnover-amount").replace(",", "").replace("£", ""));
            turnover.put("currency", "GBP");
            turnover.put("financialYearEnd", yearEnd);
            organisation.put("worldwideTurnover", turnover);
        }
        body.put("organisation", organisation);
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("occurredOn", Dates.read(form, "occurred", "the date it happened", false));
        incident.put("discoveredOn", Dates.read(form, "discovered", "the date it was discovered", false));
        incident.put("reportedOn", Dates.read(form, "reported", "the date it was reported", false));
        incident.put("peopleAffected", number(form, "people-affected", "the number of people affected"));
        incident.put("dataCategories", form.value("data-categories").lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        incident.put("specialCategoryData", form.blank("special-category") ? null : "yes".equals(form.value("special-category")));
        body.put("incident", incident);
        if (form.blank("source")) {
            form.error("source", "Select how the regulator came to investigate");
        }
        if (form.blank("special-category")) {
            form.error("special-category", "Select yes if special category data was involved");
        }
        return form.hasErrors() ? null : body;
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "The title"), Map.entry("summary", "The summary"), Map.entry("source", "The source"),
            Map.entry("organisation-name", "The organisation name"), Map.entry("organisation-id", "The organisation identifier"),
            Map.entry("turnover-amount", "The turnover"), Map.entry("turnover-year-end-day", "The end of the financial year"),
            Map.entry("occurred-day", "The date it happened"), Map.entry("discovered-day", "The date it was discovered"),
            Map.entry("reported-day", "The date it was reported"), Map.entry("people-affected", "The number of people affected"),
            Map.entry("data-categories", "Each kind of data"), Map.entry("special-category", "Special category data"));

    /**
     * case-service's message as a sentence about the page's field: "must not be blank" on title
     * becomes "The title must not be blank"; a message that is already a sentence is kept.
     */
    public static String sentence(String field, String message) {
        if (message == null || message.isEmpty() || !Character.isLowerCase(message.charAt(0))) {
            return message;
        }
        String label = LABELS.get(field);
        if (label == null && field.startsWith("entity-")) {
            String[] parts = field.split("-");
            label = "Legal entity " + parts[1] + (parts[2].equals("number") ? " company number"
                    : parts[2].equals("address") ? " address" : " name");
        }
        return (label == null ? "This answer" : label) + " " + message;
    }

    /** The page field an API field error belongs to. */
    public static String fieldFor(String apiField) {
        if (apiField.startsWith("organisation.legalEntities")) {
            String rest = apiField.substring("organisation.legalEntities".length());
            int row = rest.startsWith("[") ? Integer.parseInt(rest.substring(1, rest.indexOf(']'))) + 1 : 1;
            String part = rest.contains(".") ? rest.substring(rest.lastIndexOf('.') + 1) : "name";
            return "entity-" + row + "-" + switch (part) {
                case "companyNumber" -> "number";
                case "address" -> "address";
                default -> "name";
            };
        }
        return switch (apiField) {
            case "organisation.id" -> "organisation-id";
            case "organisation.name", "organisation" -> "organisation-name";
            case "organisation.worldwideTurnover.amount", "organisation.worldwideTurnover.currency",
                    "organisation.worldwideTurnover" -> "turnover-amount";
            case "organisation.worldwideTurnover.financialYearEnd" -> "turnover-year-end-day";
            case "incident.occurredOn" -> "occurred-day";
            case "incident.discoveredOn" -> "discovered-day";
            case "incident.reportedOn" -> "reported-day";
            case "incident.peopleAffected", "incident" -> "people-affected";
            case "incident.dataCategories" -> "data-categories";
            case "incident.specialCategoryData" -> "special-category";
            default -> apiField.startsWith("incident.dataCategories") ? "data-categories"
                    : apiField.contains(".") ? apiField.substring(0, apiField.indexOf('.')) : apiField;
        };
    }

    private static Object number(Form form, String field, String label) {
        String raw = form.value(field).replace(",", "");
        if (raw.isEmpty()) {
            form.error(field, "Enter " + label);
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            form.error(field, label.substring(0, 1).toUpperCase() + label.substring(1) + " must be a whole number");
            return null;
        }
    }
}
