package org.casework.notifications.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.casework.notifications.Contacts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged notification-service (prod profile): healthy without a broker, the register kept, the audit valid. */
@QuarkusIntegrationTest
class NotificationServiceIT {

    @Test
    void startsHealthyWithoutWaitingForKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aCaseworkerRegistersContactsAndAnAuditorFindsTheTrailValid() {
        Contacts.replace("org-it", Contacts.body(Contacts.one("Ivy", "ivy@it.example", "DPO", true)), null)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(Tokens.auditor()).get("/organisations/org-it/contacts").then().statusCode(200)
                .body("contacts[0].email", equalTo("ivy@it.example"));
        given().auth().oauth2(Tokens.auditor()).get("/notifications").then().statusCode(200);
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void theProductionBuildHasNoClockControl() {
        given().get("/test-support/clock").then().statusCode(404);
    }
}
