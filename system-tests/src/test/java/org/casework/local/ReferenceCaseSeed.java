package org.casework.local;

/**
 * The end-to-end tests' way in to {@link DemoData}, which the local run uses to seed the reference case
 * and which is not public: this class sits in its package. It relies on DemoData's entry point only
 * (the constructor the local run calls, and {@code seed()}), so the tests seed exactly what a newcomer
 * finds after {@code ./local/run}.
 */
public final class ReferenceCaseSeed {

    private ReferenceCaseSeed() {
    }

    /** Seeds the reference case (NHS software supplier, draft notice of intent) and answers what DemoData says of it. */
    public static String seed(SignIn signIn, DemoUsers users, String caseService, String noticeService) throws Exception {
        return new DemoData(signIn, users, caseService, noticeService).seed();
    }
}
