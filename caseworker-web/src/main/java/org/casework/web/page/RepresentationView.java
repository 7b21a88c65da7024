package org.casework.web.page;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.client.Reads;
import org.casework.web.client.RepresentationsApi;
import org.casework.web.model.Hearing;
import org.casework.web.model.Notice;
import org.casework.web.model.Representation;
import org.casework.web.view.CurrentUser;
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
                Notice notice, List<Hearing> hearings, List<Option> hearingDecisions, String base);
    }

    private final RepresentationsApi representations;
    private final Reads reads;
    private final CurrentUser user;

    public RepresentationView(@RestClient RepresentationsApi representations, Reads reads, CurrentUser user) {
        this.representations = representations;
        this.reads = reads;
        this.user = user;
    }

    TemplateInstance render(String id, Form form) {
        Representation representation = representations.read(id);
        return Templates.page(user, form, Form.empty(), representation, reads.notice(representation.noticeId()),
                reads.hearingRequests(representation.noticeId()), HearingBodies.DECISIONS,
                "/representations/" + id + "/hearing-requests");
    }
}
