package org.casework.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The organisation under investigation: an undertaking that may be a group of legal entities, with
 * the worldwide annual turnover of its preceding financial year (the basis of the statutory maximum).
 */
@Embeddable
public class Organisation {

    /** The regulator's identifier of the organisation; organisation users carry it as org_id. */
    @Column(name = "organisation_id")
    public String organisationId;

    @Column(name = "organisation_name", nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_entities", nullable = false)
    public List<LegalEntity> legalEntities = new ArrayList<>();

    @Column(name = "turnover_amount", precision = 17, scale = 2)
    public BigDecimal turnoverAmount;

    @Column(name = "turnover_currency")
    public String turnoverCurrency;

    @Column(name = "turnover_year_end")
    public LocalDate turnoverFinancialYearEnd;
}
