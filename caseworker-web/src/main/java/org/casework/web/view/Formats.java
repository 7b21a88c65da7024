package org.casework.web.view;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.casework.web.form.Option;
import org.casework.web.model.Money;
import org.casework.web.support.GovukFormats;

import io.quarkus.qute.TemplateExtension;

/**
 * How pages print what the APIs answer, beyond the GOV.UK formats every web module shares ({@link GovukFormats}:
 * dates, money, counts): amounts as typed, codes in words. A value that may be absent is printed only with the words to show in its place.
 */
@TemplateExtension
public final class Formats {

    private Formats() {
    }

    /** The date, or {@code absent} (for example "Not yet issued") when there is none. */
    static String longDateOr(Optional<LocalDate> date, String absent) {
        return date.map(GovukFormats::longDate).orElse(absent);
    }

    /** "£3,076,320.00". */
    public static String money(Money money) {
        return GovukFormats.pounds(money.amount());
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
