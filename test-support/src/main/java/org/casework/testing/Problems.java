package org.casework.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;

/** Checks that an answer is a proper problem document and gives nothing away. */
public final class Problems {

    private Problems() {
    }

    public static Response assertProblem(Response response, int status) {
        assertThat(response.asString(), response.statusCode(), equalTo(status));
        assertThat(response.asString(), response.contentType(), startsWith("application/problem+json"));
        assertThat(response.jsonPath().getInt("status"), equalTo(status));
        assertThat(response.jsonPath().getString("type"), startsWith("urn:casework:problem:"));
        assertThat(response.jsonPath().getString("title"), not(equalTo(null)));
        String body = response.asString();
        for (String leak : new String[] { "Exception", "\tat ", "org.hibernate", "SQL", "jakarta.", "com.fasterxml",
                "java.lang", "PSQL" }) {
            assertThat(body, not(containsString(leak)));
        }
        return response;
    }
}
