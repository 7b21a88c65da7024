package org.casework.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.casework.platform.problem.FieldError;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * What a caseworker records about a case when opening it, and may correct later (with a JSON merge
 * patch): everything but its status, assignment and findings, which have their own operations.
 */
@Schema(example = """
        {"title": "Ransomware at NHS supplier", "summary": "Patient records encrypted; backups untested.",
        "source": "BREACH_REPORT", "organisation": {"id": "org-nhs-supplier", "name": "NHS Supplier Ltd",
        "legalEntities": [{"name": "NHS Supplier Ltd", "companyNumber": "01234567", "address": "1 High Street, Leeds"}],
        "worldwideTurnover": {"amount": "123500000.00", "currency": "GBP", "financialYearEnd": "2026-03-31"}},
        "incident": {"occurredOn": "2026-11-02", "discoveredOn": "2026-11-03", "reportedOn": "2026-11-04",
        "peopleAffected": 12000, "dataCategories": ["health records"], "specialCategoryData": true}}""")
public record CaseFacts(
        @NotBlank(message = FILLED_IN) @Size(max = TITLE, message = "must be 200 characters or fewer")
        @SafeText(message = ONE_LINE) String title,
        @NotBlank(message = FILLED_IN) @Size(max = SUMMARY, message = "must be 10000 characters or fewer")
        @SafeText(multiline = true, message = TEXT) String summary,
        @NotNull(message = "is required: one of BREACH_REPORT, COMPLAINT, REFERRAL, OWN_INITIATIVE") CaseSource source,
        @NotNull(message = REQUIRED) @Valid OrganisationFacts organisation,
        @NotNull(message = REQUIRED) @Valid IncidentFacts incident) {

    // Plain messages, each saying what to send instead; the web UI shows them beside its fields.
    static final String REQUIRED = "is required";
    /** The longest title and summary, as refused above and as answered. */
    public static final int TITLE = 200;
    public static final int SUMMARY = 10000;
    static final String FILLED_IN = "must be filled in";
    static final String ONE_LINE = "must be one line of text without control characters";
    static final String TEXT = "must not contain control characters other than line breaks and tabs";

    public record OrganisationFacts(
            @Schema(description = "The regulator's identifier of the organisation; its portal users carry it as org_id",
                    example = "org-nhs-supplier")
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be 1 to 64 lower-case letters, digits or hyphens")
            @Size(max = 64) String id,
            @NotBlank(message = FILLED_IN) @Size(max = 200, message = "must be 200 characters or fewer")
            @SafeText(message = ONE_LINE) String name,
            @NotNull(message = "must list at least one legal entity")
            @Size(min = 1, max = 20, message = "must list at least 1 and at most 20 legal entities")
            List<@NotNull(message = "must be a legal entity with a name") @Valid LegalEntityFacts> legalEntities,
            @Valid TurnoverFacts worldwideTurnover) {
    }

    public record LegalEntityFacts(
            @NotBlank(message = FILLED_IN) @Size(max = 200, message = "must be 200 characters or fewer")
            @SafeText(message = ONE_LINE) String name,
            @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "must be 1 to 20 letters or digits") @Size(max = 20)
            String companyNumber,
            @Size(max = 500, message = "must be 500 characters or fewer") @SafeText(multiline = true, message = TEXT)
            String address) {

        LegalEntity toEntity() {
            return new LegalEntity(name, companyNumber, address);
        }

        static LegalEntityFacts of(LegalEntity e) {
            return new LegalEntityFacts(e.name(), e.companyNumber(), e.address());
        }
    }

    /** Worldwide annual turnover of the undertaking's preceding financial year. */
    public record TurnoverFacts(
            @NotNull(message = REQUIRED) @DecimalMin(value = "0.00", message = "must be 0.00 or more")
            @Digits(integer = 15, fraction = 2, message = "must have at most 15 digits before the decimal point and 2 after it")
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "123500000.00",
                    maxLength = 18)
            BigDecimal amount,
            @NotNull(message = REQUIRED) @Pattern(regexp = "GBP", message = "must be GBP") @Schema(enumeration = "GBP")
            String currency,
            @NotNull(message = REQUIRED) LocalDate financialYearEnd) {

        public TurnoverFacts {
            // one spelling per amount ("1000" and "1000.00" are the same turnover); absurd sizes are
            // left for validation to refuse
            if (amount != null && amount.scale() < 2 && amount.precision() - amount.scale() <= 17) {
                amount = amount.setScale(2);
            }
        }
    }

    public record IncidentFacts(
            LocalDate occurredOn,
            LocalDate discoveredOn,
            LocalDate reportedOn,
            @NotNull(message = REQUIRED) @PositiveOrZero(message = "must be 0 or more")
            @Max(value = 10_000_000_000L, message = "must be 10000000000 or fewer") Long peopleAffected,
            @NotNull(message = "is required: a list, empty if no category is known")
            @Size(max = 50, message = "must list 50 categories or fewer")
            List<@NotBlank(message = FILLED_IN) @Size(max = 100, message = "must be 100 characters or fewer")
            @SafeText(message = ONE_LINE) String> dataCategories,
            @NotNull(message = "is required: true or false") Boolean specialCategoryData) {
    }

    /** The facts as they stand on a case. */
    public static CaseFacts of(InvestigationCase c) {
        Organisation o = c.organisation;
        TurnoverFacts turnover = o.turnoverAmount == null ? null
                : new TurnoverFacts(o.turnoverAmount, o.turnoverCurrency, o.turnoverFinancialYearEnd);
        Incident i = c.incident;
        return new CaseFacts(c.title, c.summary, c.source,
                new OrganisationFacts(o.organisationId, o.name,
                        o.legalEntities.stream().map(LegalEntityFacts::of).toList(), turnover),
                new IncidentFacts(i.occurredOn, i.discoveredOn, i.reportedOn, i.peopleAffected,
                        List.copyOf(i.dataCategories), i.specialCategoryData));
    }

    /** What is wrong with the incident's dates against today (London): nothing, or an error per date. */
    public List<FieldError> dateErrors(LocalDate today) {
        return incident == null ? List.of()
                : IncidentDates.errors(incident.occurredOn(), incident.discoveredOn(), incident.reportedOn(), today);
    }

    /** Writes these facts onto a case after checking the incident dates against today (London). */
    public void applyTo(InvestigationCase c, LocalDate today) {
        IncidentDates.check(incident.occurredOn(), incident.discoveredOn(), incident.reportedOn(), today);
        c.title = title;
        c.summary = summary;
        c.source = source;
        c.organisation.organisationId = organisation.id();
        c.organisation.name = organisation.name();
        c.organisation.legalEntities = organisation.legalEntities().stream().map(LegalEntityFacts::toEntity).toList();
        TurnoverFacts t = organisation.worldwideTurnover();
        c.organisation.turnoverAmount = t == null ? null : t.amount().setScale(2);
        c.organisation.turnoverCurrency = t == null ? null : t.currency();
        c.organisation.turnoverFinancialYearEnd = t == null ? null : t.financialYearEnd();
        c.incident.occurredOn = incident.occurredOn();
        c.incident.discoveredOn = incident.discoveredOn();
        c.incident.reportedOn = incident.reportedOn();
        c.incident.peopleAffected = incident.peopleAffected();
        c.incident.dataCategories = List.copyOf(incident.dataCategories());
        c.incident.specialCategoryData = incident.specialCategoryData();
    }
}
