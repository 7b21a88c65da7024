package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class NoticeRecipientsTest {

    private static final List<Recipient> ENTITIES = List.of(
            new Recipient("Advanced Computer Software Group Limited", "05965280", "Ditton Park, Datchet"),
            new Recipient("Advanced Health and Care Limited", "02031639", "Ditton Park, Datchet"));

    @Test
    void takesTheNameAndAddressOfTheCasesLegalEntity() {
        List<Recipient> resolved = NoticeRecipients.resolve(List.of(new Recipient("whatever", "02031639", null)),
                ENTITIES, "INV-2024-000001");
        assertEquals(List.of(new Recipient("Advanced Health and Care Limited", "02031639", "Ditton Park, Datchet")),
                resolved);
    }

    @Test
    void matchesByNameWhenNoCompanyNumberIsGivenAndKeepsAGivenAddress() {
        List<Recipient> resolved = NoticeRecipients.resolve(
                List.of(new Recipient("  advanced computer software group limited ", null, "Legal dept, Ditton Park")),
                ENTITIES, "INV-2024-000001");
        assertEquals("Legal dept, Ditton Park", resolved.get(0).address());
        assertEquals("05965280", resolved.get(0).companyNumber());
    }

    @Test
    void refusesARecipientThatIsNotALegalEntityOfTheCase() {
        ProblemException e = assertThrows(ProblemException.class, () -> NoticeRecipients.resolve(
                List.of(new Recipient("Someone Else Ltd", null, null)), ENTITIES, "INV-2024-000001"));
        assertEquals(422, e.problem().getStatus());
    }
}
