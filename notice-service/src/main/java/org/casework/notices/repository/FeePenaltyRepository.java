package org.casework.notices.repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.domain.fee.FeePenaltyStatus;
import org.casework.platform.problem.ProblemException;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Fixed penalties for unpaid charges. An upload writes its rows with one JDBC batch and checks them against the
 * table with one query, whatever their number (no statement per row); the later steps load one penalty, locked.
 */
@ApplicationScoped
public class FeePenaltyRepository implements PanacheRepositoryBase<FeePenalty, UUID> {

    private static final String INSERT = """
            insert into fee_penalty (id, batch_id, organisation_id, organisation_name, reference, tier,
                charge_period_start, charge, fixed_amount, aggravated_amount, aggravation_reason, statutory_maximum,
                status, notice_of_intent_given_on, representations_due_on, penalty_notice_deadline, created_at,
                updated_by, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    public FeePenalty require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Fixed penalty " + id));
    }

    /** Loads and locks a penalty for a change: changes to one penalty run one after another. */
    public FeePenalty lockForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Fixed penalty " + id));
    }

    /**
     * The portal's page of one organisation's fixed penalties, newest first by the day their latest notice was given
     * (the penalty notice once given, else the notice of intent), then id, both descending.
     */
    public List<FeePenalty> givenTo(String organisationId, LocalDate beforeGivenOn, UUID beforeId, int limit) {
        String given = "coalesce(penaltyNoticeGivenOn, noticeOfIntentGivenOn)";
        if (beforeGivenOn == null) {
            return find("organisationId = ?1 order by " + given + " desc, id desc", organisationId)
                    .range(0, limit - 1).list();
        }
        return find("organisationId = ?1 and (" + given + " < ?2 or (" + given + " = ?2 and id < ?3)) order by "
                + given + " desc, id desc", organisationId, beforeGivenOn, beforeId).range(0, limit - 1).list();
    }

    /**
     * The register's page of fixed penalties: those whose penalty notice was given and is published, newest first
     * by the day it was given, then id, both descending (index {@code fee_penalty_register}).
     */
    public List<FeePenalty> register(LocalDate beforeGivenOn, UUID beforeId, int limit) {
        String base = "penaltyNoticeGivenOn is not null and publish = true";
        if (beforeGivenOn == null) {
            return find(base + " order by penaltyNoticeGivenOn desc, id desc").range(0, limit - 1).list();
        }
        return find(base + " and (penaltyNoticeGivenOn < ?1 or (penaltyNoticeGivenOn = ?1 and id < ?2)) "
                + "order by penaltyNoticeGivenOn desc, id desc", beforeGivenOn, beforeId).range(0, limit - 1).list();
    }

    /** Of these charges (organisation id and charge period start), the ones already penalised: charge key → id. */
    public Map<String, UUID> penalisedAmong(List<String> organisationIds, List<LocalDate> chargePeriodStarts) {
        Map<String, UUID> found = new HashMap<>();
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select p.organisation_id, p.charge_period_start, p.id from fee_penalty p
                    join unnest(?, ?) as wanted(organisation_id, charge_period_start)
                      on p.organisation_id = wanted.organisation_id and p.charge_period_start = wanted.charge_period_start""")) {
                s.setArray(1, c.createArrayOf("varchar", organisationIds.toArray()));
                s.setArray(2, c.createArrayOf("date", chargePeriodStarts.stream().map(Date::valueOf).toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.put(key(rs.getString(1), rs.getDate(2).toLocalDate()), rs.getObject(3, UUID.class));
                    }
                }
            }
        });
        return found;
    }

    public static String key(String organisationId, LocalDate chargePeriodStart) {
        return organisationId + "|" + chargePeriodStart;
    }

    /** Writes new penalties in one JDBC batch, in the caller's transaction. */
    public void insertAll(List<FeePenalty> penalties) {
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                for (FeePenalty p : penalties) {
                    s.setObject(1, p.id);
                    s.setObject(2, p.batchId);
                    s.setString(3, p.organisationId);
                    s.setString(4, p.organisationName);
                    s.setString(5, p.reference);
                    s.setShort(6, p.tier);
                    s.setObject(7, p.chargePeriodStart);
                    s.setBigDecimal(8, p.charge);
                    s.setBigDecimal(9, p.fixedAmount);
                    s.setObject(10, p.aggravatedAmount, Types.NUMERIC);
                    s.setString(11, p.aggravationReason);
                    s.setBigDecimal(12, p.statutoryMaximum);
                    s.setString(13, p.status.name());
                    s.setObject(14, p.noticeOfIntentGivenOn);
                    s.setObject(15, p.representationsDueOn);
                    s.setObject(16, p.penaltyNoticeDeadline);
                    s.setTimestamp(17, Timestamp.from(p.createdAt));
                    s.setString(18, p.updatedBy);
                    s.setTimestamp(19, Timestamp.from(p.updatedAt));
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    /** A page of penalties, oldest notice of intent first (keyset on notice_of_intent_given_on, id). */
    public List<FeePenalty> page(FeePenaltyStatus status, UUID batchId, LocalDate afterGiven, UUID afterId, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (batchId != null) {
            where.add("batchId = :batchId");
            params.put("batchId", batchId);
        }
        if (afterGiven != null) {
            where.add("(noticeOfIntentGivenOn > :afterGiven or (noticeOfIntentGivenOn = :afterGiven and id > :afterId))");
            params.put("afterGiven", afterGiven);
            params.put("afterId", afterId);
        }
        String order = "order by noticeOfIntentGivenOn, id";
        String query = where.isEmpty() ? order : String.join(" and ", where) + " " + order;
        return find(query, params).range(0, limit - 1).list();
    }
}
