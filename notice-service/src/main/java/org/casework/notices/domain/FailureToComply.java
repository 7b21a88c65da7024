package org.casework.notices.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A notice of intent or penalty notice for failing to comply with an information, assessment or enforcement notice
 * (DPA 2018 s.155(1)(b)): the notice that was not complied with, as it was given (its reference and day of giving are
 * fixed once it is given, so they are kept here for the text). Set by {@link FailureToComplyRules#basis}.
 */
@Embeddable
public class FailureToComply {

    @Column(name = "failed_notice_id")
    public UUID noticeId;

    @Column(name = "failed_notice_reference")
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "failed_notice_type")
    public NoticeType type;

    @Column(name = "failed_notice_given_on")
    public LocalDate givenOn;

    public FailureToComply copy() {
        FailureToComply c = new FailureToComply();
        c.noticeId = noticeId;
        c.reference = reference;
        c.type = type;
        c.givenOn = givenOn;
        return c;
    }
}
