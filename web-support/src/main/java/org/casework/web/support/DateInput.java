package org.casework.web.support;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A GOV.UK date input (day, month and year typed in three fields) read as a date, the same way in every web module;
 * the words of the error are the form's.
 */
public final class DateInput {

    private DateInput() {
    }

    /**
     * Empty when all three fields are blank; the date when they make a real one with a four-digit year;
     * otherwise a {@link DateTimeException} (31 2 2027, a two-digit year, letters).
     */
    public static Optional<LocalDate> parse(String day, String month, String year) {
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            return Optional.empty();
        }
        try {
            if (year.strip().length() != 4) {
                throw new DateTimeException("the year must have four digits");
            }
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        } catch (NumberFormatException e) {
            throw new DateTimeException("not a number: " + e.getMessage());
        }
    }
}
