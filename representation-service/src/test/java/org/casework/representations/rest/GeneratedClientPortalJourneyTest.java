package org.casework.representations.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.platform.digest.Sha256;
import org.casework.portalclient.ApiClient;
import org.casework.portalclient.ApiException;
import org.casework.portalclient.api.PortalApi;
import org.casework.portalclient.model.ExtensionAsked;
import org.casework.portalclient.model.ExtensionView;
import org.casework.portalclient.model.FileView;
import org.casework.portalclient.model.PortalNoticeSummary;
import org.casework.portalclient.model.PortalNoticeView;
import org.casework.portalclient.model.PortalRepresentationView;
import org.casework.portalclient.model.Problem;
import org.casework.portalclient.model.ProblemErrorsInner;
import org.casework.representations.Portal;
import org.casework.testing.AuditEvents;
import org.casework.testing.AuditEvents.Actor;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The portal journey made as an organisation's developer would make it: with the Java client OpenAPI Generator
 * builds from the published document ({@code docs/openapi/representation-service.yaml}, see the module's pom) and
 * nothing else. Each call is typed by the document alone, so a missing or wrong answer, body or content type in the
 * document fails here rather than in an organisation's build.
 */
@QuarkusTest
class GeneratedClientPortalJourneyTest {

    private static final String ORG = "org-generated-client";
    private static final Actor REPRESENTATIVE = Actor.person("rep-of-" + ORG, "org-representative");

    @TestHTTPResource("/")
    URL server;

    @TempDir
    Path files;

    @Test
    void anOrganisationOpensItsNoticeSubmitsARepresentationWithAFileAndAsksForMoreTime() throws Exception {
        // notice-service's side, not the organisation's: a notice of intent is issued and its window opened
        UUID notice = Portal.window(ORG, LocalDate.of(2099, 3, 31));
        PortalApi portal = portal();

        List<UUID> listed = portal.listOwnNoticesOfIntent(null, null).getItems().stream()
                .map(PortalNoticeSummary::getNoticeId).toList();
        assertThat(listed, hasItem(notice));
        PortalNoticeView opened = portal.readOwnNoticeOfIntent(notice);
        assertThat(opened.getDueOn(), equalTo(LocalDate.of(2099, 3, 31)));
        assertThat(opened.getAccepting(), equalTo(true));

        byte[] pdf = Portal.pdf();
        File letter = Files.write(files.resolve("Our response.pdf"), pdf).toFile();
        long seq = AuditEvents.lastSeq();
        PortalRepresentationView submitted = portal.submitRepresentation(notice,
                "We dispute the amount proposed", List.of(letter));
        AuditEvents.assertOnlyEntryAfter(seq, "representation.submitted", "representation", submitted.getId().toString(),
                REPRESENTATIVE);
        FileView kept = submitted.getFiles().get(0);
        assertThat(kept.getName(), equalTo("Our response.pdf"));
        assertThat(kept.getContentType(), equalTo("application/pdf"));
        assertThat(kept.getSha256(), equalTo(Sha256.hex(pdf)));
        assertThat(Files.readAllBytes(portal.downloadOwnRepresentationFile(kept.getId(), submitted.getId()).toPath()),
                equalTo(pdf));

        seq = AuditEvents.lastSeq();
        ExtensionView asked = portal.askForMoreTime(notice,
                new ExtensionAsked().until(LocalDate.of(2099, 4, 30)).reason("Our auditors report in April"));
        AuditEvents.assertOnlyEntryAfter(seq, "extension.requested", "extension-request", asked.getId().toString(),
                REPRESENTATIVE);
        assertThat(asked.getStatus().getValue(), equalTo("PENDING"));

        PortalNoticeView now = portal.readOwnNoticeOfIntent(notice);
        assertThat(now.getRepresentations().stream().map(PortalRepresentationView::getId).toList(),
                contains(submitted.getId()));
        assertThat(now.getRepresentations().get(0).getStatement(), equalTo("We dispute the amount proposed"));
        assertThat(now.getExtensionRequests().stream().map(ExtensionView::getRequestedUntil).toList(),
                contains(LocalDate.of(2099, 4, 30)));
        assertThat(portal.readOwnRepresentation(submitted.getId()).getFiles().get(0).getSha256(), equalTo(Sha256.hex(pdf)));
        assertThat(Sql.queryLong("select count(*) from evidence_file f join representation r on r.id = f.representation_id "
                + "where r.notice_id = ? and f.sha256 = ?", notice, Sha256.hex(pdf)), equalTo(1L));
        assertThat(Sql.queryLong("select count(*) from extension_request where notice_id = ? and status = 'PENDING'",
                notice), equalTo(1L));
    }

    @Test
    void aRefusedSubmissionComesBackAsAProblemWhoseFieldErrorsTheGeneratedModelReads() throws Exception {
        UUID notice = Portal.window(ORG, LocalDate.of(2099, 3, 31));
        PortalApi portal = portal();
        File renamed = Files.write(files.resolve("invoice.pdf"), Portal.executable()).toFile();

        ApiException refused = assertThrows(ApiException.class,
                () -> portal.submitRepresentation(notice, "See attached", List.of(renamed)));

        assertThat(refused.getCode(), equalTo(415));
        assertThat(refused.getResponseHeaders().firstValue("Content-Type").orElseThrow(),
                startsWith("application/problem+json"));
        Problem problem = new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus(), equalTo(415));
        assertThat(problem.getErrors().stream().map(ProblemErrorsInner::getField).toList(), contains("files[0]"));
        assertThat(Sql.queryLong("select count(*) from representation where notice_id = ?", notice), equalTo(0L));
    }

    /** The generated client as an organisation's developer sets it up: the server's address and a bearer token. */
    private PortalApi portal() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.toString().replaceAll("/$", ""));
        String token = Tokens.orgRepresentative(ORG);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new PortalApi(client);
    }
}
