package org.casework.web.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notice form with the fine calculator: the five steps of the Fining Guidance, each with its
 * chosen value and reason, turned into notice-service requests, and its field errors mapped back.
 */
public final class NoticeForm {

    public static final int FACTOR_ROWS = 3;

    private NoticeForm() {
    }

    public static boolean needsCalculation(String type) {
        return "NOTICE_OF_INTENT".equals(type) || "PENALTY_NOTICE".equals(type);
    }

    /** The calculation request (the body of POST /penalty-calculations). */
    public static Map<String, Object> calculation(Form form) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("worldwideTurnover", Map.of("amount", clean(form.value("turnover-amount")), "currency", "GBP"));
        c.put("tier", form.blank("tier") ? null : form.value("tier"));
        Map<String, Object> seriousness = new LinkedHashMap<>();
        seriousness.put("band", form.blank("seriousness-band") ? null : form.value("seriousness-band"));
        seriousness.put("percent", blankToNull(form.value("seriousness-percent")));
        seriousness.put("reason", form.value("seriousness-reason"));
        c.put("seriousness", seriousness);
        if (!form.blank("adjustment-percent") || !form.blank("adjustment-reason")) {
            c.put("turnoverAdjustment", choice(form, "adjustment"));
        }
        List<Map<String, Object>> factors = new ArrayList<>();
        for (int i = 1; i <= FACTOR_ROWS; i++) {
            String p = "factor-" + i + "-";
            if (form.blank(p + "description") && form.blank(p + "percent") && form.blank(p + "reason")) {
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("kind", form.blank(p + "kind") ? null : form.value(p + "kind"));
            f.put("description", form.value(p + "description"));
            f.put("percent", blankToNull(form.value(p + "percent")));
            f.put("reason", form.value(p + "reason"));
            factors.add(f);
        }
        c.put("factors", factors);
        c.put("effectiveness", choice(form, "effectiveness"));
        return c;
    }

    /**
     * The draft (the body of POST /notices). Recipients are ticked by their row in the case's legal
     * entities, so the notice names exactly the entities the case records.
     */
    public static Map<String, Object> draft(Form form, String caseId, String type, List<?> entities) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseId", caseId);
        d.put("type", type);
        List<Map<String, Object>> recipients = new ArrayList<>();
        for (String row : form.all("recipients")) {
            int i = row.matches("\\d{1,2}") ? Integer.parseInt(row) : -1;
            if (i >= 0 && i < entities.size() && entities.get(i) instanceof Map<?, ?> entity) {
                recipients.add(entity.get("companyNumber") == null ? mapOf("name", entity.get("name"))
                        : mapOf("name", entity.get("name"), "companyNumber", entity.get("companyNumber")));
            }
        }
        d.put("recipients", recipients);
        d.put("reasons", blankToNull(form.value("reasons")));
        put(d, "publicSummary", form.value("public-summary"));
        if ("NOTICE_OF_INTENT".equals(type)) {
            put(d, "natureOfData", form.value("nature-of-data"));
        }
        if ("NOTICE_OF_INTENT".equals(type)) {
            d.put("representationDays", integer(form.value("representation-days")));
        }
        if ("PENALTY_NOTICE".equals(type) && !form.blank("payment-days")) {
            d.put("paymentDays", integer(form.value("payment-days")));
        }
        if ("REPRIMAND".equals(type) && !form.blank("notional-fine")) {
            d.put("notionalFine", Map.of("amount", clean(form.value("notional-fine")), "currency", "GBP"));
        }
        if (needsCalculation(type)) {
            d.put("calculation", calculation(form));
        }
        if (recipients.isEmpty()) {
            form.error("recipients", "Select at least one legal entity to address the notice to");
        }
        return d;
    }

    /** The page field an API field error belongs to ("calculation." prefixed or not). */
    public static String fieldFor(String apiField) {
        String f = apiField.startsWith("calculation.") ? apiField.substring("calculation.".length()) : apiField;
        if (f.startsWith("factors[")) {
            int row = Integer.parseInt(f.substring(8, f.indexOf(']'))) + 1;
            String part = f.contains(".") ? f.substring(f.lastIndexOf('.') + 1) : "percent";
            return "factor-" + row + "-" + part;
        }
        if (f.startsWith("recipients")) {
            return "recipients";
        }
        return switch (f) {
            case "worldwideTurnover.amount", "worldwideTurnover", "worldwideTurnover.currency" -> "turnover-amount";
            case "tier" -> "tier";
            case "seriousness.band" -> "seriousness-band";
            case "seriousness", "seriousness.percent" -> "seriousness-percent";
            case "seriousness.reason" -> "seriousness-reason";
            case "turnoverAdjustment", "turnoverAdjustment.percent" -> "adjustment-percent";
            case "turnoverAdjustment.reason" -> "adjustment-reason";
            case "effectiveness", "effectiveness.percent" -> "effectiveness-percent";
            case "effectiveness.reason" -> "effectiveness-reason";
            case "representationDays" -> "representation-days";
            case "paymentDays" -> "payment-days";
            case "publicSummary" -> "public-summary";
            case "notionalFine", "notionalFine.amount" -> "notional-fine";
            case "natureOfData" -> "nature-of-data";
            default -> f.isEmpty() ? "reasons" : f;
        };
    }

    private static Map<String, Object> choice(Form form, String prefix) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("percent", blankToNull(form.value(prefix + "-percent")));
        c.put("reason", form.value(prefix + "-reason"));
        return c;
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static void put(Map<String, Object> d, String key, String value) {
        if (value != null && !value.isBlank()) {
            d.put(key, value);
        }
    }

    private static String clean(String amount) {
        return amount.replace(",", "").replace("£", "").strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Object integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
