package org.casework.notices.domain;

import java.util.List;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.ProblemException;

/**
 * The register's one rule for every final decision, a notice's or a fixed penalty's penalty notice: published unless
 * there is a good reason not to, and that reason is recorded (DESIGN §2, publication).
 */
public final class Publication {

    private Publication() {
    }

    /** Refuses (422, on {@code withheldReason}) withholding without a reason. */
    public static void requireReasonToWithhold(boolean publish, String withheldReason) {
        if (!publish && (withheldReason == null || withheldReason.isBlank())) {
            throw ProblemException.unprocessable("withheld-reason-required", "Reason required",
                    "Withholding a decision from publication needs the reason, which is recorded")
                    .with("errors", List.of(new FieldError("withheldReason", "is required to withhold it from the register")));
        }
    }
}
