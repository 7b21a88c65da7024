package org.casework.system;

import static io.restassured.RestAssured.given;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.casework.local.ServiceProcess;

/** Moves the clock of every service together (e2e builds only) to a London wall-clock time. */
final class Clocks {

    private Clocks() {
    }

    static void setLondon(Suite suite, LocalDateTime londonTime) {
        set(suite, londonTime.atZone(ZoneId.of("Europe/London")).toInstant());
    }

    static void set(Suite suite, java.time.Instant at) {
        set(java.util.List.of(suite.cases, suite.notices, suite.representations), at);
    }

    /** Moves the clocks of these services only (one started again comes back with its clock unmoved). */
    static void set(java.util.List<ServiceProcess> services, java.time.Instant at) {
        String instant = at.toString();
        for (ServiceProcess s : services) {
            given().baseUri(s.url()).contentType("application/json").body("{\"instant\":\"" + instant + "\"}")
                    .put("/test-support/clock").then().statusCode(200);
        }
    }

    static void reset(Suite suite) {
        for (ServiceProcess s : new ServiceProcess[] { suite.cases, suite.notices, suite.representations }) {
            given().baseUri(s.url()).delete("/test-support/clock").then().statusCode(200);
        }
    }
}
