package org.casework.notices.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Pounds as a notice prints them: £3,076,320.00, whatever the machine's locale. */
public final class Pounds {

    private Pounds() {
    }

    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setParseBigDecimal(true);
        return "£" + format.format(amount);
    }
}
