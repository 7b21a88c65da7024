package org.casework.web.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.casework.web.model.CaseDetail;
import org.casework.web.model.CaseFactsRequest;
import org.casework.web.support.GovukFormats;
import org.casework.web.view.Formats;

/**
 * A case's facts as a form ("Open a case" and "Correct the facts"): every answer checked here in one
 * pass, in the order of the page, before anything is sent, so one submission shows every problem. The
 * rules are case-service's own (it checks again); the words are the page's.
 */
public final class CaseForm {

    public static final int MIN_ENTITY_ROWS = 3;
    public static final int MAX_ENTITY_ROWS = 20;
    private static final Pattern ORGANISATION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern COMPANY_NUMBER = Pattern.compile("[A-Za-z0-9]{1,20}");

    private CaseForm() {
    }

    /** The facts to send, or null when the form has errors (which are then on it). */
    public static CaseFactsRequest read(Form form, LocalDate today) {
        String title = FieldChecks.text(form, "title", "Enter a title", 200, "Title");
        String summary = FieldChecks.text(form, "summary", "Enter a summary", 10_000, "Summary");
        String source = form.blank("source") ? null : form.value("source");
        if (source == null) {
            form.error("source", "Select how the regulator came to investigate");
        }
        String name = FieldChecks.text(form, "organisation-name", "Enter the organisation’s name", 200, "Organisation name");
        String id = FieldChecks.matching(form, "organisation-id", ORGANISATION_ID, "Organisation identifier must be 1 to 64 "
                + "lower-case letters, digits or hyphens, starting with a letter or digit");
        List<CaseFactsRequest.LegalEntity> entities = entities(form);
        CaseFactsRequest.Turnover turnover = turnover(form);
        LocalDate occurred = Dates.past(form, "occurred", "the date it happened", today);
        LocalDate discovered = Dates.notBefore(form, Dates.past(form, "discovered", "the date it was discovered", today),
                occurred, "discovered", "The date it was discovered must be the same as or after the date it happened");
        LocalDate reported = Dates.notBefore(form, Dates.past(form, "reported", "the date it was reported", today),
                discovered, "reported", "The date it was reported must be the same as or after the date it was discovered");
        Long people = FieldChecks.whole(form, "people-affected", "Enter the number of people affected", 0, 10_000_000_000L,
                "The number of people affected");
        List<String> categories = form.value("data-categories").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (categories.size() > 50) {
            form.error("data-categories", "Enter 50 kinds of data or fewer");
        } else if (categories.stream().anyMatch(c -> c.length() > 100)) {
            form.error("data-categories", "Each kind of data must be 100 characters or fewer");
        }
        if (form.blank("special-category")) {
            form.error("special-category", "Select yes if special category data was involved");
        }
        if (form.hasErrors()) {
            return null;
        }
        return new CaseFactsRequest(title, summary, source, new CaseFactsRequest.Organisation(id, name, entities, turnover),
                new CaseFactsRequest.Incident(occurred, discovered, reported, people, categories,
                        "yes".equals(form.value("special-category"))));
    }

    private static List<CaseFactsRequest.LegalEntity> entities(Form form) {
        List<CaseFactsRequest.LegalEntity> entities = new ArrayList<>();
        for (int row = 1; row <= rows(form); row++) {
            String p = "entity-" + row + "-";
            if (form.blank(p + "name") && form.blank(p + "number") && form.blank(p + "address")) {
                continue;
            }
            String which = row == 1 ? "the legal entity" : "legal entity " + row;
            String name = FieldChecks.text(form, p + "name", "Enter the name of " + which, 200,
                    Dates.capitalised("the name of " + which));
            String number = FieldChecks.matching(form, p + "number", COMPANY_NUMBER, (row == 1 ? "Company number"
                    : "Company number of legal entity " + row) + " must be 1 to 20 letters or digits");
            String address = FieldChecks.text(form, p + "address", null, 500, Dates.capitalised("the address of " + which));
            entities.add(new CaseFactsRequest.LegalEntity(name, number, address));
        }
        if (entities.isEmpty()) {
            form.error("entity-1-name", "Enter the name of at least one legal entity");
        }
        return entities;
    }

    private static CaseFactsRequest.Turnover turnover(Form form) {
        String amount = FieldChecks.pounds(form, "turnover-amount",
                "Turnover must be an amount in pounds of up to 15 digits, for example 30,500,000");
        LocalDate yearEnd = Dates.read(form, "turnover-year-end", "the end of the financial year", false);
        if (amount != null && yearEnd == null && !form.hasError("turnover-year-end-day")) {
            form.error("turnover-year-end-day", "Enter the end of the financial year the turnover is for");
        }
        if (amount == null && yearEnd != null && !form.hasError("turnover-amount")) {
            form.error("turnover-amount", "Enter the turnover of that financial year");
        }
        return amount == null || yearEnd == null ? null : new CaseFactsRequest.Turnover(amount, "GBP", yearEnd);
    }

    /** How many legal entity rows the form shows: what it was given (kept in a hidden field), at least three. */
    public static int rows(Form form) {
        try {
            return Math.max(MIN_ENTITY_ROWS, Math.min(MAX_ENTITY_ROWS, Integer.parseInt(form.value("entity-rows"))));
        } catch (NumberFormatException e) {
            return MIN_ENTITY_ROWS;
        }
    }

    /** The form filled with a case's facts, with a spare legal entity row, to correct them. */
    public static Form of(CaseDetail c) {
        Form form = Form.empty().set("title", c.title()).set("summary", c.summary()).set("source", c.source())
                .set("organisation-name", c.organisation().name())
                .set("organisation-id", c.organisation().id().orElse(""));
        List<CaseDetail.LegalEntity> entities = c.organisation().legalEntities();
        form.set("entity-rows", String.valueOf(Math.min(MAX_ENTITY_ROWS, Math.max(MIN_ENTITY_ROWS, entities.size() + 1))));
        for (int i = 0; i < entities.size(); i++) {
            CaseDetail.LegalEntity e = entities.get(i);
            form.set("entity-" + (i + 1) + "-name", e.name()).set("entity-" + (i + 1) + "-number", e.companyNumber().orElse(""))
                    .set("entity-" + (i + 1) + "-address", e.address().orElse(""));
        }
        c.organisation().worldwideTurnover().ifPresent(t -> {
            form.set("turnover-amount", Formats.amount(t.amount()));
            Dates.write(form, "turnover-year-end", t.financialYearEnd());
        });
        CaseDetail.Incident i = c.incident();
        i.occurredOn().ifPresent(d -> Dates.write(form, "occurred", d));
        i.discoveredOn().ifPresent(d -> Dates.write(form, "discovered", d));
        i.reportedOn().ifPresent(d -> Dates.write(form, "reported", d));
        return form.set("people-affected", GovukFormats.count(i.peopleAffected()))
                .set("data-categories", String.join("\n", i.dataCategories()))
                .set("special-category", i.specialCategoryData() ? "yes" : "no");
    }
}
