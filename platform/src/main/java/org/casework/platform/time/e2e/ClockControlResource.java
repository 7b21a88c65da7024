package org.casework.platform.time.e2e;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.arc.profile.IfBuildProfile;

/** Moves the clock of an end-to-end build. Absent from every other build (see {@link AdjustableClock}). */
@Path("/test-support/clock")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProfile("e2e")
public class ClockControlResource {

    private final AdjustableClock clock;

    public ClockControlResource(AdjustableClock clock) {
        this.clock = clock;
    }

    public record Now(@NotNull Instant instant) {
    }

    @GET
    @PermitAll
    public Now now() {
        return new Now(clock.instant());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Now moveTo(@Valid @NotNull Now body) {
        clock.moveTo(body.instant());
        return now();
    }

    @DELETE
    @PermitAll
    public Now reset() {
        clock.reset();
        return now();
    }
}
