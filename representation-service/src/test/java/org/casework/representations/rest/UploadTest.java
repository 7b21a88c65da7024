package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.casework.platform.digest.Sha256;
import org.casework.representations.Portal;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Evidence: limits, types by content, safe names, byte-identical round trips, and memory that stays flat. */
@QuarkusTest
class UploadTest {

    private static final Logger LOG = Logger.getLogger(UploadTest.class);

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsStored() throws IOException {
        UUID notice = Portal.window("org-big", LocalDate.of(2099, 1, 31));
        Path big = Portal.bigFile(21L * 1024 * 1024, ".pdf");
        RowCounts before = RowCounts.of(Portal.TABLES);
        Problems.assertProblem(Portal.submit("org-big", notice, "Too big", "big.pdf", big), 413);
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void anExecutableRenamedPdfIsRefusedWith415AndNothingIsStored() {
        UUID notice = Portal.window("org-exe", LocalDate.of(2099, 1, 31));
        RowCounts before = RowCounts.of(Portal.TABLES);
        Response r = Problems.assertProblem(Portal.submit("org-exe", notice, "See attached",
                "report.pdf", Portal.pdf(), "invoice.pdf", Portal.executable()), 415);
        assertThat(r.jsonPath().getString("errors[0].field"), equalTo("files[1]"));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void aPathInTheNameIsRefusedAndNothingIsStored() {
        UUID notice = Portal.window("org-names", LocalDate.of(2099, 1, 31));
        RowCounts before = RowCounts.of(Portal.TABLES);
        Response refused = Problems.assertProblem(Portal.submit("org-names", notice, "Names", "../../etc/passwd",
                "root:x:0:0".getBytes(), "report.pdf", Portal.pdf()), 400);
        assertThat(refused.jsonPath().getList("errors.field"), equalTo(java.util.List.of("files[0]")));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void aFileIsNamedByTheTypeFoundInItsContent() {
        UUID notice = Portal.window("org-names", LocalDate.of(2099, 1, 31));
        Portal.submit("org-names", notice, "Names", "passwd", "root:x:0:0".getBytes(), "report.exe", Portal.pdf())
                .then().statusCode(201)
                .body("files[0].name", equalTo("passwd.txt"))
                .body("files[0].contentType", equalTo("text/plain; charset=UTF-8"))
                .body("files[1].name", equalTo("report.exe.pdf"))
                .body("files[1].contentType", equalTo("application/pdf"));
    }

    @Test
    void filesComeBackByteIdenticalWithTheSameSha256() {
        UUID notice = Portal.window("org-roundtrip", LocalDate.of(2099, 1, 31));
        byte[] docx = Portal.docx();
        Response submitted = Portal.submit("org-roundtrip", notice, "Our response", "Response.docx", docx,
                "screenshot.png", Portal.png());
        submitted.then().statusCode(201)
                .body("files[0].sha256", equalTo(Sha256.hex(docx)))
                .body("files[0].size", equalTo(docx.length));
        String id = submitted.path("id");
        String fileId = submitted.path("files[0].id");
        Response download = Portal.as("org-roundtrip").get("/portal/representations/" + id + "/files/" + fileId);
        download.then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"Response.docx\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + Sha256.hex(docx) + "\"");
        assertThat(download.asByteArray(), equalTo(docx));
        byte[] staffCopy = given().auth().oauth2(Tokens.caseworker()).get("/representations/" + id + "/files/" + fileId)
                .then().statusCode(200).extract().asByteArray();
        assertThat(staffCopy, equalTo(docx));
        assertThat(org.casework.testing.Sql.queryLong("select count(*) from audit_event where resource_id = ? "
                + "and action = 'evidence.downloaded'", id), equalTo(2L));
    }

    /**
     * A 50 MB upload (three files: 20, 20 and 10 MB, the per-file limit being 20 MB) goes to disk as
     * it arrives and to the database in 64 KiB chunks; the heap used while it is sent and stored must
     * stay far below its size.
     */
    @Test
    void a50MegabyteUploadKeepsHeapGrowthSmall() throws Exception {
        UUID notice = Portal.window("org-fifty", LocalDate.of(2099, 1, 31));
        long mb = 1024L * 1024;
        long size = 50 * mb;
        Path first = Portal.bigFile(20 * mb, ".pdf");
        Path second = Portal.bigFile(20 * mb, ".pdf");
        Path third = Portal.bigFile(10 * mb, ".pdf");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // Live heap, not allocation: garbage is collected before each sample, so a buffered upload
        // would show while short-lived 64 KiB chunks would not.
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        int status = Portal.submitStreaming(RestAssured.baseURI + ":" + RestAssured.port, "org-fifty", notice,
                "Fifty megabytes", first, second, third);
        running.set(false);
        sampler.join();
        assertThat(status, equalTo(201));
        String representation = Portal.as("org-fifty").get("/portal/notices/" + notice).then().statusCode(200)
                .extract().path("representations[0].id");
        Portal.as("org-fifty").get("/portal/representations/" + representation).then()
                .body("files[0].size", equalTo((int) (20 * mb))).body("files[0].sha256", equalTo(sha256(first)))
                .body("files[2].size", equalTo((int) (10 * mb))).body("files[2].sha256", equalTo(sha256(third)));
        long growth = peak.get() - baseline;
        LOG.infof("50 MB upload: live heap after GC, baseline %d MB, peak %d MB, growth %d MB", baseline >> 20,
                peak.get() >> 20, growth >> 20);
        // the client and the service share this JVM; holding one 20 MB file in memory would already show
        assertThat(growth, lessThan(16 * mb));
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
