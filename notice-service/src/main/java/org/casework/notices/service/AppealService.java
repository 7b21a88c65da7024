package org.casework.notices.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.Appeal;
import org.casework.notices.domain.AppealRules;
import org.casework.notices.domain.AppealStatus;
import org.casework.notices.domain.ChangeSource;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.notices.events.AppealEvents;
import org.casework.notices.repository.AppealRepository;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.limits.RecordLimit;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Recording an appeal against a notice (DPA 2018 s.162(1)) and the tribunal's outcome (s.163). The rules are
 * checked, then, for a final decision, the case moved (DECIDED → APPEALED and back; an information or assessment
 * notice moves no case), then the appeal written with the rules checked again
 * under the notice's lock; a refusal or a failure of case-service changes nothing here.
 */
@ApplicationScoped
public class AppealService {

    static final String RESOURCE = "appeal";

    private final NoticeRepository notices;
    private final AppealRepository appeals;
    private final PenaltyChangeService changes;
    private final AppealCaseMoves moves;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;
    private final AppealEvents domainEvents;

    public AppealService(NoticeRepository notices, AppealRepository appeals, PenaltyChangeService changes,
            AppealCaseMoves moves, AuditTrail audit, CallerContext caller, Clock clock, AppealEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.notices = notices;
        this.appeals = appeals;
        this.changes = changes;
        this.moves = moves;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    public record Lodged(LocalDate lodgedOn, String tribunalReference, String grounds, boolean lateAppealAdmitted,
            String lateAppealReason) {
    }

    public record Outcome(AppealStatus outcome, LocalDate decidedOn, String note, BigDecimal amount,
            Integer paymentDays,
            String terms) {
    }

    public Appeal record(UUID noticeId, Lodged in) {
        Notice n = notices.require(noticeId);
        check(n, in);
        long number = appeals.countOfNotice(noticeId) + 1;
        if (AppealRules.movesCase(n.type)) {
            moves.move(n, "APPEALED", "Appeal " + in.tribunalReference() + " against " + n.reference + " lodged on "
                    + in.lodgedOn(), AppealCaseMoves.key("appeal", noticeId, number));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Notice locked = notices.lockForChange(noticeId);
            RecordLimit.requireRoom(appeals.count("noticeId", noticeId), NoticeLimits.APPEALS,
                    "appeals against a notice");
            check(locked, in);
            Instant now = now();
            Appeal a = new Appeal();
            a.id = UUID.randomUUID();
            a.noticeId = noticeId;
            a.lodgedOn = in.lodgedOn();
            a.appealDueOn = AppealRules.appealDueOn(locked.issuedOn, locked.appealDueOn);
            a.workingDayDueOn = StatutoryPeriods.lastDayInTime(a.appealDueOn);
            a.lateAppealAdmitted = in.lodgedOn().isAfter(a.workingDayDueOn) && in.lateAppealAdmitted();
            a.lateAppealReason = a.lateAppealAdmitted ? in.lateAppealReason() : null;
            a.tribunalReference = in.tribunalReference();
            a.grounds = in.grounds();
            a.recordedBy = caller.get().subject();
            a.recordedAt = now;
            if (AppealRules.losesSettlement(locked.settlement)) {
                loseSettlement(locked, in.lodgedOn());
                a.settlementLost = true;
            }
            locked.appealPending = true;
            locked.touch(now);
            appeals.persist(a);
            Map<String, String> details = new HashMap<>();
            details.put("noticeId", noticeId.toString());
            details.put("lodgedOn", a.lodgedOn.toString());
            details.put("workingDayDueOn", a.workingDayDueOn.toString());
            details.put("lateAppealAdmitted", String.valueOf(a.lateAppealAdmitted));
            details.put("settlementLost", String.valueOf(a.settlementLost));
            audit.record("appeal.recorded", RESOURCE, a.id.toString(), details);
            domainEvents.lodged(locked, a);
            appeals.flush();
            return a;
        });
    }

    private void check(Notice n, Lodged in) {
        AppealRules.requireAppealable(n.type, n.status, n.reference);
        AppealRules.requireNoPendingAppeal(appeals.pendingFor(n.id) || n.appealPending, n.reference);
        AppealRules.requireLodgedOn(LondonCalendar.today(clock), n.issuedOn, in.lodgedOn());
        LocalDate inTime = StatutoryPeriods.lastDayInTime(AppealRules.appealDueOn(n.issuedOn, n.appealDueOn));
        AppealRules.requireInTime(in.lodgedOn(), inTime, in.lateAppealAdmitted(), in.lateAppealReason());
    }

    /**
     * The discount was given for waiving the appeal, so it is lost: the amount due goes back to the amount before
     * it. A notice varied since is left at its varied amount, which the regulator set knowing the settlement.
     */
    private static void loseSettlement(Notice n, LocalDate on) {
        n.settlement.lostOn = on;
        if (n.calculation != null && n.variations.isEmpty()) {
            n.amount = AppealRules.amountBeforeSettlement(n.calculation);
        }
    }

    public Appeal decide(UUID appealId, Outcome in) {
        Appeal a = appeals.require(appealId);
        Notice n = notices.require(a.noticeId);
        checkOutcome(a, n, in);
        if (AppealRules.movesCase(n.type)) {
            moves.move(n, "DECIDED", "Appeal " + a.tribunalReference + " " + in.outcome().name().toLowerCase(),
                    AppealCaseMoves.key("appeal-outcome", appealId, 1));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Notice locked = notices.lockForChange(a.noticeId);
            Appeal current = appeals.lockForChange(appealId);
            checkOutcome(current, locked, in);
            Instant now = now();
            current.status = in.outcome();
            current.outcomeDecidedOn = in.decidedOn();
            current.outcomeNote = in.note();
            current.outcomeAmount = in.amount();
            current.outcomePaymentDays = in.paymentDays();
            current.outcomeTerms = in.terms();
            current.outcomeDecidedBy = caller.get().subject();
            current.outcomeDecidedAt = now;
            String tribunal = "First-tier Tribunal, appeal " + current.tribunalReference + ", decided " + in.decidedOn()
                    + ": " + in.note();
            if (in.outcome() == AppealStatus.ALLOWED) {
                changes.applyCancellation(locked, ChangeSource.TRIBUNAL, tribunal);
            } else if (in.outcome() == AppealStatus.VARIED) {
                changes.applyVariation(locked, ChangeSource.TRIBUNAL, current.id, in.amount(), in.paymentDays(),
                        in.terms(), tribunal);
            }
            locked.appealPending = false;
            locked.touch(now);
            audit.record("appeal.decided", RESOURCE, current.id.toString(), Map.of("noticeId", locked.id.toString(),
                    "outcome", in.outcome().name(), "decidedOn", in.decidedOn().toString()));
            domainEvents.decided(locked, current);
            appeals.flush();
            return current;
        });
    }

    private void checkOutcome(Appeal a, Notice n, Outcome in) {
        AppealRules.requirePending(a.status);
        AppealRules.requireOutcomeFits(in.outcome(), in.amount(), in.paymentDays(), in.terms());
        AppealRules.requireDecidedOn(LondonCalendar.today(clock), a.lodgedOn, in.decidedOn());
        if (in.outcome() == AppealStatus.VARIED) {
            AppealRules.requireSubstitutable(n, in.amount(), in.paymentDays());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
