package org.casework.notices.service.document;

import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.Recipient;

/** The words of a notice, in order, ready to be laid out; built by {@link NoticeTextBuilder}. */
public record NoticeText(String title, String reference, String caseReference, LocalDate givenOn,
        List<Recipient> recipients, List<Section> sections) {

    public record Section(String heading, List<String> paragraphs) {
    }
}
