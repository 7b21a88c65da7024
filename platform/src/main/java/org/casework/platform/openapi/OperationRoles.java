package org.casework.platform.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Says which roles an operation allows in the extension {@code x-roles} and a "Roles: …" line of its
 * description, and leaves its security requirement with no scopes.
 *
 * <p>Quarkus writes the {@code @RolesAllowed} roles as the scopes of the {@code oidc} requirement.
 * Client generators and Swagger UI read those as OAuth scopes to ask the sign-in server for, and a
 * realm role is no scope any client can ask for: the requirement now says only "a valid token from
 * this scheme", and the roles are in an extension tools pass through untouched.
 */
final class OperationRoles {

    static final String EXTENSION = "x-roles";

    private OperationRoles() {
    }

    /** Moves the roles out of the operation's security requirements; nothing to do for a public operation. */
    static void move(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            return;
        }
        List<String> roles = rolesOf(requirements);
        List<SecurityRequirement> withoutScopes = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            withoutScopes.add(withoutScopes(requirement));
        }
        operation.setSecurity(withoutScopes);
        if (roles.isEmpty()) {
            return;
        }
        operation.addExtension(EXTENSION, roles);
        String line = "Roles: " + String.join(", ", roles) + ".";
        String description = operation.getDescription();
        if (description == null || description.isBlank()) {
            operation.setDescription(line);
        } else if (!description.contains(line)) {
            operation.setDescription(description + "\n\n" + line);
        }
    }

    /** Sorted, so the extension and the description list them alike and the document is stable between builds. */
    static List<String> rolesOf(List<SecurityRequirement> requirements) {
        return requirements.stream()
                .filter(r -> r.getSchemes() != null)
                .flatMap(r -> r.getSchemes().values().stream())
                .filter(scopes -> scopes != null)
                .flatMap(List::stream)
                .distinct()
                .sorted()
                .toList();
    }

    private static SecurityRequirement withoutScopes(SecurityRequirement requirement) {
        SecurityRequirement plain = OASFactory.createSecurityRequirement();
        if (requirement.getSchemes() != null) {
            requirement.getSchemes().keySet().forEach(scheme -> plain.addScheme(scheme, new ArrayList<>()));
        }
        return plain;
    }
}
