package org.casework.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The facts of the breach or complaint as the regulator knows them. */
@Embeddable
public class Incident {

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "discovered_on")
    public LocalDate discoveredOn;

    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Column(name = "people_affected")
    public Long peopleAffected;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data_categories", nullable = false)
    public List<String> dataCategories = new ArrayList<>();

    /** Whether special-category data (UK GDPR Art 9) was involved: health, for instance. */
    @Column(name = "special_category_data", nullable = false)
    public boolean specialCategoryData;
}
