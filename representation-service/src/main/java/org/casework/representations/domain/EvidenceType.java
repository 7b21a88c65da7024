package org.casework.representations.domain;

/** The kinds of evidence the portal accepts, recognised by their content, never by their name. */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    TXT("text/plain; charset=UTF-8", "txt");

    private final String contentType;
    private final String extension;

    EvidenceType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
