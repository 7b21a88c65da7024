package org.casework.notices.domain.investigation;

/** Under which limb of DPA 2018 s.142(1) an information notice is given; s.142(2)(a) requires the notice to say. */
public enum InformationNoticeBasis {
    /** s.142(1)(a): a controller or processor, for the Commissioner's functions under the data protection legislation. */
    COMMISSIONER_FUNCTIONS("section 142(1)(a)"),
    /** s.142(1)(b)(i): any person, to investigate a suspected failure (s.149(2)) or a suspected offence under the Act. */
    SUSPECTED_FAILURE_OR_OFFENCE("section 142(1)(b)(i)"),
    /** s.142(1)(b)(ii): any person, to decide whether processing is purely personal or household activity. */
    HOUSEHOLD_ACTIVITY("section 142(1)(b)(ii)");

    private final String provision;

    InformationNoticeBasis(String provision) {
        this.provision = provision;
    }

    public String provision() {
        return provision;
    }
}
