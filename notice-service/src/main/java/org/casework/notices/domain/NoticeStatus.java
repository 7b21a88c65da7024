package org.casework.notices.domain;

/**
 * Where a notice stands. A draft is issued once or withdrawn; an issued penalty notice may later be
 * cancelled by the regulator or on appeal (DPA 2018 Sch 16 para 8; s.163), its document kept.
 */
public enum NoticeStatus {
    DRAFT,
    ISSUED,
    WITHDRAWN,
    CANCELLED
}
