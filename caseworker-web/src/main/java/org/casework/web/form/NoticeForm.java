package org.casework.web.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casework.web.model.CaseDetail;
import org.casework.web.model.Notice;
import org.casework.web.view.Formats;

/**
 * A notice's own parts as a form (drafting and editing a draft): who it is addressed to, the reasons,
 * the periods, the summary for the register. Recipients are ticked by their row among the case's legal
 * entities, so a notice names exactly the entities the case records (and takes their addresses from it).
 * A merge patch tells a field left out from a field emptied (null removes it), so these are maps.
 */
public final class NoticeForm {

    private NoticeForm() {
    }

    /**
     * The parts of a notice of {@code type} that its form shows, each checked here, for a new draft or a
     * merge patch over one: an emptied field is null, a field the type does not have is left out.
     */
    public static Map<String, Object> content(Form form, String type, List<CaseDetail.LegalEntity> entities) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("recipients", recipients(form, entities));
        d.put("reasons", FieldChecks.text(form, "reasons", null, 20_000, "The reasons"));
        if ("NOTICE_OF_INTENT".equals(type)) {
            d.put("natureOfData", FieldChecks.text(form, "nature-of-data", null, 2_000, "The nature of the data"));
            d.put("representationDays", days(form, "representation-days", 21, "Days for representations"));
        } else {
            d.put("publicSummary", FieldChecks.text(form, "public-summary", null, 2_000, "The summary for the register"));
        }
        if ("PENALTY_NOTICE".equals(type)) {
            d.put("paymentDays", days(form, "payment-days", 28, "Days for payment"));
        }
        if ("REPRIMAND".equals(type)) {
            d.put("notionalFine", CalculatorForm.money(FieldChecks.pounds(form, "notional-fine",
                    "Notional fine must be an amount in pounds, for example 250,000")));
        }
        NoticeTermsForm.addTo(d, form, type);
        return d;
    }

    private static List<Map<String, Object>> recipients(Form form, List<CaseDetail.LegalEntity> entities) {
        List<Map<String, Object>> recipients = new ArrayList<>();
        for (String row : form.all("recipients")) {
            int i = row.matches("\\d{1,2}") ? Integer.parseInt(row) : -1;
            if (i >= 0 && i < entities.size()) {
                CaseDetail.LegalEntity e = entities.get(i);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", e.name());
                e.companyNumber().ifPresent(n -> r.put("companyNumber", n));
                recipients.add(r);
            }
        }
        if (recipients.isEmpty()) {
            form.error("recipients", "Select at least one legal entity to address the notice to");
        }
        return recipients;
    }

    /** A period in days from the law's minimum to a year, or null when left empty. */
    private static Integer days(Form form, String field, int minimum, String label) {
        Long days = FieldChecks.whole(form, field, null, minimum, 366, label);
        return days == null ? null : days.intValue();
    }

    /** The form of a new draft: addressed to every legal entity of the case. */
    public static Form fresh(String type, CaseDetail theCase) {
        Form form = Form.empty().set("type", type).set("representation-days", "28");
        List<String> every = new ArrayList<>();
        for (int i = 0; i < theCase.organisation().legalEntities().size(); i++) {
            every.add(String.valueOf(i));
        }
        return form.setAll("recipients", every);
    }

    /** The form of a draft as it stands, to edit it: its recipients ticked where the case still records them. */
    public static Form of(Notice n, CaseDetail theCase) {
        Form form = Form.empty().set("type", n.type()).set("reasons", n.reasons().orElse(""))
                .set("nature-of-data", n.natureOfData().orElse("")).set("public-summary", n.publicSummary().orElse(""))
                .set("representation-days", n.representationDays().map(String::valueOf).orElse(""))
                .set("payment-days", n.paymentDays().map(String::valueOf).orElse(""))
                .set("notional-fine", n.notionalFine().map(m -> Formats.amount(m.amount())).orElse(""));
        NoticeTermsForm.fill(form, n);
        List<CaseDetail.LegalEntity> entities = theCase.organisation().legalEntities();
        List<String> ticked = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            CaseDetail.LegalEntity e = entities.get(i);
            if (n.recipients().stream().anyMatch(r -> sameEntity(r, e))) {
                ticked.add(String.valueOf(i));
            }
        }
        return form.setAll("recipients", ticked);
    }

    /** A recipient is the case's legal entity with its company number, or (without one) its name. */
    public static boolean sameEntity(Notice.Recipient r, CaseDetail.LegalEntity e) {
        return r.companyNumber().isPresent() ? r.companyNumber().equals(e.companyNumber()) : r.name().equals(e.name());
    }
}
