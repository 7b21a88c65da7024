package org.casework.web.service;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/** How pages print what the APIs answer: dates the GOV.UK way, money in pounds, states in words. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Formats() {
    }

    /** An ISO date as "7 August 2024". */
    static String longDate(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return "";
        }
        return DATE.format(LocalDate.parse(iso.toString()));
    }

    /** An ISO instant as "7 August 2024 at 10:00am" in London time. */
    static String dateTime(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return "";
        }
        return DATE_TIME.format(Instant.parse(iso.toString()).atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    /** A money object ({amount, currency}) as "£3,076,320.00". */
    static String money(Object money) {
        if (!(money instanceof Map<?, ?> m) || m.get("amount") == null) {
            return "";
        }
        return pounds(m.get("amount"));
    }

    static String pounds(Object amount) {
        if (amount == null || amount.toString().isBlank()) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(new BigDecimal(amount.toString()));
    }

    /** A file size the way people read it: "900 bytes", "12 KB", "3.4 MB". */
    static String fileSize(Object size) {
        long n = size instanceof Number num ? num.longValue() : Long.parseLong(size.toString());
        if (n < 1024) {
            return n + " bytes";
        }
        if (n < 1024 * 1024) {
            return Math.round(n / 1024.0) + " KB";
        }
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n / (1024.0 * 1024.0)) + " MB";
    }

    /** An API enum name as words: NOTICE_OF_INTENT_ISSUED → "Notice of intent issued". */
    static String words(Object name) {
        return wordsOf(name);
    }

    public static String wordsOf(Object name) {
        if (name == null) {
            return "";
        }
        String s = name.toString().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The GOV.UK tag colour for a case or notice state. */
    static String tagClass(Object status) {
        return switch (status == null ? "" : status.toString()) {
            case "OPEN" -> "govuk-tag--blue";
            case "INVESTIGATING" -> "govuk-tag--yellow";
            case "NOTICE_OF_INTENT_ISSUED" -> "govuk-tag--orange";
            case "DECIDED", "ISSUED" -> "govuk-tag--green";
            case "CLOSED", "WITHDRAWN" -> "govuk-tag--grey";
            case "DRAFT" -> "govuk-tag--purple";
            default -> "";
        };
    }
}
