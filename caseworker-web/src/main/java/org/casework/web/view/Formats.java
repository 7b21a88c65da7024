package org.casework.web.view;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.casework.web.form.Option;
import org.casework.web.model.Money;

import io.quarkus.qute.TemplateExtension;

/**
 * How pages print what the APIs answer: dates the GOV.UK way, money in pounds, counts with commas,
 * codes in words. A value that may be absent is printed only with the words to show in its place.
 */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Formats() {
    }

    /** "7 August 2024". */
    public static String longDate(LocalDate date) {
        return DATE.format(date);
    }

    /** The date, or {@code absent} (for example "Not yet issued") when there is none. */
    static String longDateOr(Optional<LocalDate> date, String absent) {
        return date.map(Formats::longDate).orElse(absent);
    }

    /** "7 August 2024 at 10:00am", London time. */
    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    /** A London wall-clock time as given (a hearing's): "20 January 2027 at 10:00am". */
    static String longDateTime(LocalDateTime time) {
        return DATE_TIME.format(time).replace("AM", "am").replace("PM", "pm");
    }

    /** "£3,076,320.00". */
    public static String money(Money money) {
        return pounds(money.amount());
    }

    public static String pounds(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(amount);
    }

    /** An amount as a person would type it: "30,500,000", or "1,000.50" when it has pence. */
    public static String amount(BigDecimal amount) {
        String pattern = amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }

    /**
     * A noun phrase with its indefinite article, for titles built from a label: "an enforcement notice",
     * "an information notice", "a penalty notice". By the first letter, which is right for every notice label.
     */
    public static String withArticle(String phrase) {
        return ("aeiou".indexOf(Character.toLowerCase(phrase.charAt(0))) >= 0 ? "an " : "a ") + phrase;
    }

    /** 82946 → "82,946". */
    public static String count(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n);
    }

    /** A file size the way people read it: "900 bytes", "12 KB", "3.4 MB". */
    static String fileSize(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        if (n < 1024 * 1024) {
            return Math.round(n / 1024.0) + " KB";
        }
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n / (1024.0 * 1024.0)) + " MB";
    }

    /** An API code as words: NOTICE_OF_INTENT_ISSUED → "Notice of intent issued", case.notice-given → "Case notice given". */
    static String words(String code) {
        return wordsOf(code);
    }

    /** An information notice's basis as {@link Option#INFORMATION_BASES} names it. */
    static String basisName(String code) {
        return Option.basisName(code);
    }

    /** A case state reads as {@link Option#STATES} names it ("Under appeal"); any other code word by word. */
    public static String wordsOf(String code) {
        String state = Option.stateName(code);
        if (state != null) {
            return state;
        }
        String s = code.replace('_', ' ').replace('-', ' ').replace('.', ' ').toLowerCase(Locale.UK);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The GOV.UK tag colour for a case or notice state. */
    static String tagClass(String status) {
        return switch (status) {
            case "OPEN" -> "govuk-tag--blue";
            case "INVESTIGATING" -> "govuk-tag--yellow";
            case "NOTICE_OF_INTENT_ISSUED" -> "govuk-tag--orange";
            case "DECIDED", "ISSUED", "GRANTED", "PAID" -> "govuk-tag--green";
            case "APPEALED", "PENDING", "REQUESTED", "DUE" -> "govuk-tag--pink";
            case "CLOSED", "WITHDRAWN", "CANCELLED", "HELD", "DISMISSED" -> "govuk-tag--grey";
            case "REFUSED", "OVERDUE", "ALLOWED" -> "govuk-tag--red";
            case "VARIED" -> "govuk-tag--turquoise";
            case "DRAFT" -> "govuk-tag--purple";
            default -> "";
        };
    }
}
