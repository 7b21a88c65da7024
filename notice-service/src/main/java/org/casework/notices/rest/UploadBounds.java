package org.casework.notices.rest;

import static org.casework.platform.openapi.DocumentParts.property;
import static org.casework.platform.openapi.DocumentParts.uploadForm;

import java.util.List;
import java.util.Map;

import org.casework.notices.domain.Lengths;
import org.casework.notices.service.AppealDocuments;
import org.casework.notices.service.ProgressReports;
import org.casework.notices.service.fee.FeePenaltyFile;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States in the document what annotations cannot reach: the upload forms' files (the scanner builds each form from
 * its {@code @RestForm} parts, a file as a bare binary string), bounded by the sizes and counts the services refuse
 * beyond ({@link AppealDocuments#MAX_BYTES}, {@link ProgressReports#MAX_FILES}, {@link FeePenaltyFile#MAX_BYTES}), with
 * an example of each form; and a time of day ({@code LocalTime}, a schema of the scanner's own), as Jackson writes it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class UploadBounds implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null && schemas.get("LocalTime") != null) {
            schemas.get("LocalTime").setMaxLength(Lengths.TIME);
        }
        Schema appeal = uploadForm(openAPI, "/appeals/{id}/documents");
        property(appeal, "file").setMaxLength(Math.toIntExact(AppealDocuments.MAX_BYTES));
        appeal.setExamples(List.of(Map.of("file", "%PDF-1.7 (the tribunal's decision, as a PDF)")));

        Schema batch = uploadForm(openAPI, "/fee-penalties/batches");
        property(batch, "file").setMaxLength(FeePenaltyFile.MAX_BYTES);
        batch.setExamples(List.of(Map.of("file", FeePenaltyFile.HEADER + "\n(one row a fee payer)")));

        Schema progress = uploadForm(openAPI, "/portal/issued-notices/{noticeId}/steps/{stepId}/progress");
        Schema files = property(progress, "file");
        files.setMaxItems(ProgressReports.MAX_FILES);
        files.getItems().setMaxLength(Math.toIntExact(AppealDocuments.MAX_BYTES));
        progress.setExamples(List.of(Map.of("text", "The retention schedule was revised and adopted on "
                + "3 March; the board minute is attached.")));
    }
}
