package org.casework.web.view;

import java.util.Map;

/**
 * Every action the services record in their audit logs, in plain English for the audit view's "what" (the code is
 * shown beneath it). One table, so an auditor reads the same words on every page; {@code AuditActionsTest} fails
 * when a service records an action this table has no words for. An action from a newer service version than this
 * table still shows, word by word.
 */
public final class AuditActions {

    private static final Map<String, String> WORDS = Map.ofEntries(
            // case-service
            Map.entry("case.opened", "Opened a case"),
            Map.entry("case.read", "Read a case"),
            Map.entry("case.timeline-read", "Read a case's timeline"),
            Map.entry("case.updated", "Corrected a case's facts"),
            Map.entry("case.assigned", "Assigned a case"),
            Map.entry("case.transitioned", "Moved a case to another state"),
            Map.entry("case.finding-recorded", "Recorded a finding on a case"),
            Map.entry("case.finding-read", "Read a finding on a case"),
            Map.entry("case.notice-given", "Recorded on its case that a notice was given"),
            // notice-service: notices
            Map.entry("notice.drafted", "Drafted a notice"),
            Map.entry("notice.read", "Read a notice"),
            Map.entry("notice.listed", "Listed a case's notices"),
            Map.entry("notice.drafts-read", "Listed the drafts waiting to be issued"),
            Map.entry("notice.revised", "Revised a draft notice"),
            Map.entry("notice.settled", "Recorded a settlement discount on a notice"),
            Map.entry("notice.publication-set", "Decided whether a notice is published"),
            Map.entry("notice.issued", "Issued a notice"),
            Map.entry("notice.issue-abandoned", "Stopped issuing a notice that a service refused"),
            Map.entry("notice.window-opened", "Opened a notice's period for representations"),
            Map.entry("notice.withdrawn", "Withdrew a notice"),
            Map.entry("notice.cancelled", "Cancelled a notice"),
            Map.entry("notice.varied", "Varied a notice"),
            Map.entry("notice.deadline-extended", "Extended a notice's deadline"),
            Map.entry("notice.document-read", "Read a notice's PDF"),
            Map.entry("notice.variation-document-read", "Read the PDF of a notice's variation"),
            Map.entry("notice.account-read", "Read a penalty's account"),
            Map.entry("notice.non-compliance-recorded", "Recorded a failure to comply with a notice"),
            Map.entry("notice.non-compliance-read", "Read a record of a failure to comply"),
            Map.entry("notice.information-order-recorded", "Recorded a court's information order"),
            Map.entry("notice.restriction-claimed", "Claimed a restriction on an information notice (s.143)"),
            Map.entry("notice.restriction-claim-viewed", "Recorded the regulator's view of a restriction claim"),
            Map.entry("notice.restriction-claims-read", "Read a notice's restriction claims"),
            Map.entry("notice.portal-listed", "Listed their organisation's notices in the portal"),
            Map.entry("notice.portal-read", "Read one of their organisation's notices in the portal"),
            // notice-service: appeals, enforcement, money, fixed penalties
            Map.entry("appeal.recorded", "Recorded an appeal"),
            Map.entry("appeal.decided", "Recorded the tribunal's decision on an appeal"),
            Map.entry("appeal.onward", "Recorded an onward appeal"),
            Map.entry("appeal.document-added", "Added a document to an appeal"),
            Map.entry("appeal.document-read", "Read a document of an appeal"),
            Map.entry("appeal.listed", "Listed a notice's appeals"),
            Map.entry("appeal.read", "Read an appeal"),
            Map.entry("appeal.portal-listed", "Listed their organisation's appeals in the portal"),
            Map.entry("enforcement.progress-reported", "Reported progress on a step of an enforcement notice"),
            Map.entry("enforcement.step-decided", "Recorded whether a step of an enforcement notice was complied with"),
            Map.entry("enforcement.steps-read", "Read an enforcement notice's steps"),
            Map.entry("enforcement.steps-portal-read", "Read their enforcement notice's steps in the portal"),
            Map.entry("enforcement.evidence-read", "Read evidence of progress on a step"),
            Map.entry("enforcement.variation-applied", "Applied to vary or cancel an enforcement notice"),
            Map.entry("enforcement.variation-decided", "Decided an application to vary or cancel an enforcement notice"),
            Map.entry("enforcement.variation-applications-read", "Read the applications to vary or cancel a notice"),
            Map.entry("payment.recorded", "Recorded a payment"),
            Map.entry("instalment-plan.agreed", "Agreed an instalment plan"),
            Map.entry("recovery.referred", "Referred a penalty for recovery"),
            Map.entry("fee-penalty.batch-created", "Uploaded unpaid fees for fixed penalties"),
            Map.entry("fee-penalty.document-read", "Read a fixed penalty's PDF"),
            Map.entry("fee-penalty.fee-paid", "Recorded an unpaid fee as paid"),
            Map.entry("fee-penalty.penalty-notice-given", "Gave a fixed penalty notice"),
            Map.entry("fee-penalty.penalty-paid", "Recorded a fixed penalty as paid"),
            Map.entry("fee-penalty.portal-read", "Read their organisation's fixed penalty in the portal"),
            Map.entry("fee-penalty.publication-set", "Decided whether a fixed penalty is published"),
            // representation-service
            Map.entry("window.opened", "Opened the period for representations"),
            Map.entry("window.closed", "Closed the period for representations"),
            Map.entry("window.read", "Read their notice's period for representations in the portal"),
            Map.entry("representation.submitted", "Made representations"),
            Map.entry("representation.read", "Read representations"),
            Map.entry("representation.considered", "Recorded representations as considered"),
            Map.entry("representation.list-read", "Read a notice's representations"),
            Map.entry("representation.to-consider-read", "Listed the representations to consider"),
            Map.entry("evidence.downloaded", "Downloaded evidence sent with representations"),
            Map.entry("extension.requested", "Asked for more time"),
            Map.entry("extension.decided", "Decided a request for more time"),
            Map.entry("extension.list-read", "Read a notice's requests for more time"),
            Map.entry("extension.to-decide-read", "Listed the requests for more time to decide"),
            Map.entry("hearing.requested", "Asked for an oral hearing"),
            Map.entry("hearing.decided", "Decided a request for an oral hearing"),
            Map.entry("hearing.recorded", "Recorded an oral hearing as held"),
            Map.entry("hearing.document-downloaded", "Downloaded a document of an oral hearing"),
            Map.entry("hearing.list-read", "Read a notice's requests for an oral hearing"),
            Map.entry("hearing.to-decide-read", "Listed the hearings to decide"),
            // every service: the witnesses of the other services' logs
            Map.entry("audit.checkpoint.witnessed", "Witnessed another service's audit checkpoint"),
            Map.entry("audit.checkpoint.bad-signature", "Found a wrongly signed checkpoint in another service's audit log"),
            Map.entry("audit.checkpoint.inconsistent", "Found another service's audit log inconsistent with its earlier checkpoint"),
            Map.entry("audit.checkpoint.rolled-back", "Found another service's audit log rolled back"));

    private AuditActions() {
    }

    /** The action in words; one this table does not know, word by word. */
    public static String words(String action) {
        String words = WORDS.get(action);
        return words != null ? words : Formats.wordsOf(action);
    }

    /** Whether the table has words of its own for the action. */
    public static boolean knows(String action) {
        return WORDS.containsKey(action);
    }
}
