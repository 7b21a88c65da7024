package org.casework.notices.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.platform.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    public Notice require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Notice " + id));
    }

    /** Loads and locks a notice for a change: changes to one notice run one after another. */
    public Notice lockForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
    }

    /** A page of a case's notices in the order they were drafted (keyset on created_at, id). */
    public List<Notice> ofCase(UUID caseId, Instant afterCreated, UUID afterId, int limit) {
        if (afterCreated == null) {
            return find("caseId = ?1 order by createdAt, id", caseId).range(0, limit - 1).list();
        }
        return find("caseId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                caseId, afterCreated, afterId).range(0, limit - 1).list();
    }

    /** Every case's drafts, oldest first (keyset on created_at, id; the partial index notice_drafts). */
    public List<Notice> drafts(Instant afterCreated, UUID afterId, int limit) {
        if (afterCreated == null) {
            return find("status = ?1 order by createdAt, id", NoticeStatus.DRAFT).range(0, limit - 1).list();
        }
        return find("status = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                NoticeStatus.DRAFT, afterCreated, afterId).range(0, limit - 1).list();
    }

    /** The notice of intent a case's penalty notice rests on: the one given and not withdrawn, if any. */
    public Optional<Notice> liveNoticeOfIntent(UUID caseId) {
        return find("caseId = ?1 and type = ?2 and status = ?3 order by issuedOn desc", caseId,
                NoticeType.NOTICE_OF_INTENT, NoticeStatus.ISSUED).firstResultOptional();
    }

    /**
     * The public register: issued, published final decisions, newest first (keyset on issued_on, id); an enforcement
     * notice cancelled (DPA 2018 s.153) stays listed, marked cancelled.
     */
    public List<Notice> register(LocalDate afterIssuedOn, UUID afterId, int limit) {
        String base = "(status = ?1 or (status = 'CANCELLED' and type = 'ENFORCEMENT_NOTICE')) and publish = true "
                + "and type in ?2";
        List<NoticeType> types = List.of(NoticeType.PENALTY_NOTICE, NoticeType.ENFORCEMENT_NOTICE, NoticeType.REPRIMAND);
        if (afterIssuedOn == null) {
            return find(base + " order by issuedOn desc, id desc", NoticeStatus.ISSUED, types).range(0, limit - 1).list();
        }
        return find(base + " and (issuedOn < ?3 or (issuedOn = ?3 and id < ?4)) order by issuedOn desc, id desc",
                NoticeStatus.ISSUED, types, afterIssuedOn, afterId).range(0, limit - 1).list();
    }

    /**
     * The portal's page of notices given to one organisation (issued, later withdrawn or cancelled; never a draft),
     * newest first (keyset on issued_on, id, both descending).
     */
    public List<Notice> givenTo(String organisationId, LocalDate beforeGivenOn, UUID beforeId, int limit) {
        String base = "organisationId = ?1 and status <> ?2 and issuedOn is not null";
        if (beforeGivenOn == null) {
            return find(base + " order by issuedOn desc, id desc", organisationId, NoticeStatus.DRAFT)
                    .range(0, limit - 1).list();
        }
        return find(base + " and (issuedOn < ?3 or (issuedOn = ?3 and id < ?4)) order by issuedOn desc, id desc",
                organisationId, NoticeStatus.DRAFT, beforeGivenOn, beforeId).range(0, limit - 1).list();
    }

    /** Issued notices given on or after {@code since}: the ones that can still have deadlines ahead. */
    public List<Notice> issuedSince(LocalDate since) {
        return find("status = ?1 and issuedOn >= ?2 order by issuedOn, id", NoticeStatus.ISSUED, since).list();
    }

    /** Of these notices of intent, the ones a penalty notice has been given on. */
    public java.util.Set<UUID> followedByPenaltyNotice(java.util.Collection<UUID> noticesOfIntent) {
        if (noticesOfIntent.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(find("noticeOfIntentId in ?1 and status = ?2", noticesOfIntent, NoticeStatus.ISSUED)
                .project(NoticeOfIntentRef.class).list().stream().map(NoticeOfIntentRef::noticeOfIntentId).toList());
    }

    public record NoticeOfIntentRef(UUID noticeOfIntentId) {
    }

    /** Issues decided but not completed before {@code before}: the reconciliation job's work. */
    public List<UUID> pendingIssuesBefore(Instant before, int limit) {
        return find("pendingIssue.key is not null and pendingIssue.requestedAt < ?1 and status = ?2 "
                + "order by pendingIssue.requestedAt", before, NoticeStatus.DRAFT)
                .range(0, limit - 1).project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    /** Issued notices of intent, issued before {@code before}, whose representation window is not confirmed open. */
    public List<UUID> windowsToOpenBefore(Instant before, int limit) {
        return find("type = ?1 and status = ?2 and representationWindowOpenedAt is null and issuedAt < ?3 order by issuedAt",
                NoticeType.NOTICE_OF_INTENT, NoticeStatus.ISSUED, before)
                .range(0, limit - 1).project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    public record IdOnly(UUID id) {
    }

    /** The next number of a type's references in a year; the counter row serialises concurrent drafts. */
    public long nextReferenceNumber(String prefix, int year) {
        Object value = getEntityManager().createNativeQuery("""
                insert into notice_reference_counter (prefix, year, last_number) values (?1, ?2, 1)
                on conflict (prefix, year) do update set last_number = notice_reference_counter.last_number + 1
                returning last_number""")
                .setParameter(1, prefix)
                .setParameter(2, year)
                .getSingleResult();
        return ((Number) value).longValue();
    }
}
