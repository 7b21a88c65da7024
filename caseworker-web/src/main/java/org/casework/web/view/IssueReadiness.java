package org.casework.web.view;

import java.util.List;
import java.util.Optional;

import org.casework.web.form.CaseFields;
import org.casework.web.form.NoticeFields;
import org.casework.web.form.NoticeForm;
import org.casework.web.model.CaseDetail;
import org.casework.web.model.MissingPart;
import org.casework.web.model.Notice;

/**
 * What issuing a draft still needs, each point with where it is put right: the case's facts (a
 * recipient's address comes from the case), the draft itself, or the configuration (an administrator's).
 * When notice-service could not check, the page says so and claims nothing.
 */
public record IssueReadiness(boolean checked, List<Item> missing) {

    /** A missing part: what to tell the person, the rule, and a link to the field to fill in (none for configuration). */
    public record Item(String message, String rule, Optional<String> link, String linkText) {
    }

    public boolean ready() {
        return checked && missing.isEmpty();
    }

    public boolean blocked() {
        return checked && !missing.isEmpty();
    }

    public static IssueReadiness of(Notice notice, CaseDetail theCase, Optional<List<MissingPart>> missing) {
        return missing.map(parts -> new IssueReadiness(true, parts.stream().map(p -> item(notice, theCase, p)).toList()))
                .orElse(new IssueReadiness(false, List.of()));
    }

    private static Item item(Notice notice, CaseDetail theCase, MissingPart part) {
        if (part.inCase()) {
            String field = caseField(notice, theCase, part.part());
            return new Item(part.message(), part.rule(), Optional.of("/cases/" + theCase.id() + "/facts"
                    + (field == null ? "" : "#" + field)), "Correct the case’s facts");
        }
        if (part.inNotice()) {
            String field = NoticeFields.fieldFor(part.part());
            return new Item(part.message(), part.rule(), Optional.of("/notices/" + notice.id() + "/edit"
                    + (field == null ? "" : "#" + field)), "Edit the draft");
        }
        return new Item(part.message(), part.rule(), Optional.empty(), "Ask an administrator to set this up");
    }

    /** The field of the case's facts form a part is about: a recipient's address is its legal entity's row. */
    private static String caseField(Notice notice, CaseDetail theCase, String part) {
        if (part.startsWith("recipients[") && part.indexOf(']') > 11) {
            String index = part.substring(11, part.indexOf(']'));
            if (!index.matches("\\d{1,2}") || Integer.parseInt(index) >= notice.recipients().size()) {
                return null;
            }
            Notice.Recipient r = notice.recipients().get(Integer.parseInt(index));
            List<CaseDetail.LegalEntity> entities = theCase.organisation().legalEntities();
            for (int row = 0; row < entities.size(); row++) {
                if (NoticeForm.sameEntity(r, entities.get(row))) {
                    return "entity-" + (row + 1) + (part.endsWith(".name") ? "-name" : "-address");
                }
            }
            return null;
        }
        return CaseFields.fieldFor(part);
    }
}
