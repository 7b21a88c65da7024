package org.casework.platform.time;

import java.time.LocalDate;

/** A bank or public holiday in England and Wales: the day it is kept and its name as GOV.UK publishes it. */
public record BankHoliday(LocalDate date, String name) {
}
