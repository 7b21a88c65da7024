package org.casework.web.form;

/** notice-service's field paths (of a draft, a revision or a calculation) on the notice form's fields. */
public final class NoticeFields {

    private NoticeFields() {
    }

    /** The page field an API field error belongs to ("calculation." prefixed or not), or null for none. */
    public static String fieldFor(String apiField) {
        String f = apiField.startsWith("calculation.") ? apiField.substring("calculation.".length()) : apiField;
        if (f.startsWith("factors[") && f.indexOf(']') > 8) {
            String row = f.substring(8, f.indexOf(']'));
            int number = row.matches("\\d{1,2}") ? Math.min(Integer.parseInt(row) + 1, CalculatorForm.FACTOR_ROWS) : 1;
            String part = f.contains(".") ? f.substring(f.lastIndexOf('.') + 1) : "percent";
            return "factor-" + number + "-" + switch (part) {
                case "kind", "description", "reason" -> part;
                default -> "percent";
            };
        }
        if (f.startsWith("enforcement") || f.startsWith("information") || f.startsWith("assessment")) {
            return NoticeTermsForm.fieldFor(f);
        }
        if (PecrForm.fieldFor(f) != null) {
            return PecrForm.fieldFor(f);
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
            case "turnoverAdjustment" -> "adjustment";
            case "turnoverAdjustment.percent" -> "adjustment-percent";
            case "undertaking" -> "undertaking";
            case "turnoverAdjustment.reason" -> "adjustment-reason";
            case "effectiveness", "effectiveness.percent" -> "effectiveness-percent";
            case "effectiveness.reason" -> "effectiveness-reason";
            case "reasons" -> "reasons";
            case "natureOfData" -> "nature-of-data";
            case "representationDays" -> "representation-days";
            case "paymentDays" -> "payment-days";
            case "publicSummary" -> "public-summary";
            case "notionalFine", "notionalFine.amount" -> "notional-fine";
            case "calculation" -> "fine";
            case "failureToComplyWith" -> FailureToComplyChoice.FIELD;
            default -> null;
        };
    }
}
