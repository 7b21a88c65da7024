package org.casework.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against Keycloak with the realm: a one-time code someone else used is refused, and the next one is used. */
class SignInIT {

    private static LocalParts parts;

    @BeforeAll
    static void start() throws Exception {
        parts = LocalParts.get();
    }

    @Test
    void aCodeUsedElsewhereInThisWindowIsRefusedAndTheSignInGoesOnWithTheNextOneSayingSo() throws Exception {
        DemoUsers.DemoUser charles = parts.users.named("charles");
        List<String> browserNotices = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        // two guards that know nothing of each other, as with a browser and local/token; both sign-ins must
        // start in one 30-second window, so begin early in one
        if (Totp.secondsLeft(Instant.now()) < 15) {
            Thread.sleep(Totp.secondsLeft(Instant.now()) * 1000 + 200);
        }
        String first = new SignIn(parts.keycloak.issuer(), new OneTimeCodes(null, browserNotices::add,
                java.time.Clock.systemUTC(), Thread::sleep)).accessToken(charles, SignIn.Client.web());
        String second = new SignIn(parts.keycloak.issuer(), new OneTimeCodes(null, notices::add,
                java.time.Clock.systemUTC(), Thread::sleep)).accessToken(charles, SignIn.Client.web());

        assertThat(browserNotices).isEmpty();
        assertThat(notices).singleElement().asString()
                .startsWith("charles's one-time code of this 30-second window is used already");
        assertThat(Http.claims(second).path("acr").asText()).isEqualTo("2");
        assertThat(second).isNotEqualTo(first);
    }
}
