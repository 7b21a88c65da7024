package org.casework.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Registers the demo organisations' contacts in notification-service, as a caseworker would (ada): who at each
 * organisation receives statutory notices by email. Replacing a list with the same list changes nothing, so a second
 * run is harmless. Their mail lands in the local run's GreenMail ({@code local/mailbox} prints it).
 */
public final class DemoContacts {

    /** One contact: name, address, role, and whether statutory notices go to it. */
    record Contact(String name, String email, String role, boolean statutory) {

        String json() {
            return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"role\":\"" + role
                    + "\",\"receivesStatutoryNotices\":" + statutory + "}";
        }
    }

    static final Map<String, List<Contact>> CONTACTS = Map.of(
            "org-nhs-supplier", List.of(
                    new Contact("Betty Holberton", "betty@nhs-supplier.example", "Data protection officer", true),
                    new Contact("Legal team", "legal@nhs-supplier.example", "General counsel", true),
                    new Contact("Press office", "press@nhs-supplier.example", "Communications", false)),
            "org-retailer", List.of(
                    new Contact("Edgar Codd", "edgar@retailer.example", "Data protection officer", true)));

    private final HttpClient http = HttpClient.newHttpClient();
    private final String notificationService;

    public DemoContacts(String notificationService) {
        this.notificationService = notificationService;
    }

    /** Every address the demo contacts have, for local/mailbox. */
    public static List<String> addresses() {
        return CONTACTS.values().stream().flatMap(List::stream).map(Contact::email).sorted().toList();
    }

    public void seed(String caseworkerToken) throws IOException, InterruptedException {
        for (var entry : CONTACTS.entrySet()) {
            String body = "{\"contacts\":[" + String.join(",", entry.getValue().stream().map(Contact::json).toList()) + "]}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(notificationService + "/organisations/" + entry.getKey() + "/contacts"))
                    .header("Authorization", "Bearer " + caseworkerToken).header("Content-Type", "application/json")
                    .header("If-Match", "*").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PUT " + entry.getKey() + "'s contacts answered " + response.statusCode()
                        + ": " + response.body());
            }
        }
    }
}
