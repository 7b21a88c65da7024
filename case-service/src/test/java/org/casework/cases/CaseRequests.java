package org.casework.cases;

/** Request bodies shared by the case-service tests, modelled on the reference case. */
public final class CaseRequests {

    private CaseRequests() {
    }

    public static String newCase() {
        return newCase("Ransomware attack on NHS software supplier", "org-nhs-supplier");
    }

    public static String newCase(String title, String organisationId) {
        return """
                {
                  "title": "%s",
                  "summary": "Attackers entered through a customer remote-access account without multi-factor authentication and exfiltrated patient records.",
                  "source": "BREACH_REPORT",
                  "organisation": {
                    "id": "%s",
                    "name": "Advanced Computer Software Group",
                    "legalEntities": [
                      {"name": "Advanced Computer Software Group Limited", "companyNumber": "05965280", "address": "Ditton Park, Riding Court Road, Datchet, SL3 9LL"},
                      {"name": "Advanced Health and Care Limited", "companyNumber": "02031639"},
                      {"name": "Advanced Business Software and Solutions Limited", "companyNumber": "01946476"}
                    ],
                    "worldwideTurnover": {"amount": "400000000.00", "currency": "GBP", "financialYearEnd": "2021-12-31"}
                  },
                  "incident": {
                    "occurredOn": "2022-08-04",
                    "discoveredOn": "2022-08-04",
                    "reportedOn": "2022-08-06",
                    "peopleAffected": 82946,
                    "dataCategories": ["health", "contact details", "home access details"],
                    "specialCategoryData": true
                  }
                }
                """.formatted(title, organisationId);
    }
}
