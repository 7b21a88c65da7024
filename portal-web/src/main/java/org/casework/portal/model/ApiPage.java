package org.casework.portal.model;

import java.util.List;
import java.util.Optional;

/** A keyset page as the APIs answer it: the items and the cursor of the next page, if any. */
public record ApiPage<T>(List<T> items, Optional<String> next) {

    public ApiPage {
        items = items == null ? List.of() : items;
        next = next == null ? Optional.empty() : next;
    }
}
