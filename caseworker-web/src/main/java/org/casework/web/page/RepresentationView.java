package org.casework.web.page;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.client.PeopleDirectory;
import org.casework.web.client.Reads;
import org.casework.web.client.RepresentationsApi;
import org.casework.web.model.Hearing;
import org.casework.web.model.Notice;
import org.casework.web.model.Representation;
import org.casework.web.view.CurrentUser;
import org.casework.web.view.Names;
import org.casework.web.form.Form;
import org.casework.web.form.HearingBodies;
import org.casework.web.form.Option;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The representation page as its forms show it again: the representation, and the requests for an oral
 * hearing on the same notice of intent. {@link RepresentationPage} and {@link HearingForms} render it.
 */
@ApplicationScoped
public class RepresentationView {

    @CheckedTemplate(basePath = "RepresentationPage")
    static class Templates {
        static native TemplateInstance page(CurrentUser user, Form form, Form blank, Representation representation,
                String sender, Notice notice, List<Hearing> hearings, List<Option> hearingDecisions, String base);
    }

    private final RepresentationsApi representations;
    private final Reads reads;
    private final CurrentUser user;
    private final PeopleDirectory people;

    public RepresentationView(@RestClient RepresentationsApi representations, Reads reads, CurrentUser user,
            PeopleDirectory people) {
        this.representations = representations;
        this.reads = reads;
        this.user = user;
        this.people = people;
    }

    TemplateInstance render(String id, Form form) {
        Representation representation = representations.read(id);
        String sender = sender(representation);
        return Templates.page(user, form, Form.empty(), representation, sender, reads.notice(representation.noticeId()),
                reads.hearingRequests(representation.noticeId()), HearingBodies.DECISIONS,
                "/representations/" + id + "/hearing-requests");
    }

    /**
     * Who sent it: the directory's name for the subject when it has one, else the name the person's token gave when
     * they sent it (kept by representation-service), else their organisation's representative; never a bare id.
     */
    private String sender(Representation r) {
        Names names = people.names(List.of(r.submittedBy()));
        if (names.knows(r.submittedBy())) {
            return names.of(r.submittedBy());
        }
        return r.submittedByName().orElse("a representative of " + r.organisationId());
    }
}
