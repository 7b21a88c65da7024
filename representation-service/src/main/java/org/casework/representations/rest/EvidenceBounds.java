package org.casework.representations.rest;

import static org.casework.platform.openapi.DocumentParts.property;
import static org.casework.platform.openapi.DocumentParts.uploadForm;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States in the document the limits of evidence that come from configuration ({@code casework.representations.*}:
 * a statement's length, the number of files and a file's size), as {@code SubmissionChecks} enforces them: the
 * representation form and the hearing record's form, the representations and hearing documents answered, and the
 * downloads of their files.
 *
 * <p>At start-up rather than as constants, because these are the deployment's to set (a regulator may take larger
 * files): the document then states what this server enforces, from the same configuration, and never a number of
 * its own. The other bounds are constants, stated by the views' and requests' annotations.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class EvidenceBounds implements OASFilter {

    static final String PREFIX = "casework.representations.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        apply(openAPI, ConfigProvider.getConfig());
    }

    static void apply(OpenAPI openAPI, Config config) {
        int maxFiles = config.getValue(PREFIX + "max-files", Integer.class);
        int maxStatement = config.getValue(PREFIX + "max-statement-length", Integer.class);
        long maxFileSize = new MemorySizeConverter().convert(config.getValue(PREFIX + "max-file-size", String.class))
                .asLongValue();
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String view : new String[] { "RepresentationView", "PortalRepresentationView" }) {
            property(schemas.get(view), "statement").setMaxLength(maxStatement);
            property(schemas.get(view), "files").setMaxItems(maxFiles);
        }
        property(schemas.get("RecordView"), "documents").setMaxItems(maxFiles);
        property(schemas.get("FileView"), "size").setMaximum(BigDecimal.valueOf(maxFileSize));
        property(schemas.get("DocumentView"), "size").setMaximum(BigDecimal.valueOf(maxFileSize));

        Schema representation = uploadForm(openAPI, "/portal/notices/{noticeId}/representations");
        property(representation, "statement").setMaxLength(maxStatement);
        files(property(representation, "files"), maxFiles, maxFileSize);
        files(property(uploadForm(openAPI, "/hearing-requests/{id}/record"), "files"), maxFiles,
                maxFileSize);
        for (String download : new String[] { "/representations/{id}/files/{fileId}",
                "/portal/representations/{id}/files/{fileId}", "/hearing-requests/{id}/documents/{documentId}" }) {
            openAPI.getPaths().getPathItem(download).getGET().getResponses().getAPIResponse("200").getContent()
                    .getMediaType("*/*").getSchema().setMaxLength(Math.toIntExact(maxFileSize));
        }
    }

    private static void files(Schema files, int maxFiles, long maxFileSize) {
        files.setMaxItems(maxFiles);
        files.getItems().setMaxLength(Math.toIntExact(maxFileSize));
    }
}
