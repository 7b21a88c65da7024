package org.casework.web.testing;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;

/**
 * Reads pages as a browser would: HTML parsed with Jsoup, forms posted with the CSRF token and cookie the form page
 * gave. The form field is {@code csrf-token} in both web modules; the cookie's name is the application's own
 * ({@code quarkus.rest-csrf.cookie-name}: the portal's differs, as cookies are per host), read from its configuration.
 */
public final class PageClient {

    public static final String CSRF = "csrf-token";

    private PageClient() {
    }

    /** The name of the CSRF cookie the application under test sets. */
    public static String csrfCookie() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.rest-csrf.cookie-name", String.class).orElse(CSRF);
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
        String cookie = form.getCookie(csrfCookie());
        Document doc = Jsoup.parse(form.asString());
        var field = doc.select("input[name=" + CSRF + "]").first();
        // A page without forms still sets the cookie; a hand-made post would use it as the token.
        String token = field == null ? cookie : field.val();
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put(CSRF, token);
        return given().redirects().follow(false).cookie(csrfCookie(), cookie).contentType("application/x-www-form-urlencoded")
                .formParams(all).when().post(action);
    }

    /** As {@link #submit}, as multipart/form-data with one file (none when {@code fileName} is null). */
    public static Response submitMultipart(String formPage, String action, Map<String, String> fields, String fileName,
            byte[] content) {
        return submitFile(formPage, action, fields, "files", fileName, content, "application/pdf");
    }

    /** As {@link #submitMultipart}, the file (in the part {@code files}) with its declared type. */
    public static Response submitMultipart(String formPage, String action, Map<String, String> fields, String fileName,
            byte[] content, String contentType) {
        return submitFile(formPage, action, fields, "files", fileName, content, contentType);
    }

    /** As {@link #submitMultipart}, the file in the part {@code part} with its declared type. */
    public static Response submitFile(String formPage, String action, Map<String, String> fields, String part,
            String fileName, byte[] content, String contentType) {
        Response form = fetch(formPage);
        form.then().statusCode(200);
        String cookie = form.getCookie(csrfCookie());
        var field = Jsoup.parse(form.asString()).select("input[name=" + CSRF + "]").first();
        // as in submit: a page without forms still sets the cookie, which a hand-made post would use
        var request = given().redirects().follow(false).cookie(csrfCookie(), cookie)
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
