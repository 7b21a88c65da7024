package org.casework.cases.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IncidentDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void acceptsTheReferenceBreachDates() {
        assertDoesNotThrow(() -> IncidentDates.check(LocalDate.of(2022, 8, 4), LocalDate.of(2022, 8, 4),
                LocalDate.of(2022, 8, 6), TODAY));
    }

    @Test
    void acceptsUnknownDates() {
        assertDoesNotThrow(() -> IncidentDates.check(null, null, null, TODAY));
    }

    @Test
    void refusesADiscoveryBeforeTheIncidentAndAReportBeforeTheDiscovery() {
        ProblemException e = assertThrows(ProblemException.class, () -> IncidentDates.check(LocalDate.of(2022, 8, 4),
                LocalDate.of(2022, 8, 3), LocalDate.of(2022, 8, 2), TODAY));
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) e.problem().getExtensions().get("errors");
        assertEquals(List.of("incident.discoveredOn", "incident.reportedOn"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void refusesDatesInTheFutureOrBefore1900() {
        assertThrows(ProblemException.class, () -> IncidentDates.check(TODAY.plusDays(1), null, null, TODAY));
        assertThrows(ProblemException.class, () -> IncidentDates.check(LocalDate.of(1899, 12, 31), null, null, TODAY));
        assertDoesNotThrow(() -> IncidentDates.check(TODAY, TODAY, TODAY, TODAY));
    }
}
