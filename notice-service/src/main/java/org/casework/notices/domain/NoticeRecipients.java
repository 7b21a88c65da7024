package org.casework.notices.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/**
 * A notice is addressed to legal entities of the case's organisation: each recipient asked for must
 * be one of them (matched by company number, else by name), and takes its address from the case
 * unless the drafter gives one.
 */
public final class NoticeRecipients {

    private NoticeRecipients() {
    }

    public static List<Recipient> resolve(List<Recipient> requested, List<Recipient> legalEntitiesOfCase,
            String caseReference) {
        List<Recipient> resolved = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Recipient asked = requested.get(i);
            Recipient entity = match(asked, legalEntitiesOfCase);
            if (entity == null) {
                errors.add(new FieldError("recipients[" + i + "]", "is not a legal entity of case " + caseReference));
                continue;
            }
            String address = asked.address() == null || asked.address().isBlank() ? entity.address() : asked.address();
            resolved.add(new Recipient(entity.name(), entity.companyNumber(), address));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("recipient-not-of-case", "Recipient not of the case", 422,
                    errors.size() + " recipient(s) are not legal entities of case " + caseReference)
                    .with("errors", errors));
        }
        return resolved;
    }

    private static Recipient match(Recipient asked, List<Recipient> entities) {
        for (Recipient e : entities) {
            if (asked.companyNumber() != null && asked.companyNumber().equalsIgnoreCase(e.companyNumber())) {
                return e;
            }
        }
        for (Recipient e : entities) {
            if (asked.companyNumber() == null && normal(asked.name()).equals(normal(e.name()))) {
                return e;
            }
        }
        return null;
    }

    private static String normal(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
