package org.casework.notifications.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.notifications.domain.Contact;
import org.casework.notifications.domain.ContactList;

/** The register of contacts: one list per organisation, with its version. */
@ApplicationScoped
public class ContactRepository {

    /** An organisation's list as stored, with the version its ETag names. */
    public record Stored(String organisationId, long version, ContactList contacts) {
    }

    private final EntityManager em;

    public ContactRepository(EntityManager em) {
        this.em = em;
    }

    /** The organisation's list; an organisation never given contacts has the empty list at version 0. */
    public Stored find(String organisationId) {
        long v = version(organisationId, false).orElse(0L);
        return new Stored(organisationId, v, v == 0 ? new ContactList(List.of()) : contacts(organisationId));
    }

    /**
     * The list's version, its row locked for the rest of the transaction; 0 for an organisation never given
     * contacts (its row is made here, so two first replacements at once queue on it as later ones do).
     */
    public long lockVersion(String organisationId, Instant at, String by) {
        em.createNativeQuery("insert into contact_list (organisation_id, version, updated_at, updated_by) "
                + "values (?1, 0, ?2, ?3) on conflict (organisation_id) do nothing")
                .setParameter(1, organisationId).setParameter(2, Timestamp.from(at)).setParameter(3, by).executeUpdate();
        return version(organisationId, true).orElseThrow();
    }

    /** Replaces the list locked by {@link #lockVersion}; answers the new version. */
    public long replace(String organisationId, ContactList list, long currentVersion, String by, Instant at) {
        long next = currentVersion + 1;
        em.createNativeQuery("update contact_list set version = ?2, updated_at = ?3, updated_by = ?4 "
                + "where organisation_id = ?1")
                .setParameter(1, organisationId).setParameter(2, next).setParameter(3, Timestamp.from(at))
                .setParameter(4, by).executeUpdate();
        em.createNativeQuery("delete from contact where organisation_id = ?1").setParameter(1, organisationId)
                .executeUpdate();
        List<Contact> contacts = list.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            em.createNativeQuery("insert into contact (organisation_id, position, name, email, role, "
                    + "receives_statutory_notices) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, organisationId).setParameter(2, i).setParameter(3, c.name())
                    .setParameter(4, c.email()).setParameter(5, c.role()).setParameter(6, c.receivesStatutoryNotices())
                    .executeUpdate();
        }
        return next;
    }

    private Optional<Long> version(String organisationId, boolean lock) {
        List<?> rows = em.createNativeQuery("select version from contact_list where organisation_id = ?1"
                + (lock ? " for update" : "")).setParameter(1, organisationId).getResultList();
        return rows.stream().findFirst().map(v -> ((Number) v).longValue());
    }

    @SuppressWarnings("unchecked")
    private ContactList contacts(String organisationId) {
        List<Object[]> rows = em.createNativeQuery("select name, email, role, receives_statutory_notices from contact "
                + "where organisation_id = ?1 order by position").setParameter(1, organisationId).getResultList();
        return new ContactList(rows.stream()
                .map(r -> new Contact((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3])).toList());
    }
}
