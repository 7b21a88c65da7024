package org.casework.notices.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/**
 * A notice is addressed to legal entities of the case's organisation: each recipient asked for must
 * be one of them (matched by company number, else by name), and takes its name and address from the
 * case unless the drafter gives an address. A draft's recipients keep following the case: when the
 * case's facts are corrected, the draft shows the corrected names and addresses.
 */
public final class NoticeRecipients {

    /** A draft's recipients as the case now has them, and the positions of those no longer of the case. */
    public record Followed(List<Recipient> recipients, List<Integer> notOfCase) {
    }

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
            // an address identical to the case's is the case's: it follows the case when corrected there
            boolean given = !blank(asked.address()) && !normal(asked.address()).equals(normal(entity.address()));
            resolved.add(new Recipient(entity.name(), entity.companyNumber(), given ? asked.address() : entity.address(),
                    given));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("recipient-not-of-case", "Recipient not of the case", 422,
                    errors.size() + " recipient(s) are not legal entities of case " + caseReference)
                    .with("errors", errors));
        }
        return resolved;
    }

    /**
     * The draft's recipients with the names and addresses the case has now (an address the drafter
     * gave is kept). A recipient that is no longer a legal entity of the case is kept as it was and
     * its position reported.
     */
    public static Followed follow(List<Recipient> current, List<Recipient> legalEntitiesOfCase) {
        List<Recipient> followed = new ArrayList<>();
        List<Integer> notOfCase = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            Recipient r = current.get(i);
            Recipient entity = match(r, legalEntitiesOfCase);
            if (entity == null) {
                notOfCase.add(i);
                followed.add(r);
            } else {
                followed.add(new Recipient(entity.name(), entity.companyNumber(),
                        r.addressGiven() ? r.address() : entity.address(), r.addressGiven()));
            }
        }
        return new Followed(followed, notOfCase);
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String normal(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
