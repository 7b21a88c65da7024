package org.casework.notifications.domain;

/**
 * A person at an organisation whom the regulator writes to. Only contacts that receive statutory notices
 * are sent notices as they are given (DPA 2018 s.141A allows a notice to be given by email to an address the
 * person has given for the purpose); every contact hears of decisions on the organisation's requests.
 */
public record Contact(String name, String email, String role, boolean receivesStatutoryNotices) {

    public Contact {
        email = EmailAddress.normalise(email);
    }
}
