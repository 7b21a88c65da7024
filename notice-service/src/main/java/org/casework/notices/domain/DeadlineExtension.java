package org.casework.notices.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An agreement with the organisation to extend the 6-month period for giving a penalty notice
 * (DPA 2018 Sch 16 para 2(3)), recorded on the notice of intent.
 */
@Embeddable
public class DeadlineExtension {

    @Column(name = "extension_agreed_until")
    public LocalDate agreedUntil;

    @Column(name = "extension_reason")
    public String reason;

    @Column(name = "extension_recorded_by")
    public String recordedBy;

    @Column(name = "extension_recorded_at")
    public Instant recordedAt;
}
