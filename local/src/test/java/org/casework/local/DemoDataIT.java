package org.casework.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A second run finds the reference case by what it is, even when newer cases exist, and never seeds
 * a second one.
 */
class DemoDataIT {

    private static LocalParts parts;
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        parts = LocalParts.get();
    }

    @Test
    void aSecondSeedAfterNewerCasesFindsTheSameReferenceCaseAndAddsNothing() throws Exception {
        DemoData demoData = new DemoData(DemoDataIT::staff, parts.users, parts.cases.url(), parts.notices.url());

        DemoData.ReferenceCase first = demoData.seed();
        JsonNode newer = Http.json(Http.post(parts.cases.url() + "/cases", staff("ada"), """
                {"title": "Lost laptop at the NHS software supplier", "summary": "An unencrypted laptop was left on a train.",
                 "source": "BREACH_REPORT",
                 "organisation": {"id": "org-nhs-supplier", "name": "Advanced Computer Software Group",
                   "legalEntities": [{"name": "Advanced Computer Software Group Limited", "companyNumber": "05965280",
                     "address": "Ditton Park, Riding Court Road, Datchet, Slough, SL3 9LL"}]},
                 "incident": {"occurredOn": "2024-01-02", "discoveredOn": "2024-01-03", "reportedOn": "2024-01-04",
                   "peopleAffected": 12, "dataCategories": ["contact details"], "specialCategoryData": false}}
                """, "demo-data-it-newer-case"));
        DemoData.ReferenceCase second = demoData.seed();

        assertThat(first.alreadyThere()).isFalse();
        assertThat(newer.path("reference").asText()).isNotEqualTo(first.reference());
        assertThat(second).isEqualTo(new DemoData.ReferenceCase(first.caseId(), first.reference(), first.noticeOfIntentId(), true));
        assertThat(casesTitled("Ransomware attack on NHS software supplier")).containsExactly(first.reference());
        JsonNode reference = Http.json(Http.get(parts.cases.url() + "/cases/" + first.caseId(),
                "Authorization", "Bearer " + staff("ada")));
        assertThat(reference.path("status").asText()).isEqualTo("INVESTIGATING");
        assertThat(reference.path("findings")).hasSize(1);
        assertThat(Http.json(Http.get(parts.notices.url() + "/notices?caseId=" + first.caseId(),
                "Authorization", "Bearer " + staff("ada"))).path("items")).hasSize(1);
    }

    private static List<String> casesTitled(String title) throws Exception {
        List<String> references = new ArrayList<>();
        for (JsonNode item : Http.json(Http.get(parts.cases.url() + "/cases?limit=200&organisation=org-nhs-supplier",
                "Authorization", "Bearer " + staff("ada"))).path("items")) {
            if (item.path("title").asText().equals(title)) {
                references.add(item.path("reference").asText());
            }
        }
        return references;
    }

    private static String staff(String username) throws Exception {
        String token = TOKENS.get(username);
        if (token == null) {
            token = parts.signIn(username, SignIn.Client.web());
            TOKENS.put(username, token);
        }
        return token;
    }
}
