package org.casework.notices.domain.investigation;

/** The court steps of an information order (DPA 2018 s.145) the regulator records. */
public enum InformationOrderStage {
    /** The Commissioner applied to the court for an order (s.145(1)). */
    APPLIED,
    /** The court made the order (s.145(2)). */
    MADE,
    /** The court refused to make it. */
    REFUSED
}
