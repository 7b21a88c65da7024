package org.casework.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.AppealsApi;
import org.casework.web.client.NoticesApi;
import org.casework.web.client.PenaltiesApi;
import org.casework.web.client.PeopleDirectory;
import org.casework.web.client.Reads;
import org.casework.web.model.Account;
import org.casework.web.model.Appeal;
import org.casework.web.model.CaseDetail;
import org.casework.web.model.EnforcementStep;
import org.casework.web.model.MissingPart;
import org.casework.web.model.Notice;
import org.casework.web.form.AppealBodies;
import org.casework.web.view.CurrentUser;
import org.casework.web.form.Form;
import org.casework.web.view.Names;
import org.casework.web.view.IssueReadiness;
import org.casework.web.form.NonComplianceBodies;
import org.casework.web.form.Option;
import org.casework.web.form.PenaltyBodies;
import org.casework.web.form.StepBodies;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The notice page as every form on it shows it again: the notice, and for a penalty notice given its
 * account and appeals. {@link NoticePage}, {@link PenaltyAccountPage} and {@link AppealForms} each render it.
 */
@ApplicationScoped
public class NoticeView {

    /** A penalty's account (empty before notice-service has one) and a final decision's appeals, with the forms' choices. */
    public record Penalty(Optional<Account> account, List<Appeal> appeals, boolean appealPending,
            Optional<LocalDate> appealWorkingDay, List<Option.Row> instalmentRows, List<Option> outcomes,
            List<Option> courts, boolean confirmCancel) {
    }

    @CheckedTemplate(basePath = "NoticePage")
    static class Templates {
        static native TemplateInstance page(CurrentUser user, Form form, Form blank, Notice notice, CaseDetail theCase,
                IssueReadiness readiness, boolean investigator, boolean canIssue, List<Option> stages, Penalty penalty,
                List<EnforcementStep> steps, List<Option> findings, boolean recordNonCompliance, Names names);
    }

    /** The form value naming a document just added to an appeal, to confirm with its SHA-256. */
    static final String ADDED_DOCUMENT = "added-document";

    private final NoticesApi notices;
    private final PenaltiesApi penalties;
    private final AppealsApi appealsApi;
    private final Reads reads;
    private final CurrentUser user;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final PeopleDirectory people;

    public NoticeView(@RestClient NoticesApi notices, @RestClient PenaltiesApi penalties, @RestClient AppealsApi appeals,
            Reads reads, CurrentUser user, ObjectMapper mapper, Clock clock, PeopleDirectory people) {
        this.notices = notices;
        this.penalties = penalties;
        this.appealsApi = appeals;
        this.reads = reads;
        this.user = user;
        this.mapper = mapper;
        this.clock = clock;
        this.people = people;
    }

    TemplateInstance render(String id, Form form, List<MissingPart> refused) {
        return render(id, form, refused, false);
    }

    /** {@code refused}: what a refusal to issue said is missing; {@code confirmCancel}: ask before cancelling. */
    TemplateInstance render(String id, Form form, List<MissingPart> refused, boolean confirmCancel) {
        Notice notice = reads.notice(id);
        CaseDetail theCase = reads.theCase(notice.caseId());
        boolean investigator = theCase.assignedTo(user.subject());
        IssueReadiness readiness = IssueReadiness.of(notice, theCase,
                refused.isEmpty() ? notice.missingForIssue() : Optional.of(refused));
        Optional<Account> account = notice.hasAccount() ? account(id) : Optional.empty();
        List<Appeal> appeals = notice.appealable() ? appeals(id) : List.of();
        if (!form.blank(ADDED_DOCUMENT)) {
            appeals.stream().flatMap(a -> a.documents().stream()).filter(d -> d.id().equals(form.value(ADDED_DOCUMENT)))
                    .findFirst().ifPresent(d -> form.successDetail(d.fileName() + ", SHA-256 " + d.sha256()));
        }
        Penalty penalty = new Penalty(account, appeals, appeals.stream().anyMatch(a -> a.isPending() || a.onwardPending()),
                appeals.stream().map(Appeal::workingDayDueOn).flatMap(Optional::stream).findFirst(),
                Option.Row.of("instalment", PenaltyBodies.INSTALMENT_ROWS), AppealBodies.OUTCOMES, AppealBodies.COURTS,
                confirmCancel);
        boolean recordNonCompliance = NonComplianceBodies.offered(notice, user, LocalDate.now(clock));
        if (recordNonCompliance) {
            NonComplianceBodies.prefilled(form, notice);
        }
        List<EnforcementStep> steps = steps(notice);
        List<String> subjects = new ArrayList<>();
        steps.forEach(st -> subjects.add(st.decidedBy().orElse(null)));
        notice.nonCompliance().ifPresent(r -> subjects.add(r.recordedBy().orElse(null)));
        notice.assessment().ifPresent(a -> subjects.add(a.exemptionConfirmedBy().orElse(null)));
        return Templates.page(user, Pages.withKey(form), Form.empty(), notice, theCase, readiness, investigator,
                user.isDecisionMaker() && !investigator, Option.SETTLEMENT_STAGES, penalty, steps,
                StepBodies.FINDINGS, recordNonCompliance, people.names(subjects));
    }

    /** The steps of a given enforcement notice with their findings and progress; none for other notices. */
    private List<EnforcementStep> steps(Notice notice) {
        if (!"ENFORCEMENT_NOTICE".equals(notice.type()) || notice.isDraft() || notice.isWithdrawn()) {
            return List.of();
        }
        List<EnforcementStep> steps = notices.steps(notice.id());
        return steps == null ? List.of() : steps;
    }

    /** None until notice-service keeps an account for the notice (404). */
    private Optional<Account> account(String id) {
        try {
            return Optional.of(penalties.account(id));
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The notice's appeals, whether notice-service answers them as a list or as a page of items. */
    private List<Appeal> appeals(String id) {
        try {
            JsonNode answer = appealsApi.ofNotice(id);
            JsonNode items = answer == null ? mapper.createArrayNode() : answer.isArray() ? answer : answer.path("items");
            return List.of(mapper.convertValue(items, Appeal[].class));
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }
}
