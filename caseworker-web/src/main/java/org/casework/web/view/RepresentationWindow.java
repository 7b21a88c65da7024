package org.casework.web.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.casework.web.model.ExtensionRequest;
import org.casework.web.model.Notice;
import org.casework.web.model.Representation;

/**
 * A given notice of intent's period for representations as staff see it: the representations and
 * requests for more time received, the last day (moved by a granted request), and whether it is still
 * open today (London). A withdrawn notice takes no more representations.
 */
public record RepresentationWindow(Notice notice, List<Representation> representations,
        List<ExtensionRequest> extensionRequests, Optional<LocalDate> dueOn, boolean extended, boolean open) {

    public static RepresentationWindow of(Notice notice, List<Representation> representations,
            List<ExtensionRequest> extensionRequests, LocalDate today) {
        Optional<LocalDate> given = notice.representationsDueOn();
        Optional<LocalDate> granted = extensionRequests.stream().filter(x -> "GRANTED".equals(x.status()))
                .flatMap(x -> x.grantedUntil().stream()).max(Comparator.naturalOrder());
        boolean extended = granted.isPresent() && (given.isEmpty() || granted.get().isAfter(given.get()));
        Optional<LocalDate> due = extended ? granted : given;
        boolean open = !notice.isWithdrawn() && due.filter(d -> !today.isAfter(d)).isPresent();
        return new RepresentationWindow(notice, representations, extensionRequests, due, extended, open);
    }
}
