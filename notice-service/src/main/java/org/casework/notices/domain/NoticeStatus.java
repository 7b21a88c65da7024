package org.casework.notices.domain;

public enum NoticeStatus {
    DRAFT,
    ISSUED,
    WITHDRAWN
}
