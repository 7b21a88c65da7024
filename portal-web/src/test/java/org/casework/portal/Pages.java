package org.casework.portal;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;

/** Reads pages as a browser would: HTML parsed with Jsoup, forms posted with the CSRF token and cookie the form page gave. */
public final class Pages {

    /** The form field of the CSRF token, and its cookie, whose name is the portal's own. */
    public static final String CSRF = "csrf-token";
    public static final String CSRF_COOKIE = "portal-csrf-token";

    private Pages() {
    }

    public static Response fetch(String path) {
        return given().redirects().follow(false).when().get(path);
    }

    public static Document page(String path, int status) {
        Response r = fetch(path);
        r.then().statusCode(status);
        return Jsoup.parse(r.asString(), "http://localhost" + path);
    }

    public static Document page(String path) {
        return page(path, 200);
    }

    /** As {@link #submit}, as multipart/form-data with one file (none when {@code fileName} is null). */
    public static Response submitWithFile(String formPage, String action, Map<String, String> fields, String fileName,
            byte[] content, String contentType) {
        Response form = fetch(formPage);
        form.then().statusCode(200);
        String cookie = form.getCookie(CSRF_COOKIE);
        String token = Jsoup.parse(form.asString()).select("input[name=" + CSRF + "]").val();
        var request = given().redirects().follow(false).cookie(CSRF_COOKIE, cookie).multiPart(CSRF, token);
        fields.forEach(request::multiPart);
        if (fileName != null) {
            request.multiPart("files", fileName, content, contentType);
        }
        return request.when().post(action);
    }

    /** Fills in the form at {@code formPage} (with its CSRF token) and posts it to {@code action}. */
    public static Response submit(String formPage, String action, Map<String, String> fields) {
        Response form = fetch(formPage);
        form.then().statusCode(200);
        String cookie = form.getCookie(CSRF_COOKIE);
        String token = Jsoup.parse(form.asString()).select("input[name=" + CSRF + "]").val();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(CSRF, token);
        return given().redirects().follow(false).cookie(CSRF_COOKIE, cookie).contentType("application/x-www-form-urlencoded")
                .formParams(all).when().post(action);
    }
}
