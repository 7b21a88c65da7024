package org.casework.notifications.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The email addresses the service accepts: a plain mailbox {@code local@domain} (RFC 5321 §4.1.2 "Mailbox"
 * without quoted local parts or address literals), at most 254 characters (RFC 5321 §4.5.3.1.3 less the
 * angle brackets), a domain of at least two labels. No display names, spaces, commas or line breaks, so an
 * address can never add a header or a second recipient to a message.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    /** The same rule for Bean Validation on the API's bodies. */
    public static final String PATTERN = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+";
    private static final Pattern RULE = Pattern.compile(PATTERN);
    private static final int MAX_LOCAL_PART = 64;

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.length() > MAX_LENGTH || !RULE.matcher(address).matches()) {
            return false;
        }
        return address.indexOf('@') <= MAX_LOCAL_PART;
    }

    /** The domain compares without case (RFC 5321 §2.4); the local part is kept as given. */
    public static String normalise(String address) {
        if (!isValid(address)) {
            throw new InvalidContacts("email", "is not an email address");
        }
        int at = address.lastIndexOf('@');
        return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
