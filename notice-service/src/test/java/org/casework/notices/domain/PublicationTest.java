package org.casework.notices.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A final decision is published unless there is a good reason not to, and the reason is recorded (DESIGN §2). */
class PublicationTest {

    @Test
    void publishingNeedsNoReason() {
        assertDoesNotThrow(() -> Publication.requireReasonToWithhold(true, null));
    }

    @Test
    void withholdingWithoutAReasonIsRefusedOnTheReasonField() {
        ProblemException e = assertThrows(ProblemException.class, () -> Publication.requireReasonToWithhold(false, "  "));
        assertThat(String.valueOf(e.problem().asMap().get("errors")), containsString("withheldReason"));
    }

    @Test
    void withholdingWithAReasonIsAllowed() {
        assertDoesNotThrow(() -> Publication.requireReasonToWithhold(false, "A criminal investigation is under way"));
    }
}
