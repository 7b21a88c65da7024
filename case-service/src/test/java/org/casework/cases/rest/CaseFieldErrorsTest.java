package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casework.cases.CaseApi;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * "Open a case" and its correction say everything that is wrong in one answer: values a JSON conversion
 * would refuse one at a time (a malformed date, an unknown word, text for a number, an unknown field),
 * every constraint, and the incident's date order, each with its exact JSON path and a plain message.
 */
@QuarkusTest
class CaseFieldErrorsTest {

    /** Everything wrong with a case a caseworker might type, in one body. */
    private static final String EVERYTHING_WRONG = """
            {
              "title": "%s",
              "source": "RUMOUR",
              "colour": "red",
              "organisation": {
                "id": "Org With Spaces",
                "name": "Advanced",
                "legalEntities": [
                  {"name": ""},
                  {"name": "Advanced Health and Care Limited", "companyNumber": "02 031 639"},
                  7
                ],
                "worldwideTurnover": {"amount": "-5.00", "currency": "EUR", "financialYearEnd": "2021-02-30"}
              },
              "incident": {
                "occurredOn": "07/08/2024",
                "discoveredOn": "2022-08-04",
                "reportedOn": "2022-08-01",
                "peopleAffected": "lots",
                "dataCategories": ["health", 5, ""],
                "specialCategoryData": "yes"
              }
            }
            """.formatted("x".repeat(201));

    private static Map<String, String> errorsOf(Response response) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Map<String, String>> list = response.jsonPath().getList("errors");
        list.forEach(e -> errors.put(e.get("field"), e.get("message")));
        return errors;
    }

    @Test
    void everyErrorOfANewCaseIsReportedAtOnceInTheOrderOfTheFieldsWithItsPathAndWhatToDo() {
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Response refused = Problems.assertProblem(CaseApi.post(EVERYTHING_WRONG), 400);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("title", "must be 200 characters or fewer");
        expected.put("summary", "must be filled in");
        expected.put("source", "must be one of BREACH_REPORT, COMPLAINT, REFERRAL, OWN_INITIATIVE");
        expected.put("organisation.id", "must be 1 to 64 lower-case letters, digits or hyphens");
        expected.put("organisation.legalEntities[0].name", "must be filled in");
        expected.put("organisation.legalEntities[1].companyNumber", "must be 1 to 20 letters or digits");
        expected.put("organisation.legalEntities[2]", "must be an object in braces");
        expected.put("organisation.worldwideTurnover.amount", "must be 0.00 or more");
        expected.put("organisation.worldwideTurnover.currency", "must be GBP");
        expected.put("organisation.worldwideTurnover.financialYearEnd", "must be a date such as 2024-08-07");
        expected.put("incident.occurredOn", "must be a date such as 2024-08-07");
        expected.put("incident.reportedOn", "must not be before the date it was discovered (discoveredOn)");
        expected.put("incident.peopleAffected", "must be a whole number, such as 82946");
        expected.put("incident.dataCategories[1]", "must be text in double quotes");
        expected.put("incident.dataCategories[2]", "must be filled in");
        expected.put("incident.specialCategoryData", "must be true or false");
        expected.put("colour", "is not a field of this request: remove it");
        assertThat(errorsOf(refused), equalTo(expected));
        assertThat(List.copyOf(errorsOf(refused).keySet()), equalTo(List.copyOf(expected.keySet())));
        assertThat(refused.jsonPath().getString("detail"), startsWith("17 fields are invalid"));
        assertThat(before.again(), equalTo(before));
    }

    /** The web UI showed "Legal entity 1 name size must be between 1 and 20" for a case without legal entities. */
    @Test
    void aCaseWithoutLegalEntitiesIsToldToListOneInPlainWords() {
        Response refused = Problems.assertProblem(CaseApi.post(org.casework.cases.CaseRequests.newCase()
                .replaceAll("(?s)\"legalEntities\": \\[.*?\\],", "\"legalEntities\": [],")), 400);
        assertThat(errorsOf(refused), equalTo(Map.of("organisation.legalEntities",
                "must list at least 1 and at most 20 legal entities")));
    }

    @Test
    void noMessageIsALibraryDefault() {
        String emptyEverything = "{\"title\":\"\",\"summary\":\"\",\"source\":null,\"organisation\":{\"name\":\"\","
                + "\"legalEntities\":[],\"worldwideTurnover\":{}},\"incident\":{\"dataCategories\":null}}";
        Response refused = Problems.assertProblem(CaseApi.post(emptyEverything), 400);
        List<String> messages = List.copyOf(errorsOf(refused).values());
        assertThat(messages, everyItem(not(startsWith("size must be"))));
        assertThat(messages, everyItem(not(equalTo("must not be null"))));
        assertThat(messages, everyItem(not(equalTo("must not be blank"))));
        assertThat(errorsOf(refused).keySet(), equalTo(new java.util.LinkedHashSet<>(List.of("title", "summary", "source",
                "organisation.name", "organisation.legalEntities", "organisation.worldwideTurnover.amount",
                "organisation.worldwideTurnover.currency", "organisation.worldwideTurnover.financialYearEnd",
                "incident.peopleAffected", "incident.dataCategories", "incident.specialCategoryData"))));
    }

    @Test
    void everyErrorOfACorrectionIsReportedAtOnceWithItsPathInThePatchedCase() {
        String id = CaseApi.open();
        String etag = CaseApi.etag(id);
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Response refused = Problems.assertProblem(given().auth().oauth2(Tokens.caseworker())
                .contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"status\":\"CLOSED\",\"title\":null,\"organisation\":{\"legalEntities\":[{\"name\":\"A\","
                        + "\"companyNumber\":\"no spaces please\"}]},\"incident\":{\"occurredOn\":\"2022-13-01\","
                        + "\"peopleAffected\":1.5,\"discoveredOn\":\"2999-01-01\"}}")
                .patch("/cases/" + id), 400);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("title", "must be filled in");
        expected.put("organisation.legalEntities[0].companyNumber", "must be 1 to 20 letters or digits");
        expected.put("incident.occurredOn", "must be a date such as 2024-08-07");
        expected.put("incident.discoveredOn", "must not be in the future (London time)");
        expected.put("incident.reportedOn", "must not be before the date it was discovered (discoveredOn)");
        expected.put("incident.peopleAffected", "must be a whole number, such as 82946");
        expected.put("status", "cannot be changed by PATCH: use POST /cases/{id}/transitions");
        assertThat(errorsOf(refused), equalTo(expected));
        assertThat(before.again(), equalTo(before));
    }
}
