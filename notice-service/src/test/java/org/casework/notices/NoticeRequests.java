package org.casework.notices;

import java.util.UUID;

/** Request bodies of the reference case (NoI £6.09m, penalty £3,845,400 less 20 % settlement). */
public final class NoticeRequests {

    private NoticeRequests() {
    }

    /** STANDARD, turnover £300m, HIGH 70 %, adjustment 100 %: £6,090,000.00. */
    public static final String NOTICE_OF_INTENT_CALCULATION = """
            {"worldwideTurnover":{"amount":"300000000.00","currency":"GBP"},"tier":"STANDARD",
             "seriousness":{"band":"HIGH","percent":"70","reason":"special category data of 82,946 people, including how to get into their homes, was taken"},
             "turnoverAdjustment":{"percent":"100","reason":"a large undertaking at the top of its band"},
             "factors":[],
             "effectiveness":{"percent":"0","reason":"the amount is effective, proportionate and dissuasive"}}""";

    /** STANDARD, turnover £300m, HIGH 52 %, adjustment 85 %: £3,845,400.00. */
    public static final String PENALTY_CALCULATION = """
            {"worldwideTurnover":{"amount":"300000000.00","currency":"GBP"},"tier":"STANDARD",
             "seriousness":{"band":"HIGH","percent":"52","reason":"representations showed the attack was contained quickly with the NCSC, NCA and NHS"},
             "turnoverAdjustment":{"percent":"85","reason":"the group's position within its turnover band"},
             "factors":[],
             "effectiveness":{"percent":"0","reason":"the amount is effective, proportionate and dissuasive"}}""";

    public static String noticeOfIntent(UUID caseId) {
        return """
                {"caseId":"%s","type":"NOTICE_OF_INTENT",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"},
                               {"name":"Advanced Health and Care Limited","companyNumber":"02031639"}],
                 "reasons":"The group did not have appropriate technical and organisational measures: a customer remote-access account had no multi-factor authentication (UK GDPR Art 32(1)).",
                 "calculation":%s,
                 "representationDays":21}
                """.formatted(caseId, NOTICE_OF_INTENT_CALCULATION);
    }

    public static String penaltyNotice(UUID caseId) {
        return """
                {"caseId":"%s","type":"PENALTY_NOTICE",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"},
                               {"name":"Advanced Health and Care Limited","companyNumber":"02031639"}],
                 "reasons":"A breach of UK GDPR Art 32(1): no multi-factor authentication on a customer remote-access account.",
                 "publicSummary":"Penalty for failing to protect health and care data of 79,404 people.",
                 "calculation":%s}
                """.formatted(caseId, PENALTY_CALCULATION);
    }

    /**
     * Under PECR (reg 31, Sch 1): turnover £300m, HIGH 52 %, adjustment 85 %, regulations 21 and 22 from {@code from} to
     * {@code to}; before 5 February 2026 capped at £500,000, giving £221,000.00.
     */
    public static String pecrCalculation(String from, String to) {
        return """
                {"worldwideTurnover":{"amount":"300000000.00","currency":"GBP"},"regime":"PECR",
                 "pecr":{"infringedFrom":"%s","infringedTo":"%s","regulations":["21","22"]},
                 "seriousness":{"band":"HIGH","percent":"52","reason":"unsolicited marketing calls to people registered with the TPS"},
                 "turnoverAdjustment":{"percent":"85","reason":"the group's position within its turnover band"},
                 "factors":[],
                 "effectiveness":{"percent":"0","reason":"the amount is effective, proportionate and dissuasive"}}""".formatted(from, to);
    }

    /** A notice of intent under PECR for calls from 1 March to 30 April 2025 (regulations 21 and 22). */
    public static String pecrNoticeOfIntent(UUID caseId) {
        return """
                {"caseId":"%s","type":"NOTICE_OF_INTENT",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"}],
                 "reasons":"The company made unsolicited direct marketing calls to subscribers registered with the Telephone Preference Service.",
                 "calculation":%s,
                 "representationDays":21}
                """.formatted(caseId, pecrCalculation("2025-03-01", "2025-04-30"));
    }
}
