package org.casework.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.web.client.CasesApi;
import org.casework.web.client.PeopleDirectory;
import org.casework.web.client.Reads;
import org.casework.web.client.RepresentationsApi;
import org.casework.web.model.CaseDetail;
import org.casework.web.model.Notice;
import org.casework.web.model.TimelineEntry;
import org.casework.web.view.CurrentUser;
import org.casework.web.form.Dates;
import org.casework.web.form.Form;
import org.casework.web.view.Names;
import org.casework.web.form.Option;
import org.casework.web.view.Outcome;
import org.casework.web.view.RepresentationWindow;
import org.casework.web.view.TimelineLine;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A case: its facts, findings, timeline, notices and the representations made on them, and what staff can do. */
@Path("/cases/{id}")
public class CasePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CurrentUser user, Form form, Form blank, CaseDetail theCase,
                List<Notice> notices, List<RepresentationWindow> windows, List<TimelineLine> timeline,
                boolean assignedToMe, String assigneeName, List<Option> noticeTypes, List<Option> moves, List<Option> extensionChoices);
    }

    private final CasesApi cases;
    private final RepresentationsApi representations;
    private final Reads reads;
    private final CurrentUser user;
    private final Clock clock;
    private final PeopleDirectory people;

    public CasePage(@RestClient CasesApi cases, @RestClient RepresentationsApi representations, Reads reads, CurrentUser user,
            Clock clock, PeopleDirectory people) {
        this.cases = cases;
        this.representations = representations;
        this.reads = reads;
        this.user = user;
        this.clock = clock;
        this.people = people;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance view(@PathParam("id") String id, @QueryParam("done") String done) {
        return render(id, Form.empty().success(Outcome.of(done)));
    }

    @POST
    @Path("/findings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("caseworker")
    public Response recordFinding(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = Map.of("provision", form.value("provision"), "description", form.value("description"));
        return act(id, form, Outcome.FINDING_RECORDED, () -> cases.recordFinding(id, Pages.ifMatch(form), body), field -> "provision".equals(field) ? "provision" : "description");
    }

    @POST
    @Path("/assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response assign(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseworker", "me".equals(form.value("assign")) ? user.subject() : null);
        return act(id, form, Outcome.ASSIGNMENT_CHANGED, () -> cases.assign(id, Pages.ifMatch(form), body), field -> "assign");
    }

    @POST
    @Path("/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response transition(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Map<String, Object> body = Map.of("to", form.value("to"), "reason", form.value("reason"));
        return act(id, form, Outcome.CASE_MOVED, () -> cases.move(id, Pages.keyOf(form), body), field -> "to".equals(field) ? "to" : "reason");
    }

    /** A request for more time to make representations: granted (until a date) or refused, with the reason. */
    @POST
    @Path("/extension-requests/{requestId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker" })
    public Response decideExtension(@PathParam("id") String id, @PathParam("requestId") String requestId,
            MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).set("request", requestId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("granted", form.blank("decision") ? null : "grant".equals(form.value("decision")));
        LocalDate until = Dates.read(form, "until", "the new last day", false);
        body.put("until", until == null ? null : until.toString());
        body.put("reason", form.value("decision-reason"));
        if (form.blank("decision")) {
            form.error("decision", "Select whether to grant or refuse the request");
        }
        if (form.hasErrors()) {
            return Pages.refused(400, render(id, form));
        }
        return act(id, form, Outcome.EXTENSION_DECIDED, () -> representations.decideExtension(requestId, body),
                field -> switch (field) {
                    case "until" -> "until-day";
                    case "granted" -> "decision";
                    default -> "decision-reason";
                });
    }

    private Response act(String id, Form form, Outcome outcome, Runnable call, UnaryOperator<String> fieldFor) {
        return Pages.submit(form, () -> {
            call.run();
            return outcome.at("/cases/" + id);
        }, fieldFor, () -> render(id, form));
    }

    private TemplateInstance render(String id, Form form) {
        CaseDetail theCase = reads.theCase(id);
        List<Notice> notices = reads.notices(id);
        LocalDate today = LocalDate.now(clock);
        List<RepresentationWindow> windows = new ArrayList<>();
        for (Notice n : notices) {
            if (n.takesRepresentations()) {
                windows.add(RepresentationWindow.of(n, reads.representations(n.id()), reads.extensionRequests(n.id()), today));
            }
        }
        List<TimelineEntry> timeline = reads.timeline(id);
        List<String> subjects = new ArrayList<>(TimelineLine.subjects(timeline));
        subjects.add(theCase.assignee().orElse(null));
        Names names = people.names(subjects);
        return Templates.page(user, Pages.withKey(form), Form.empty(), theCase, notices, windows,
                TimelineLine.of(timeline, names), theCase.assignedTo(user.subject()),
                theCase.assignee().map(names::of).orElse(null), Option.NOTICE_TYPES,
                Option.movesFor(theCase.status(), user.isCaseworker(), user.isDecisionMaker()), Option.EXTENSION_DECISIONS);
    }
}
