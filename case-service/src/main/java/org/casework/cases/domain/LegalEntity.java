package org.casework.cases.domain;

/**
 * A company or other legal person in the organisation under investigation. Notices are addressed
 * to legal entities, so each carries its registered address when known.
 */
public record LegalEntity(String name, String companyNumber, String address) {
}
