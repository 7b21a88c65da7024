package org.casework.web.service;

import java.time.DateTimeException;
import java.time.LocalDate;

/** GOV.UK date inputs: day, month and year typed separately, turned into an ISO date or an error. */
public final class Dates {

    private Dates() {
    }

    /** The ISO date of {@code <field>-day/-month/-year}, null if all three are empty; an error on the form otherwise. */
    public static String read(Form form, String field, String label, boolean required) {
        String day = form.value(field + "-day");
        String month = form.value(field + "-month");
        String year = form.value(field + "-year");
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            if (required) {
                form.error(field + "-day", "Enter " + label);
            }
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (year.length() != 4) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (NumberFormatException | DateTimeException e) {
            form.error(field + "-day", label.substring(0, 1).toUpperCase() + label.substring(1)
                    + " must be a real date, for example 27 8 2024");
            return null;
        }
    }

    /** Fills {@code <field>-day/-month/-year} from an ISO date. */
    public static void write(Form form, String field, Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return;
        }
        LocalDate d = LocalDate.parse(iso.toString());
        form.set(field + "-day", String.valueOf(d.getDayOfMonth()));
        form.set(field + "-month", String.valueOf(d.getMonthValue()));
        form.set(field + "-year", String.valueOf(d.getYear()));
    }
}
