package org.casework.web.view;

import java.util.List;

import org.casework.web.form.Option;
import org.casework.web.model.Notice;
import org.casework.web.support.GivingWords;

import io.quarkus.qute.TemplateData;

/** How a notice is given: the issue form's choices and the notice page's sentence ({@code giving:} in templates). */
@TemplateData(namespace = "giving")
public final class GivingView {

    /** The ways DPA 2018 s.141A(2) allows, each with when it counts as given. */
    public static final List<Option> METHODS = List.of(
            new Option("EMAIL", "By email", GivingWords.hint("EMAIL")),
            new Option("POST", "By post", GivingWords.hint("POST")),
            new Option("BY_HAND", "By hand", GivingWords.hint("BY_HAND")),
            new Option("LEFT_AT_ADDRESS", "Left at the organisation's address", GivingWords.hint("LEFT_AT_ADDRESS")));

    private GivingView() {
    }

    /** True for one of {@link #METHODS}: anything else posted is refused before notice-service is asked. */
    public static boolean known(String method) {
        return METHODS.stream().anyMatch(o -> o.value().equals(method));
    }

    /** Under "Given": "By email on Sunday 6 December 2026 (sent Friday 4 December; ...: DPA 2018 s.141A)". */
    public static String detail(Notice n) {
        return GivingWords.detail(n.givingMethod().orElse(null), n.givingProvision().orElse(null),
                n.issuedOn().orElse(null), n.dayGiven().orElse(null));
    }
}
