package org.casework.notices.domain.investigation;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an information notice requires (DPA 2018 s.142): the limb it is given under, the information, the form it is
 * to be provided in, and the period for providing it in days beginning when the notice is given. Urgency (s.142(7))
 * is stated with its reasons. Stored as JSON on the notice.
 */
public record InformationTerms(InformationNoticeBasis basis, @Schema(maxLength = Lengths.REASONS) String information,
        @Schema(maxLength = Lengths.SHORT_TEXT) String form,
        @Schema(minimum = "1", maximum = "" + NoticeLimits.PERIOD_DAYS) Integer complianceDays, boolean urgent,
        @Schema(maxLength = Lengths.NOTE) String urgencyReasons) {
}
