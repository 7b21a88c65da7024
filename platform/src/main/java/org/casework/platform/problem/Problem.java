package org.casework.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem document. Extension members (field errors, the states of an illegal
 * transition, a deadline...) sit beside the standard members so a client reads them by name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance" })
@Schema(name = "Problem", description = "An RFC 9457 problem document (application/problem+json)")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:casework:problem:";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    /** The longest title and detail a problem carries, as its schema says: a longer detail is cut short. */
    public static final int MAX_TYPE = 100;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DETAIL = 2000;

    public Problem(String typeSlug, String title, int status, String detail) {
        this.type = TYPE_PREFIX + typeSlug;
        this.title = title;
        this.status = status;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail
                : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    public Problem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    @Schema(maxLength = MAX_TYPE, example = "urn:casework:problem:invalid-request")
    public String getType() {
        return type;
    }

    @Schema(maxLength = MAX_TITLE)
    public String getTitle() {
        return title;
    }

    @Schema(minimum = "400", maximum = "599")
    public int getStatus() {
        return status;
    }

    @Schema(maxLength = MAX_DETAIL)
    public String getDetail() {
        return detail;
    }

    /** The problem as plain JSON members, for answers written outside the REST layer. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", type);
        map.put("title", title);
        map.put("status", status);
        if (detail != null) {
            map.put("detail", detail);
        }
        map.putAll(extensions);
        return map;
    }

    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
