package org.casework.notices.service;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Repeats of one issue sent at once with one Idempotency-Key all answer the issued notice (DESIGN §3). */
@QuarkusTest
class ConcurrentIssueTest {

    @Test
    void twentyRepeatsOfOneIssueSentAtOnceAllAnswerTheIssuedNotice() throws Exception {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        DownstreamStubs.windowOpens(noi);
        String token = Tokens.decisionMaker("decision-maker-grace");
        String key = "concurrent-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return NoticeApi.issue(noi, token, key);
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        for (Future<Response> f : answers) {
            Response r = f.get();
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() != 200) {
                refused.add(r.asString());
            }
        }
        pool.shutdown();

        assertThat(refused.toString(), statuses, equalTo(Map.of(200, 20)));
    }
}
