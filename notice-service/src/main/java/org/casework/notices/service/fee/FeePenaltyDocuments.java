package org.casework.notices.service.fee;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.domain.fee.FeePenaltyStatus;
import org.casework.notices.repository.FeePenaltyRepository;
import org.casework.notices.service.document.FeePenaltyNoticeText;
import org.casework.notices.service.document.FeePenaltyNoticeText.Step;
import org.casework.notices.service.document.NoticePdfRenderer;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.digest.Sha256;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/**
 * The PDFs of a fixed penalty's notice of intent and penalty notice. They are not stored: each is laid out when asked
 * for, reproducibly, from fields the penalty fixed when that notice was given (never updated after), so the same
 * notice always has the same bytes and SHA-256. Reading one is audited with its SHA-256.
 */
@ApplicationScoped
public class FeePenaltyDocuments {

    private final FeePenaltyRepository penalties;
    private final AuditTrail audit;

    public FeePenaltyDocuments(FeePenaltyRepository penalties, AuditTrail audit) {
        this.penalties = penalties;
        this.audit = audit;
    }

    /** One notice of a penalty as a PDF, with its SHA-256 (lowercase hex) and the step it is. */
    public record Rendered(String reference, Step step, byte[] content, String sha256) {
    }

    /** The regulator's read of a penalty's document; {@code step} as sent (null: the latest notice given). */
    @Transactional
    public Rendered read(UUID id, String step) {
        Step wanted = step(step);
        return audited(penalties.require(id), wanted);
    }

    /** The document of a penalty already checked to be the caller's to see; audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Rendered audited(FeePenalty p, Step wanted) {
        Rendered r = render(p, wanted);
        audit.record("fee-penalty.document-read", FeePenaltyService.RESOURCE, p.id.toString(),
                Map.of("step", r.step().pathName(), "documentSha256", r.sha256(), "organisationId", p.organisationId));
        return r;
    }

    /** The notices a penalty has had given, first first. */
    public static List<Step> given(FeePenalty p) {
        return p.penaltyNoticeGivenOn == null ? List.of(Step.NOTICE_OF_INTENT)
                : List.of(Step.NOTICE_OF_INTENT, Step.PENALTY_NOTICE);
    }

    /** Lays out the notice; the penalty notice of a penalty that has none is a 409. */
    public static Rendered render(FeePenalty p, Step wanted) {
        Step step = wanted != null ? wanted : given(p).get(given(p).size() - 1);
        if (step == Step.PENALTY_NOTICE && p.penaltyNoticeGivenOn == null) {
            throw ProblemException.conflict("penalty-notice-not-given", "No penalty notice given", "Fixed penalty "
                    + p.reference + " is " + p.status + (p.status == FeePenaltyStatus.WITHDRAWN
                            ? ": its notice of intent was withdrawn" : "") + "; it has no penalty notice");
        }
        byte[] pdf = NoticePdfRenderer.renderReproducible(FeePenaltyNoticeText.build(p, step));
        return new Rendered(p.reference + "-" + step.pathName(), step, pdf, Sha256.hex(pdf));
    }

    /** The {@code ?step=} as sent: none (the latest), notice-of-intent or penalty-notice; anything else a 400. */
    public static Step step(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        Step s = Step.named(name);
        if (s == null) {
            String message = "must be notice-of-intent or penalty-notice";
            throw new ProblemException(new Problem("invalid-request", "Invalid request", 400, "Parameter 'step' "
                    + message).with("errors", List.of(new FieldError("step", message))));
        }
        return s;
    }
}
