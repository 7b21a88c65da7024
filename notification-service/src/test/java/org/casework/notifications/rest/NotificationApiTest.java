package org.casework.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.casework.notifications.Contacts;
import org.casework.notifications.Events;
import org.casework.notifications.service.EventHandler;
import org.casework.platform.events.ReceivedEvent;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class NotificationApiTest {

    @Inject
    EventHandler handler;

    private void threeNoticesFor(String org) {
        Contacts.register(org, Contacts.one("Pat", "pat@" + org + ".example", "DPO", true));
        for (int i = 1; i <= 3; i++) {
            handler.handle(ReceivedEvent.parse(Events.noticeOfIntentGiven(UUID.randomUUID(), UUID.randomUUID(),
                    "NOI-2024-00030" + i, org, LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27))));
        }
    }

    @Test
    void staffPageThroughAnOrganisationsMessagesNewestFirstWithoutTheirBodies() {
        threeNoticesFor("org-paged");
        List<String> subjects = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(Tokens.auditor()).queryParam("organisationId", "org-paged")
                    .queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/notifications").then().statusCode(200).extract().jsonPath();
            subjects.addAll(page.getList("items.subject"));
            assertThat(page.getList("items.recipient"), hasItem("pat@org-paged.example"));
            assertThat(page.get("items[0].text"), nullValue());
            assertThat(page.get("items[0].status"), equalTo("PENDING"));
            after = page.getString("next");
            pages++;
        } while (after != null);
        assertThat(pages, equalTo(2));
        assertThat(subjects, equalTo(List.of("You have been given a notice of intent: NOI-2024-000303",
                "You have been given a notice of intent: NOI-2024-000302",
                "You have been given a notice of intent: NOI-2024-000301")));
    }

    private static void refused(int status, String field, Supplier<Response> request) {
        RowCounts before = RowCounts.of("notification", "contact");
        Response response = Problems.assertProblem(request.get(), status);
        if (field != null) {
            assertThat(response.asString(), response.jsonPath().getList("errors.field"), hasItem(field));
        }
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void badQueriesAreRefusedWithProblems() {
        String token = Tokens.caseworker();
        refused(400, "limit", () -> given().auth().oauth2(token).queryParam("limit", 0).get("/notifications"));
        refused(400, "limit", () -> given().auth().oauth2(token).queryParam("limit", "lots").get("/notifications"));
        refused(400, "limit", () -> given().auth().oauth2(token).queryParam("limit", 201).get("/notifications"));
        refused(400, "after", () -> given().auth().oauth2(token).queryParam("after", "not-a-cursor").get("/notifications"));
        refused(400, null, () -> given().auth().oauth2(token).queryParam("organisationId", "ORG X").get("/notifications"));
    }

    @Test
    void organisationsAndMachinesCannotReadTheRecord() {
        refused(403, null, () -> given().auth().oauth2(Tokens.orgRepresentative("org-paged")).get("/notifications"));
        refused(403, null, () -> given().auth().oauth2(Tokens.service()).get("/notifications"));
        refused(401, null, () -> given().get("/notifications"));
    }
}
