package org.casework.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Whom the document names to ask and the one server it vouches for, per environment. */
class ContactAndServerFilterTest {

    @Test
    void theConfiguredContactAndServerReplaceAnyOther() {
        OpenAPI openAPI = OASFactory.createOpenAPI().info(OASFactory.createInfo().title("Casework case-service"))
                .addServer(OASFactory.createServer().url("http://localhost:8081"));

        ContactAndServerFilter.apply(openAPI, config(Map.of(
                "casework.openapi.contact-email", "desk@example.org",
                "casework.openapi.server-url", "https://api.example.org/cases")));

        assertEquals("Casework service desk", openAPI.getInfo().getContact().getName());
        assertEquals("desk@example.org", openAPI.getInfo().getContact().getEmail());
        assertEquals("Casework case-service", openAPI.getInfo().getTitle());
        assertEquals(1, openAPI.getServers().size());
        assertEquals("https://api.example.org/cases", openAPI.getServers().get(0).getUrl());
    }

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }
}
