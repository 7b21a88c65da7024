package org.casework.notifications;

import static io.restassured.RestAssured.given;

import org.casework.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The register of contacts as the tests fill it: through the API, as a caseworker would. */
public final class Contacts {

    public static final String[] TABLES = { "contact_list", "contact", "notification", "processed_event", "notice", "deadline",
            "audit_entry" };

    private Contacts() {
    }

    public static String one(String name, String email, String role, boolean statutory) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"role\":\"" + role
                + "\",\"receivesStatutoryNotices\":" + statutory + "}";
    }

    public static String body(String... contacts) {
        return "{\"contacts\":[" + String.join(",", contacts) + "]}";
    }

    public static Response replace(String organisationId, String body, String ifMatch) {
        var request = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/organisations/" + organisationId + "/contacts");
    }

    /** Gives the organisation these contacts, whatever it had. */
    public static void register(String organisationId, String... contacts) {
        String etag = given().auth().oauth2(Tokens.caseworker()).get("/organisations/" + organisationId + "/contacts")
                .then().statusCode(200).extract().header("ETag");
        replace(organisationId, body(contacts), etag).then().statusCode(200);
    }
}
