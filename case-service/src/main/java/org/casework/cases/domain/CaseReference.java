package org.casework.cases.domain;

/** The human reference of a case: {@code INV-<year>-<6 digits>}, numbered per calendar year. */
public final class CaseReference {

    private CaseReference() {
    }

    public static String format(int year, long number) {
        if (number < 1) {
            throw new IllegalArgumentException("case numbers start at 1");
        }
        return String.format("INV-%04d-%06d", year, number);
    }
}
