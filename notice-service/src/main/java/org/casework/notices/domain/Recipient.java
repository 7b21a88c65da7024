package org.casework.notices.domain;

/**
 * A legal entity of the case the notice is addressed to, with the address it is given at. Its name
 * and company number always follow the case; so does its address, unless the drafter gave one for
 * this notice ({@code addressGiven}).
 */
public record Recipient(String name, String companyNumber, String address, boolean addressGiven) {

    /** A recipient whose address is the case's. */
    public Recipient(String name, String companyNumber, String address) {
        this(name, companyNumber, address, false);
    }
}
