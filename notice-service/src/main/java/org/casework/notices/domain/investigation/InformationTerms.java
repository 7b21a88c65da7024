package org.casework.notices.domain.investigation;

/**
 * What an information notice requires (DPA 2018 s.142): the limb it is given under, the information, the form it is
 * to be provided in, and the period for providing it in days beginning when the notice is given. Urgency (s.142(7))
 * is stated with its reasons. Stored as JSON on the notice.
 */
public record InformationTerms(InformationNoticeBasis basis, String information, String form, Integer complianceDays,
        boolean urgent, String urgencyReasons) {
}
