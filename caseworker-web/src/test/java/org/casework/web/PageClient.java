package org.casework.web;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;

/** Reads pages as a browser would: HTML parsed with Jsoup, forms posted with the CSRF token and cookie the form page gave. */
public final class PageClient {

    public static final String CSRF = "csrf-token";

    private PageClient() {
    }

    public static Response fetch(String path) {
        return given().redirects().follow(false).when().get(path);
    }

    /** A page that must render with the given status. */
    public static Document page(String path, int status) {
        Response r = fetch(path);
        r.then().statusCode(status);
        return Jsoup.parse(r.asString(), "http://localhost" + path);
    }

    public static Document page(String path) {
        return page(path, 200);
    }

    public static Document parse(Response r) {
        return Jsoup.parse(r.asString());
    }

    /** Fills in the form at {@code formPage} (with its CSRF token) and posts it to {@code action}. */
    public static Response submit(String formPage, String action, Map<String, ?> fields) {
        Response form = fetch(formPage);
        form.then().statusCode(200);
        String cookie = form.getCookie(CSRF);
        Document doc = Jsoup.parse(form.asString());
        var field = doc.select("input[name=" + CSRF + "]").first();
        // A page without forms still sets the cookie; a hand-made post would use it as the token.
        String token = field == null ? cookie : field.val();
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put(CSRF, token);
        return given().redirects().follow(false).cookie(CSRF, cookie).contentType("application/x-www-form-urlencoded")
                .formParams(all).when().post(action);
    }

    /** As {@link #submit}, as multipart/form-data with one file (none when {@code fileName} is null). */
    public static Response submitMultipart(String formPage, String action, Map<String, String> fields, String fileName,
            byte[] content) {
        return submitFile(formPage, action, fields, "files", fileName, content, "application/pdf");
    }

    /** As {@link #submitMultipart}, the file in the part {@code part} with its declared type. */
    public static Response submitFile(String formPage, String action, Map<String, String> fields, String part,
            String fileName, byte[] content, String contentType) {
        Response form = fetch(formPage);
        form.then().statusCode(200);
        String cookie = form.getCookie(CSRF);
        var field = Jsoup.parse(form.asString()).select("input[name=" + CSRF + "]").first();
        // as in submit: a page without forms still sets the cookie, which a hand-made post would use
        var request = given().redirects().follow(false).cookie(CSRF, cookie)
                .multiPart(CSRF, field == null ? cookie : field.val());
        fields.forEach(request::multiPart);
        if (fileName != null) {
            request.multiPart(part, fileName, content, contentType);
        }
        return request.when().post(action);
    }

    /** Posts without the CSRF token: what a forged cross-site form would send. */
    public static Response submitWithoutToken(String action, Map<String, ?> fields) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParams(fields)
                .when().post(action);
    }
}
