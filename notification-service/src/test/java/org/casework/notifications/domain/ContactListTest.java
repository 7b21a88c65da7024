package org.casework.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContactListTest {

    @Test
    void statutoryNoticesGoOnlyToTheContactsRegisteredForThem() {
        ContactList list = new ContactList(List.of(
                new Contact("Betty Holberton", "betty@nhs-supplier.example", "Data protection officer", true),
                new Contact("Press Office", "press@nhs-supplier.example", "Communications", false)));
        assertEquals(List.of("betty@nhs-supplier.example"), list.statutory().stream().map(Contact::email).toList());
    }

    @Test
    void anAddressTwiceIsRefusedNamingTheSecond() {
        InvalidContacts e = assertThrows(InvalidContacts.class, () -> new ContactList(List.of(
                new Contact("A", "dpo@example.org", "DPO", true), new Contact("B", "DPO@EXAMPLE.ORG", "Legal", false))));
        assertEquals("contacts[1].email", e.field());
    }

    @Test
    void moreThanTwentyContactsAreRefused() {
        assertThrows(InvalidContacts.class, () -> new ContactList(Collections.nCopies(21,
                new Contact("A", "a@example.org", "DPO", true))));
    }

    @Test
    void anAddressIsAPlainMailboxThatCannotAddAHeaderOrARecipient() {
        assertTrue(EmailAddress.isValid("data.protection+notices@nhs-supplier.example"));
        assertFalse(EmailAddress.isValid("betty@example.org\r\nBcc: all@example.org"));
        assertFalse(EmailAddress.isValid("a@example.org, b@example.org"));
        assertFalse(EmailAddress.isValid("Betty <betty@example.org>"));
        assertFalse(EmailAddress.isValid("betty@localhost"));
        assertFalse(EmailAddress.isValid("x".repeat(65) + "@example.org"));
        assertFalse(EmailAddress.isValid("a@" + "b".repeat(250) + ".org"));
    }

    @Test
    void theDomainIsKeptInLowerCaseAndTheLocalPartAsGiven() {
        assertEquals("Betty@nhs-supplier.example", new Contact("B", "Betty@NHS-Supplier.example", "DPO", true).email());
    }
}
