package org.casework.notices.domain;

/** A legal entity of the case the notice is addressed to, with the address it is given at. */
public record Recipient(String name, String companyNumber, String address) {
}
