package org.casework.platform.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The parts of a scanned OpenAPI document a start-up filter bounds (an upload form, a schema's property), found or
 * refused by name: a part the scanner wrote from the code that is missing is a renamed one, and start-up fails saying
 * which, rather than leaving it unbounded.
 */
public final class DocumentParts {

    public static final String MULTIPART = "multipart/form-data";

    private DocumentParts() {
    }

    /** The multipart/form-data schema of the POST at {@code path}. */
    public static Schema uploadForm(OpenAPI openAPI, String path) {
        PathItem item = openAPI.getPaths().getPathItem(path);
        if (item == null || item.getPOST() == null || item.getPOST().getRequestBody() == null
                || item.getPOST().getRequestBody().getContent().getMediaType(MULTIPART) == null) {
            throw new IllegalStateException("The OpenAPI document has no upload form at " + path + " to bound");
        }
        return item.getPOST().getRequestBody().getContent().getMediaType(MULTIPART).getSchema();
    }

    /** The property {@code name} of {@code schema} (a form's part or a view's field). */
    public static Schema property(Schema schema, String name) {
        Schema property = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(name);
        if (property == null) {
            throw new IllegalStateException("The OpenAPI document has no property " + name + " to bound");
        }
        return property;
    }
}
