package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How money, percentages and reasons are written in explanations and messages. */
public final class Texts {

    private Texts() {
    }

    /**
     * "£3,845,400.00". UK symbols are fixed so the notice reads the same whatever the server's default
     * locale; a new DecimalFormat per call because the class is not thread-safe.
     */
    static String money(BigDecimal pounds) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.DOWN);
        return "£" + format.format(Amounts.normal(pounds));
    }

    /** "52%", "0.2%", "-10%": a validated percentage without trailing zeros. */
    static String percent(BigDecimal percent) {
        return Amounts.normal(percent).stripTrailingZeros().toPlainString() + "%";
    }

    /** "+10%", "-10%", "0%": for adjustments that may go either way. */
    static String signedPercent(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + percent(percent);
    }

    /**
     * A number as the caller gave it, for error messages only: "52.125%". The value may be absurd, so it is
     * never expanded to plain digits, is cut to a readable length, and one with hundreds of digits is only
     * described (printing it, or even counting its digits exactly, would cost seconds).
     */
    static String given(BigDecimal value, String unit) {
        int bits = value.unscaledValue().bitLength();
        if (bits > 200) {
            return "a number of about " + (int) (bits * 0.30103) + " digits";
        }
        boolean ordinary = bits <= 100 && Math.abs(value.scale()) <= 30;
        String text = ordinary ? value.stripTrailingZeros().toPlainString() : value.toString();
        return (text.length() <= 40 ? text : text.substring(0, 40) + "…") + unit;
    }

    /** "5 February 2026": a day as the notice writes it. */
    public static String date(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    /** A caseworker's reason as the end of a sentence: trimmed, with a full stop if it has none. */
    static String sentenceEnd(String reason) {
        String trimmed = reason.strip();
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
    }
}
