package org.casework.web.form;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.casework.web.support.DateInput;

/** GOV.UK date inputs: day, month and year typed separately, turned into a date or an error on the form. */
public final class Dates {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private Dates() {
    }

    /** The date of {@code <field>-day/-month/-year}, null if all three are empty; an error on the form otherwise. */
    public static LocalDate read(Form form, String field, String label, boolean required) {
        try {
            LocalDate date = DateInput.parse(form.value(field + "-day"), form.value(field + "-month"),
                    form.value(field + "-year")).orElse(null);
            if (date == null && required) {
                form.error(field + "-day", "Enter " + label);
            }
            return date;
        } catch (DateTimeException e) {
            form.error(field + "-day", capitalised(label) + " must be a real date, for example 27 8 2024");
            return null;
        }
    }

    /** A date of something that has happened: today or earlier (London), and not before 1900. */
    public static LocalDate past(Form form, String field, String label, LocalDate today) {
        LocalDate date = read(form, field, label, false);
        if (date != null && date.isAfter(today)) {
            form.error(field + "-day", capitalised(label) + " must be today or in the past");
        } else if (date != null && date.isBefore(EARLIEST)) {
            form.error(field + "-day", capitalised(label) + " must be 1 January 1900 or later");
        }
        return date;
    }

    /** {@code date}, with {@code message} on its field when it comes before {@code earlier} (and is otherwise right). */
    public static LocalDate notBefore(Form form, LocalDate date, LocalDate earlier, String field, String message) {
        if (date != null && earlier != null && date.isBefore(earlier) && !form.hasError(field + "-day")) {
            form.error(field + "-day", message);
        }
        return date;
    }

    /** Fills {@code <field>-day/-month/-year} from a date. */
    public static void write(Form form, String field, LocalDate d) {
        form.set(field + "-day", String.valueOf(d.getDayOfMonth()));
        form.set(field + "-month", String.valueOf(d.getMonthValue()));
        form.set(field + "-year", String.valueOf(d.getYear()));
    }

    static String capitalised(String label) {
        return label.substring(0, 1).toUpperCase() + label.substring(1);
    }
}
