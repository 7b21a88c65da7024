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
        assertEquals(true, resolved.get(0).addressGiven());
        assertEquals("05965280", resolved.get(0).companyNumber());
    }

    @Test
    void anAddressTheSameAsTheCasesIsTheCasesAndFollowsIt() {
        List<Recipient> resolved = NoticeRecipients.resolve(
                List.of(new Recipient("x", "02031639", "  Ditton Park,   Datchet ")), ENTITIES, "INV-2024-000001");
        assertEquals(new Recipient("Advanced Health and Care Limited", "02031639", "Ditton Park, Datchet", false),
                resolved.get(0));
    }

    @Test
    void aDraftsRecipientsFollowTheCasesCorrectedNamesAndAddresses() {
        // Sch 16 para 3(1)(a): the notice must state the name and address of the person it is given to
        List<Recipient> drafted = List.of(new Recipient("Advanced Health and Care Limited", "02031639", null),
                new Recipient("Advanced Computer Software Group Limited", "05965280", "Legal dept, Ditton Park", true));
        List<Recipient> corrected = List.of(
                new Recipient("Advanced Computer Software Group Ltd", "05965280", "Ditton Park, Riding Court Road"),
                new Recipient("Advanced Health and Care Ltd", "02031639", "Ditton Park, Riding Court Road"));
        NoticeRecipients.Followed followed = NoticeRecipients.follow(drafted, corrected);
        assertEquals(List.of(new Recipient("Advanced Health and Care Ltd", "02031639", "Ditton Park, Riding Court Road"),
                new Recipient("Advanced Computer Software Group Ltd", "05965280", "Legal dept, Ditton Park", true)),
                followed.recipients());
        assertEquals(List.of(), followed.notOfCase());
    }

    @Test
    void aRecipientNoLongerOfTheCaseIsKeptAndReported() {
        NoticeRecipients.Followed followed = NoticeRecipients.follow(
                List.of(new Recipient("Gone Ltd", "99999999", "Somewhere"), ENTITIES.get(0)), ENTITIES);
        assertEquals(List.of(0), followed.notOfCase());
        assertEquals("Gone Ltd", followed.recipients().get(0).name());
    }

    @Test
    void refusesARecipientThatIsNotALegalEntityOfTheCase() {
        ProblemException e = assertThrows(ProblemException.class, () -> NoticeRecipients.resolve(
                List.of(new Recipient("Someone Else Ltd", null, null)), ENTITIES, "INV-2024-000001"));
        assertEquals(422, e.problem().getStatus());
    }
}
