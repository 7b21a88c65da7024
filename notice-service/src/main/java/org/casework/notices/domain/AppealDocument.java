package org.casework.notices.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A document of an appeal (the notice of appeal, the tribunal's decision), with its SHA-256; never changed. */
@Entity
@Immutable
@Table(name = "appeal_document")
public class AppealDocument extends UploadedFile {

    @Column(name = "appeal_id", nullable = false)
    public UUID appealId;
}
