package org.casework.notices.domain.investigation;

/** The restrictions of DPA 2018 s.143 an organisation may say apply to what an information notice asks. */
public enum RestrictionGround {
    /** s.143(1): processing for the special purposes (journalism, art, literature, academic purposes). */
    SPECIAL_PURPOSES("DPA 2018 s.143(1)"),
    /** s.143(2): the privileges of either House of Parliament. */
    PARLIAMENTARY_PRIVILEGE("DPA 2018 s.143(2)"),
    /** s.143(3): communications with a legal adviser for advice on data protection obligations. */
    LEGAL_ADVICE_PRIVILEGE("DPA 2018 s.143(3)"),
    /** s.143(4): communications for proceedings under or arising out of the data protection legislation. */
    LITIGATION_PRIVILEGE("DPA 2018 s.143(4)"),
    /** s.143(6)-(7): evidence exposing the person to proceedings for an offence (not the offences of s.143(7)). */
    SELF_INCRIMINATION("DPA 2018 s.143(6)");

    private final String rule;

    RestrictionGround(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
