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

import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * What a caseworker records about a case when opening it, and may correct later (with a JSON merge
 * patch): everything but its status, assignment and findings, which have their own operations.
 */
public record CaseFacts(
        @NotBlank @Size(max = 200) @SafeText String title,
        @NotBlank @Size(max = 10000) @SafeText(multiline = true) String summary,
        @NotNull CaseSource source,
        @NotNull @Valid OrganisationFacts organisation,
        @NotNull @Valid IncidentFacts incident) {

    public record OrganisationFacts(
            @Schema(description = "The regulator's identifier of the organisation; its portal users carry it as org_id",
                    example = "org-nhs-supplier")
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be 1 to 64 lower-case letters, digits or hyphens")
            String id,
            @NotBlank @Size(max = 200) @SafeText String name,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid LegalEntityFacts> legalEntities,
            @Valid TurnoverFacts worldwideTurnover) {
    }

    public record LegalEntityFacts(
            @NotBlank @Size(max = 200) @SafeText String name,
            @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "must be 1 to 20 letters or digits") String companyNumber,
            @Size(max = 500) @SafeText(multiline = true) String address) {

        LegalEntity toEntity() {
            return new LegalEntity(name, companyNumber, address);
        }

        static LegalEntityFacts of(LegalEntity e) {
            return new LegalEntityFacts(e.name(), e.companyNumber(), e.address());
        }
    }

    /** Worldwide annual turnover of the undertaking's preceding financial year. */
    public record TurnoverFacts(
            @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "123500000.00")
            BigDecimal amount,
            @NotNull @Pattern(regexp = "GBP", message = "must be GBP") String currency,
            @NotNull LocalDate financialYearEnd) {

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
            @NotNull @PositiveOrZero @Max(10_000_000_000L) Long peopleAffected,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) @SafeText String> dataCategories,
            @NotNull Boolean specialCategoryData) {
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
