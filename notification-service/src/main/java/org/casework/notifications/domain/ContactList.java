package org.casework.notifications.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An organisation's contacts, replaced as a whole. At most {@value #MAX_CONTACTS}; one entry per address,
 * since a notice must reach each person once.
 */
public record ContactList(List<Contact> contacts) {

    public static final int MAX_CONTACTS = 20;

    public ContactList {
        contacts = List.copyOf(contacts);
        if (contacts.size() > MAX_CONTACTS) {
            throw new InvalidContacts("contacts", "at most " + MAX_CONTACTS + " contacts");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < contacts.size(); i++) {
            if (!seen.add(contacts.get(i).email().toLowerCase(Locale.ROOT))) {
                throw new InvalidContacts("contacts[" + i + "].email", "appears twice in the list");
            }
        }
    }

    /** The addresses that statutory notices go to. */
    public List<Contact> statutory() {
        return contacts.stream().filter(Contact::receivesStatutoryNotices).toList();
    }
}
