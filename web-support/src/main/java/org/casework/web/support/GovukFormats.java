package org.casework.web.support;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * Dates, times, money, counts and file sizes the GOV.UK way (its style guide: "7 August 2024", "10:00am",
 * "£3,076,320.00", "82,946"), as template extensions of every web module and for their Java code.
 */
@TemplateExtension
public final class GovukFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private GovukFormats() {
    }

    /** "7 August 2024". */
    public static String longDate(LocalDate date) {
        return DATE.format(date);
    }

    /** "Wednesday 7 August 2024": a date whose weekday matters to the reader (a notice given on a Sunday). */
    public static String weekdayDate(LocalDate date) {
        return WEEKDAY_DATE.format(date);
    }

    /** "7 August 2024 at 10:00am", London time. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    /** A London wall-clock time as given (a hearing's): "20 January 2027 at 10:00am". */
    public static String longDateTime(LocalDateTime time) {
        return DATE_TIME.format(time).replace("AM", "am").replace("PM", "pm");
    }

    /** "£3,076,320.00". */
    public static String pounds(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(amount);
    }

    /** 82946 → "82,946". */
    public static String count(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n);
    }

    /** A file size the way people read it: "900 bytes", "12 KB", "3.4 MB". */
    public static String fileSize(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        if (n < 1024 * 1024) {
            return Math.round(n / 1024.0) + " KB";
        }
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n / (1024.0 * 1024.0)) + " MB";
    }
}
