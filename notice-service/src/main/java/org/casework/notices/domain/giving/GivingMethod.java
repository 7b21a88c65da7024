package org.casework.notices.domain.giving;

/**
 * How the Commissioner gives a notice to a person: the four ways DPA 2018 s.141A(2)(a)-(d) names (the same
 * physical ways old s.141 allowed, with email there only by consent under s.141(5)).
 */
public enum GivingMethod {
    /** s.141A(2)(a): delivered by hand to a relevant individual (s.141A(3)); given when handed over. */
    BY_HAND("by hand"),
    /** s.141A(2)(b): left at the person's proper address (s.141A(4)); given when left. */
    LEFT_AT_ADDRESS("left at the address"),
    /** s.141A(2)(c) with the Interpretation Act 1978 s.7: given when it would be delivered in the ordinary course of post. */
    POST("by post"),
    /** s.141A(2)(d): sent to the person's email address. */
    EMAIL("by email");

    private final String words;

    GivingMethod(String words) {
        this.words = words;
    }

    /** Plain words for the method, as they follow "given": "given by email". */
    public String words() {
        return words;
    }
}
