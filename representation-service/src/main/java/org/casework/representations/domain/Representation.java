package org.casework.representations.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Written representations an organisation made about a notice of intent, and whether they were considered. */
@Entity
@Table(name = "representation")
public class Representation {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String statement;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** The sender's name as their token gave it when they sent it, so the organisation sees who, not an id. */
    @Column(name = "submitted_by_name")
    public String submittedByName;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "considered_by")
    public String consideredBy;

    @Column(name = "considered_at")
    public Instant consideredAt;

    @Column(name = "consideration_note")
    public String considerationNote;

    @Version
    public long version;

    /** Sch 16 para 4(2): records that the representation was considered, by whom and when. */
    public void considered(String by, Instant at, String note) {
        consideredBy = by;
        consideredAt = at;
        considerationNote = note;
    }

    public boolean isConsidered() {
        return consideredAt != null;
    }
}
