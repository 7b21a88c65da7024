package org.casework.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void theVersionIsAStrongEntityTag() {
        assertEquals("\"7\"", EntityTags.of(7));
    }

    @Test
    void acceptsTheCurrentVersionAWildcardOrAListContainingIt() {
        assertDoesNotThrow(() -> EntityTags.require("\"3\"", 3));
        assertDoesNotThrow(() -> EntityTags.require("*", 3));
        assertDoesNotThrow(() -> EntityTags.require("\"1\", \"3\"", 3));
    }

    @Test
    void refusesAStaleVersionWith412() {
        ProblemException e = assertThrows(ProblemException.class, () -> EntityTags.require("\"2\"", 3));
        assertEquals(412, e.problem().getStatus());
        assertEquals("\"3\"", e.headers().get("ETag"));
    }

    @Test
    void refusesAWeakTagBecauseIfMatchComparesStrongly() {
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.require("W/\"3\"", 3)).problem().getStatus());
    }

    @Test
    void requiresIfMatchWith428WhereAnUpdateNeedsIt() {
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.require(null, 3)).problem().getStatus());
        assertDoesNotThrow(() -> EntityTags.checkIfPresent(null, 3));
    }

    @Test
    void refusesAnIfMatchLongerThanTheDocumentedBoundWith400() {
        String tooLong = "\"3\"," + " ".repeat(EntityTags.MAX_IF_MATCH_LENGTH);
        assertEquals(400, assertThrows(ProblemException.class, () -> EntityTags.require(tooLong, 3)).problem().getStatus());
    }
}
