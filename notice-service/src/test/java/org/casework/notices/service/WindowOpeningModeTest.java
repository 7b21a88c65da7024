package org.casework.notices.service;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.casework.notices.config.NoticeConfig.WindowOpening;
import org.junit.jupiter.api.Test;

/** Which way a notice of intent's window opens, by casework.notices.window-opening and whether events are published. */
class WindowOpeningModeTest {

    @Test
    void autoOpensByEventWhereTheRelayPublishesAndByCallElsewhere() {
        assertThat(RepresentationWindows.byEvent(WindowOpening.AUTO, true), is(true));
        assertThat(RepresentationWindows.byEvent(WindowOpening.AUTO, false), is(false));
    }

    @Test
    void eventAndCallAreFollowedWhateverKafkaSays() {
        assertThat(RepresentationWindows.byEvent(WindowOpening.EVENT, false), is(true));
        assertThat(RepresentationWindows.byEvent(WindowOpening.CALL, true), is(false));
    }
}
