package org.casework.notices.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Why and by whom a penalty notice was cancelled (DPA 2018 Sch 16 para 8, or s.163(3) on appeal). */
@Embeddable
public class Cancellation {

    @Column(name = "cancelled_reasons")
    public String reasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_source")
    public ChangeSource source;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** The London day the cancellation notice is given. */
    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;
}
