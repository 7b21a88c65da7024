package org.casework.notices.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.NoticeDocument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NoticeDocumentRepository implements PanacheRepositoryBase<NoticeDocument, UUID> {
}
