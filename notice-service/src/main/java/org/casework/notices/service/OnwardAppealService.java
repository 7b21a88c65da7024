package org.casework.notices.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.Appeal;
import org.casework.notices.domain.AppealStatus;
import org.casework.notices.domain.Notice;
import org.casework.notices.events.AppealEvents;
import org.casework.notices.repository.AppealRepository;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An onward appeal from the First-tier Tribunal's decision (to the Upper Tribunal, then the Court of Appeal): noted
 * on the decided appeal, it makes the notice's appeal pending again, and the case APPEALED, until its outcome.
 */
@ApplicationScoped
public class OnwardAppealService {

    private final AppealRepository appeals;
    private final NoticeRepository notices;
    private final AppealCaseMoves moves;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;
    private final AppealEvents domainEvents;

    public OnwardAppealService(AppealRepository appeals, NoticeRepository notices, AppealCaseMoves moves,
            AuditTrail audit, CallerContext caller, Clock clock, AppealEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.appeals = appeals;
        this.notices = notices;
        this.moves = moves;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    public record Onward(LocalDate lodgedOn, String court, String reference, String note) {
    }

    public Appeal lodge(UUID appealId, Onward in) {
        Appeal a = appeals.require(appealId);
        checkLodge(a, in);
        Notice n = notices.require(a.noticeId);
        moves.move(n, "APPEALED", "Onward appeal " + in.reference() + " to the " + in.court(),
                AppealCaseMoves.key("onward", appealId, 1));
        return QuarkusTransaction.requiringNew().call(() -> {
            Notice locked = notices.lockForChange(a.noticeId);
            Appeal current = appeals.lockForChange(appealId);
            checkLodge(current, in);
            Instant now = now();
            current.onwardLodgedOn = in.lodgedOn();
            current.onwardCourt = in.court();
            current.onwardReference = in.reference();
            current.onwardNote = in.note();
            current.onwardRecordedBy = caller.get().subject();
            current.onwardRecordedAt = now;
            locked.appealPending = true;
            locked.touch(now);
            audit.record("appeal.onward", AppealService.RESOURCE, appealId.toString(), Map.of("stage", "lodged",
                    "court", in.court(), "lodgedOn", in.lodgedOn().toString(), "noticeId", locked.id.toString()));
            domainEvents.onwardLodged(locked, current);
            appeals.flush();
            return current;
        });
    }

    public Appeal decide(UUID appealId, LocalDate decidedOn, String note) {
        Appeal a = appeals.require(appealId);
        checkDecide(a, decidedOn);
        Notice n = notices.require(a.noticeId);
        moves.move(n, "DECIDED", "Onward appeal " + a.onwardReference + " decided", AppealCaseMoves.key("onward-outcome", appealId, 1));
        return QuarkusTransaction.requiringNew().call(() -> {
            Notice locked = notices.lockForChange(a.noticeId);
            Appeal current = appeals.lockForChange(appealId);
            checkDecide(current, decidedOn);
            Instant now = now();
            current.onwardDecidedOn = decidedOn;
            current.onwardOutcomeNote = note;
            current.onwardDecidedBy = caller.get().subject();
            current.onwardDecidedAt = now;
            locked.appealPending = false;
            locked.touch(now);
            audit.record("appeal.onward", AppealService.RESOURCE, appealId.toString(), Map.of("stage", "decided",
                    "decidedOn", decidedOn.toString(), "noticeId", locked.id.toString()));
            domainEvents.onwardDecided(locked, current);
            appeals.flush();
            return current;
        });
    }

    private void checkLodge(Appeal a, Onward in) {
        if (a.status == AppealStatus.PENDING) {
            throw ProblemException.conflict("appeal-not-decided", "Appeal not decided",
                    "An onward appeal is from the tribunal's decision: record the outcome first");
        }
        if (a.onwardLodgedOn != null) {
            throw ProblemException.conflict("onward-appeal-recorded", "Onward appeal recorded",
                    "An onward appeal from this decision is already recorded");
        }
        requireBetween(in.lodgedOn(), a.outcomeDecidedOn, "lodgedOn");
    }

    private void checkDecide(Appeal a, LocalDate decidedOn) {
        if (!a.onwardPending()) {
            throw ProblemException.conflict("onward-appeal-not-pending", "No onward appeal pending",
                    "There is no pending onward appeal from this decision to record the outcome of");
        }
        requireBetween(decidedOn, a.onwardLodgedOn, "decidedOn");
    }

    private void requireBetween(LocalDate day, LocalDate from, String field) {
        LocalDate today = LondonCalendar.today(clock);
        if (day.isBefore(from) || day.isAfter(today)) {
            throw ProblemException.unprocessable("date-invalid", "Date not possible",
                    field + " must be between " + from + " and today (" + today + ")");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
