package org.casework.web.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What an enforcement, information or assessment notice requires, as notice-service answers it on the notice
 * ({@code enforcement}, {@code information}, {@code assessment}): each is present on its own type only.
 */
public final class NoticeTerms {

    private NoticeTerms() {
    }

    /** DPA 2018 s.149-150: the failures, urgency with its reasons, and the steps each with its compliance date. */
    public record Enforcement(Optional<String> failures, boolean urgent, Optional<String> urgencyReasons,
            List<Step> steps) {

        public Enforcement {
            failures = Lists.orEmpty(failures);
            urgencyReasons = Lists.orEmpty(urgencyReasons);
            steps = Lists.orEmpty(steps);
        }
    }

    /** {@code status}: the finding on a given notice's step (PENDING, COMPLIED, NOT_COMPLIED); none on a draft. */
    public record Step(String text, Optional<LocalDate> complianceDate, Optional<String> status) {

        public Step {
            complianceDate = Lists.orEmpty(complianceDate);
            status = Lists.orEmpty(status);
        }
    }

    /** DPA 2018 s.142: the limb it is given under, the information, its form, and the period in days. */
    public record Information(Optional<String> basis, Optional<String> information, Optional<String> form,
            Optional<Integer> complianceDays, boolean urgent, Optional<String> urgencyReasons) {

        public Information {
            basis = Lists.orEmpty(basis);
            information = Lists.orEmpty(information);
            form = Lists.orEmpty(form);
            complianceDays = Lists.orEmpty(complianceDays);
            urgencyReasons = Lists.orEmpty(urgencyReasons);
        }
    }

    /** DPA 2018 s.146-147: what is inspected and when, documents, people, urgency, the exempt-body check. */
    public record Assessment(Optional<String> inspection, Optional<LocalDate> inspectOn, Optional<LocalTime> inspectAt,
            Optional<String> documents, Optional<String> people, boolean urgent, Optional<String> urgencyReasons,
            boolean recipientNotExempt, Optional<String> exemptionCheck, Optional<String> exemptionConfirmedBy) {

        public Assessment {
            inspection = Lists.orEmpty(inspection);
            inspectOn = Lists.orEmpty(inspectOn);
            inspectAt = Lists.orEmpty(inspectAt);
            documents = Lists.orEmpty(documents);
            people = Lists.orEmpty(people);
            urgencyReasons = Lists.orEmpty(urgencyReasons);
            exemptionCheck = Lists.orEmpty(exemptionCheck);
            exemptionConfirmedBy = Lists.orEmpty(exemptionConfirmedBy);
        }
    }
}
