package org.casework.notices.domain.giving;

/**
 * How the Commissioner gives a notice to a person: the four ways DPA 2018 s.141A(2)(a)-(d) names (old s.141 allowed
 * the first three, and email only by consent under s.141(5)).
 */
public enum GivingMethod {
    /** s.141A(2)(a): delivered by hand to a relevant individual (s.141A(3)); given when handed over. */
    BY_HAND,
    /** s.141A(2)(b): left at the person's proper address (s.141A(4)); given when left. */
    LEFT_AT_ADDRESS,
    /** s.141A(2)(c) with the Interpretation Act 1978 s.7: given when it would be delivered in the ordinary course of post. */
    POST,
    /** s.141A(2)(d): sent to the person's email address. */
    EMAIL
}
