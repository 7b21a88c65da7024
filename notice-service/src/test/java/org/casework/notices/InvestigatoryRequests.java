package org.casework.notices;

import java.util.UUID;

/** Request bodies of information notices (DPA 2018 s.142) and assessment notices (s.146) on the reference case. */
public final class InvestigatoryRequests {

    private InvestigatoryRequests() {
    }

    private static final String RECIPIENT = """
            "recipients":[{"name":"Advanced Health and Care Limited","companyNumber":"02031639"}],
            "reasons":"To investigate the suspected failure to secure a customer remote-access account (s.149(2)).\"""";

    public static String informationNotice(UUID caseId, int days, boolean urgent) {
        return """
                {"caseId":"%s","type":"INFORMATION_NOTICE",%s,
                 "information":{"basis":"SUSPECTED_FAILURE_OR_OFFENCE",
                   "information":"The remote-access logs for 1-31 August 2022 and the MFA policy then in force.",
                   "form":"CSV files and PDF documents by secure transfer","complianceDays":%d,
                   "urgent":%s%s}}
                """.formatted(caseId, RECIPIENT, days, urgent,
                        urgent ? ",\"urgencyReasons\":\"Stolen records are being offered for sale now.\"" : "");
    }

    /** An assessment notice inspecting on {@code inspectOn}; {@code confirmed}: the s.147(6) check was made. */
    public static String assessmentNotice(UUID caseId, String inspectOn, boolean urgent, boolean confirmed) {
        return """
                {"caseId":"%s","type":"ASSESSMENT_NOTICE",%s,
                 "assessment":{"inspection":"Ditton Park, Datchet: the remote-access gateway and its configuration",
                   "inspectOn":"%s","inspectAt":"10:00","documents":"Access-control and MFA policies since 2021",
                   "people":"The chief information security officer and the gateway's two engineers",
                   "urgent":%s%s,"recipientNotExempt":%s,"exemptionCheck":"Not a FOIA 2000 s.23(3) body; not Ofsted"}}
                """.formatted(caseId, RECIPIENT, inspectOn, urgent,
                        urgent ? ",\"urgencyReasons\":\"The attacker may still have access.\"" : "", confirmed);
    }
}
