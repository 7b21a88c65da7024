package org.casework.notifications.service;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notifications.domain.ContactList;
import org.casework.notifications.repository.ContactRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.http.EntityTags;
import org.casework.platform.security.CallerContext;

/** The register of contacts: read and replaced by staff, each read and change audited. */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;

    public ContactService(ContactRepository contacts, AuditTrail audit, CallerContext caller, Clock clock) {
        this.contacts = contacts;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ContactRepository.Stored read(String organisationId) {
        ContactRepository.Stored stored = contacts.find(organisationId);
        audit.record("contacts.read", "organisation-contacts", organisationId, Map.of());
        return stored;
    }

    /**
     * Replaces the list. If-Match is required once a list exists (a lost update is a 412); the first list may be
     * stored without it, or with the ETag "0" that the empty list answers.
     */
    @Transactional
    public ContactRepository.Stored replace(String organisationId, ContactList list, String ifMatch) {
        String by = caller.get().subject();
        long current = contacts.lockVersion(organisationId, clock.instant(), by);
        if (current == 0) {
            EntityTags.checkIfPresent(ifMatch, current);
        } else {
            EntityTags.require(ifMatch, current);
        }
        long version = contacts.replace(organisationId, list, current, by, clock.instant());
        // the audit names how many and which receive notices, not the people (their details stay in the register)
        audit.record("contacts.replaced", "organisation-contacts", organisationId, Map.of(
                "contacts", String.valueOf(list.contacts().size()),
                "statutory", String.valueOf(list.statutory().size()),
                "version", String.valueOf(version)));
        return new ContactRepository.Stored(organisationId, version, list);
    }
}
