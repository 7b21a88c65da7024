package org.casework.web.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms on a penalty's account as the JSON notice-service takes: a payment, an instalment plan, a
 * referral for recovery, a variation, a cancellation. Each checks here only what a person can get wrong
 * in typing (an empty field, an amount or date that is not one); the law is notice-service's to apply,
 * and its refusal is shown on the same form.
 */
public final class PenaltyBodies {

    /** How many instalments the plan form offers; rows left empty are not sent. */
    public static final int INSTALMENT_ROWS = 6;

    private PenaltyBodies() {
    }

    public static Map<String, Object> payment(Form form, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", money(form, "pay-amount", "Enter the amount received, for example 3,076,320.00"));
        body.put("receivedOn", iso(Dates.past(form, "pay-received", "the day it was received", today), form, "pay-received",
                "Enter the day the payment was received"));
        body.put("reference", FieldChecks.text(form, "pay-reference", "Enter the payment’s reference", 100, "The reference"));
        return body;
    }

    public static Map<String, Object> plan(Form form, LocalDate today) {
        List<Map<String, Object>> instalments = new ArrayList<>();
        for (Option.Row row : Option.Row.of("instalment", INSTALMENT_ROWS)) {
            LocalDate due = Dates.read(form, row.field("due"), "the day instalment " + row.number() + " is due", false);
            if (due == null && form.blank(row.field("amount")) && !form.hasError(row.field("due") + "-day")) {
                continue;
            }
            Map<String, Object> instalment = new LinkedHashMap<>();
            instalment.put("dueOn", iso(due, form, row.field("due"), "Enter the day instalment " + row.number() + " is due"));
            instalment.put("amount", money(form, row.field("amount"), "Enter the amount of instalment " + row.number()));
            instalments.add(instalment);
        }
        if (instalments.isEmpty()) {
            form.error("instalment-1-due-day", "Enter at least one instalment");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instalments", instalments);
        body.put("agreedOn", iso(Dates.past(form, "plan-agreed", "the day it was agreed", today), form, "plan-agreed",
                "Enter the day the plan was agreed"));
        body.put("reason", FieldChecks.text(form, "plan-reason", "Enter why the penalty is paid in instalments", 2_000, "The reason"));
        return body;
    }

    public static Map<String, Object> recovery(Form form, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referredOn", iso(Dates.past(form, "recovery-referred", "the day it was referred", today), form,
                "recovery-referred", "Enter the day the penalty was referred for recovery"));
        body.put("note", FieldChecks.text(form, "recovery-note", null, 2_000, "The note"));
        return body;
    }

    /** Only what is changed is sent: an amount left empty stays as it is, as do the days for payment. */
    public static Map<String, Object> variation(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!form.blank("vary-amount")) {
            body.put("amount", money(form, "vary-amount", null));
        }
        Long days = FieldChecks.whole(form, "vary-days", null, 28, 3_650, "Days for payment");
        if (days != null) {
            body.put("paymentDays", days);
        }
        if (form.blank("vary-amount") && form.blank("vary-days")) {
            form.error("vary-amount", "Enter a lower amount or more days for payment");
        }
        body.put("reasons", FieldChecks.text(form, "vary-reasons", "Enter the reasons for the variation", 20_000, "The reasons"));
        return body;
    }

    public static Map<String, Object> cancellation(Form form) {
        return Map.of("reasons", String.valueOf(FieldChecks.text(form, "cancel-reasons",
                "Enter the reasons for cancelling the penalty", 20_000, "The reasons")));
    }

    /** {@code {"amount":"…","currency":"GBP"}}, or null with an error on the field. */
    static Map<String, String> money(Form form, String field, String whenEmpty) {
        if (form.blank(field)) {
            if (whenEmpty != null) {
                form.error(field, whenEmpty);
            }
            return null;
        }
        String amount = FieldChecks.pounds(form, field, "Enter an amount in pounds, for example 1,000.50");
        return amount == null ? null : Map.of("amount", amount, "currency", "GBP");
    }

    /** The date as ISO, or null; {@code whenEmpty} on the field when no date was typed and none is wrong. */
    static String iso(LocalDate date, Form form, String field, String whenEmpty) {
        if (date == null && !form.hasError(field + "-day") && whenEmpty != null) {
            form.error(field + "-day", whenEmpty);
        }
        return date == null ? null : date.toString();
    }
}
