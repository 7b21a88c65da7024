package org.casework.platform.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives the document whom to ask ({@code info.contact}) and where the operations are ({@code servers}),
 * when the service starts.
 *
 * <p>At start-up, like {@link OpenIdConnectUrlFilter}, because both differ per environment and the
 * document is otherwise built when the service is packaged. The server is one URL,
 * {@code casework.openapi.server-url}; its default {@code /} is relative, so the document is right
 * wherever it is served (an auditor's copy from the release names no host it was never served from).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ContactAndServerFilter implements OASFilter {

    static final String CONTACT_NAME = "Casework service desk";
    static final String EMAIL_PROPERTY = "casework.openapi.contact-email";
    static final String SERVER_PROPERTY = "casework.openapi.server-url";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        apply(openAPI, ConfigProvider.getConfig());
    }

    static void apply(OpenAPI openAPI, Config config) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        openAPI.getInfo().setContact(OASFactory.createContact().name(CONTACT_NAME)
                .email(config.getValue(EMAIL_PROPERTY, String.class)));
        // One server, replacing any: the configured address is the only one the document vouches for.
        // x-internal false: the operations are meant for callers outside the regulator too (organisations' portal
        // clients, auditors), through the edge's allow-list; the audience is said, not left to be guessed (OWASP API9).
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer()
                .url(config.getValue(SERVER_PROPERTY, String.class)).addExtension("x-internal", false))));
    }
}
