package org.casework.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sequencer's scan position from tick to tick (the argument is in {@link AuditSequencer}'s comment). */
class ScanPositionTest {

    @Test
    void aScanFromTheFloorThatIsNotFullMovesTheFloorToItsWatermark() {
        assertEquals(ScanPosition.from("120"), ScanPosition.from("100").next(false, 7, "120"));
    }

    @Test
    void aFullScanStartsARunAfterItsLastIdKeepingTheFloorAndRememberingItsWatermark() {
        assertEquals(new ScanPosition("100", 500L, "120"), ScanPosition.from("100").next(true, 500, "120"));
    }

    @Test
    void aFullScanDuringARunMovesOnlyTheCursorNotTheFloorNorTheRunsFloor() {
        ScanPosition run = new ScanPosition("100", 500L, "120");
        assertEquals(new ScanPosition("100", 1000L, "120"), run.next(true, 1000, "180"));
    }

    @Test
    void theRunsLastScanMovesTheFloorToTheRunsFirstWatermarkNotItsOwnAndDropsTheCursor() {
        ScanPosition run = new ScanPosition("100", 1000L, "120");
        assertEquals(ScanPosition.from("120"), run.next(false, 1040, "180"));
        assertEquals(ScanPosition.from("120"), run.next(false, 0, "180"), "an empty last scan ends the run too");
    }

    @Test
    void aScanWithNoWatermarkLeavesTheFloorWhereItWas() {
        assertEquals(ScanPosition.from("100"), ScanPosition.from("100").next(false, 0, null));
    }
}
