package org.casework.notices.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An agreement with the organisation to extend the 6-month period for giving a penalty notice
 * (DPA 2018 Sch 16 para 2(3)), recorded on the notice of intent with who at the organisation agreed, when,
 * and the evidence; {@link DeadlineExtensionRules} decides whether it can be recorded.
 */
@Embeddable
public class DeadlineExtension {

    @Column(name = "extension_agreed_until")
    public LocalDate agreedUntil;

    @Column(name = "extension_reason")
    public String reason;

    /** Who at the organisation agreed (name and position). */
    @Column(name = "extension_agreed_by")
    public String agreedBy;

    /** The day the organisation agreed: within the period it extends. */
    @Column(name = "extension_agreed_on")
    public LocalDate agreedOn;

    /** Where the agreement is recorded (a letter or email and its reference). */
    @Column(name = "extension_evidence")
    public String evidence;

    @Column(name = "extension_recorded_by")
    public String recordedBy;

    @Column(name = "extension_recorded_at")
    public Instant recordedAt;
}
