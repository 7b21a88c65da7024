package org.casework.cases.repository;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a case list can be read in; each pairs a column with the id so keyset paging is exact. */
public enum CaseSort {
    OPENED_NEWEST("-opened", "opened_at", true),
    OPENED_OLDEST("opened", "opened_at", false),
    REFERENCE("reference", "reference", false),
    REFERENCE_DESC("-reference", "reference", true),
    TITLE("title", "title", false),
    TITLE_DESC("-title", "title", true);

    public static final CaseSort DEFAULT = OPENED_NEWEST;

    private final String parameter;
    private final String column;
    private final boolean descending;

    CaseSort(String parameter, String column, boolean descending) {
        this.parameter = parameter;
        this.column = column;
        this.descending = descending;
    }

    public String parameter() {
        return parameter;
    }

    String column() {
        return column;
    }

    boolean descending() {
        return descending;
    }

    boolean byTime() {
        return column.equals("opened_at");
    }

    public static CaseSort fromParameter(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT;
        }
        for (CaseSort sort : values()) {
            if (sort.parameter.equals(value)) {
                return sort;
            }
        }
        return null;
    }

    public static String allowed() {
        return Arrays.stream(values()).map(CaseSort::parameter).collect(Collectors.joining(", "));
    }
}
