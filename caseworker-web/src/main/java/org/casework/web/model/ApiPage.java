package org.casework.web.model;

import java.util.List;
import java.util.Optional;

/** One page of a keyset-paged list: its items and the cursor of the next page, if there is one. */
public record ApiPage<T>(List<T> items, Optional<String> next) {

    public ApiPage {
        items = items == null ? List.of() : List.copyOf(items);
        next = next == null ? Optional.empty() : next;
    }

    public static <T> ApiPage<T> empty() {
        return new ApiPage<>(List.of(), Optional.empty());
    }
}
