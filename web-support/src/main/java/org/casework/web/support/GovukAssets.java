package org.casework.web.support;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;


import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/** GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/: serve them from the WebJar. */
@Singleton
public class GovukAssets {

    private final String version = webJarVersion();

    /** The WebJar's version, from its own Maven metadata, so the pom is the only place it is named. */
    private static String webJarVersion() {
        try (var in = GovukAssets.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the govuk-frontend WebJar is missing", e);
        }
    }

    void install(@Observes Router router) {
        router.route("/assets/*").handler(StaticHandler
                .create("META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets")
                .setCachingEnabled(true).setMaxAgeSeconds(86400));
    }
}
