package org.casework.notices;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.testing.Tokens;

import io.restassured.path.json.JsonPath;

/** One notice's deadlines as the dashboard's list gives them, read page by page to the last. */
public final class Deadlines {

    private Deadlines() {
    }

    public static List<Map<String, Object>> ofNotice(UUID noticeId, int days) {
        List<Map<String, Object>> found = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(Tokens.caseworker()).queryParam("days", days).queryParam("limit", 200);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            JsonPath page = request.get("/deadlines").then().statusCode(200).extract().jsonPath();
            found.addAll(page.getList("items.findAll { it.noticeId == '" + noticeId + "' }"));
            after = page.getString("next");
        } while (after != null);
        return found;
    }
}
