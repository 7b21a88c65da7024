package org.casework.web.model;

import java.util.List;
import java.util.Optional;

/** What the records' constructors do with a value JSON left out: an empty list or an empty Optional, never null. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
