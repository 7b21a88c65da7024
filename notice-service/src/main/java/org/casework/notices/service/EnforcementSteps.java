package org.casework.notices.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.enforcement.EnforcementDraft;
import org.casework.notices.domain.enforcement.EnforcementStep;

/**
 * Writes a draft enforcement notice's own parts: its failures and urgency on the notice, its steps as rows replaced
 * as a whole (the draft's steps have no findings yet). Runs inside the drafting transaction, after the notice is
 * persisted, so the steps' rows follow the notice's.
 */
@ApplicationScoped
public class EnforcementSteps {

    private final EntityManager em;

    public EnforcementSteps(EntityManager em) {
        this.em = em;
    }

    public void write(Notice n, EnforcementDraft draft) {
        EnforcementDraft d = draft == null ? new EnforcementDraft(null, false, null, List.of()) : draft;
        n.enforcementFailures = d.failures();
        n.enforcementUrgent = d.urgent();
        n.enforcementUrgencyReasons = d.urgent() ? d.urgencyReasons() : null;
        for (EnforcementStep old : n.enforcementSteps) {
            em.remove(old);
        }
        // the old rows go first: a new step takes the position an old one held
        em.flush();
        List<EnforcementStep> steps = new ArrayList<>();
        for (int i = 0; i < d.steps().size(); i++) {
            EnforcementStep s = new EnforcementStep();
            s.id = UUID.randomUUID();
            s.noticeId = n.id;
            s.notice = n;
            s.position = i + 1;
            s.text = d.steps().get(i).text();
            s.complianceDate = d.steps().get(i).complianceDate();
            em.persist(s);
            steps.add(s);
        }
        // the notice's list is the read side of the steps: kept in step with the rows for the answer
        n.enforcementSteps.clear();
        n.enforcementSteps.addAll(steps);
    }
}
