package org.casework.notices.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.rest.FeePenaltyViews.BatchView;
import org.casework.notices.service.fee.FeePenaltyBatchService;
import org.casework.notices.service.fee.FeePenaltyFile;
import org.casework.notices.service.fee.FeePenaltyQueries;
import org.casework.platform.digest.Sha256;
import org.casework.platform.idempotency.Idempotency;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Uploads of unpaid data-protection charges: one file, many fixed penalties' notices of intent. */
@Path("/fee-penalties/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fixed penalties", description = "Fixed penalties for an unpaid data-protection fee (DPA 2018 s.155(1)(c), s.158)")
public class FeePenaltyBatchResource {

    private final FeePenaltyBatchService uploads;
    private final FeePenaltyQueries queries;
    private final Idempotency idempotency;

    public FeePenaltyBatchResource(FeePenaltyBatchService uploads, FeePenaltyQueries queries, Idempotency idempotency) {
        this.uploads = uploads;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "uploadFeePenaltyBatch",
            summary = "Upload unpaid charges: give their notices of intent", description = "Multipart, part `file`: "
            + "CSV in UTF-8, at most " + FeePenaltyFile.MAX_BYTES + " bytes and " + FeePenaltyFile.MAX_ROWS + " rows, "
            + "first line exactly `" + FeePenaltyFile.HEADER + "`. Per row: organisation id and name, the registration "
            + "reference, tier 1-3, the first day of the unpaid charge period (YYYY-MM-DD, from 2018-05-25, not in the "
            + "future) and optionally an aggravated amount above the tier's fixed amount, at most the statutory maximum "
            + "(s.158(3)), with its reason. Batch rule: a file that cannot be read as a whole creates nothing (4xx); "
            + "otherwise every valid row becomes a notice of intent given today (representations for 21 days, Sch 16 "
            + "para 3(4)), all in one transaction with the batch and one audit entry, and each bad row is reported with "
            + "its line, column and reason and not created: a repeated charge in the file, or one already penalised, "
            + "is a bad row. No valid row: 422, nothing created. Requires an Idempotency-Key: a repeat answers as the "
            + "first did and creates nothing.")
    public Response upload(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @RestForm("file") FileUpload file) {
        Idempotency.requireValid(idempotencyKey);
        if (file == null) {
            throw ProblemException.badRequest("The request needs a part named 'file' holding the CSV");
        }
        FeePenaltyFile.requireSize(file.size());
        byte[] content = read(file);
        String fileName = fileName(file.fileName());
        return idempotency.execute(idempotencyKey, "POST /fee-penalties/batches",
                Map.of("fileName", fileName, "fileSha256", Sha256.hex(content)), () -> {
                    BatchView view = BatchView.of(uploads.upload(fileName, content));
                    return Response.created(URI.create("/fee-penalties/batches/" + view.id())).entity(view).build();
                });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readFeePenaltyBatch",
            summary = "Read an upload's result", description = "Its counts, the file's SHA-256 and each rejected "
            + "row; the penalties it created are listed by GET /fee-penalties?batchId=.")
    public BatchView read(@PathParam("id") UUID id) {
        return BatchView.of(queries.batch(id));
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name as sent, without any path and with only plain characters, for the record. */
    private static String fileName(String sent) {
        String name = sent == null ? "" : sent.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (name.isEmpty()) {
            return "upload.csv";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
