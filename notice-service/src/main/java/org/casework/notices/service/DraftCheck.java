package org.casework.notices.service;

import java.util.List;

import org.casework.notices.domain.MissingPart;
import org.casework.notices.domain.Recipient;

/**
 * A draft checked for its issue: its organisation and recipients as the case has them now, and what
 * it still lacks (empty when nothing), or, when the case could not be read, why it could not be
 * checked ({@code missing} null, the parties as the draft last recorded them).
 */
public record DraftCheck(String organisationId, String organisationName, List<Recipient> recipients,
        List<MissingPart> missing, String notChecked) {
}
