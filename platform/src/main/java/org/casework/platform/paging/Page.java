package org.casework.platform.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paged list: the items and the cursor of the next page (null on the last). */
public record Page<T>(@Schema(maxItems = PageLimit.MAX) List<T> items,
        @Schema(description = "Pass as ?after= to get the next page; null on the last page", nullable = true,
                maxLength = Cursor.MAX_LENGTH) String next) {
}
