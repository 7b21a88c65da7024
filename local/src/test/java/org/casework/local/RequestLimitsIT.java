package org.casework.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged services answer an over-long address or over-large headers with a problem document. */
class RequestLimitsIT {

    private static LocalParts parts;
    @BeforeAll
    static void start() throws Exception {
        parts = LocalParts.get();
    }

    @Test
    void aFiveThousandCharacterSearchIsAProblemNotAnEmpty414() throws Exception {
        HttpResponse<String> answer = Http.get(parts.cases.url() + "/cases?q=" + "x".repeat(5_000));

        assertThat(answer.statusCode()).isEqualTo(414);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Http.json(answer).path("detail").asText()).contains("this service accepts at most 4,096");
    }

    @Test
    void headersTooLargeAreAProblemNotAnEmpty431() throws Exception {
        HttpResponse<String> answer = Http.get(parts.notices.url() + "/notices", "Cookie", "crumbs=" + "x".repeat(30_000));

        assertThat(answer.statusCode()).isEqualTo(431);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Http.json(answer).path("type").asText()).isEqualTo("urn:casework:problem:headers-too-large");
    }
}
