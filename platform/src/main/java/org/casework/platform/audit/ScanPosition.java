package org.casework.platform.audit;

/**
 * Where the sequencer's next scan starts: the floor (every committed entry with a smaller {@code txid} is
 * linked) and, during a run of full batches, the cursor (the largest id the run has linked) and the run's
 * floor (the xmin of the run's first scan), which becomes the floor when the run ends. Only {@code floor} is
 * ever stored; the argument is in {@link AuditSequencer}'s class comment.
 */
record ScanPosition(String floor, Long cursor, String runFloor) {

    static ScanPosition from(String floor) {
        return new ScanPosition(floor, null, null);
    }

    /**
     * Where the scan after this one starts, once this one's entries are linked: {@code full} whether it filled
     * its batch, {@code lastId} the largest id it linked, {@code watermark} its snapshot's xmin.
     */
    ScanPosition next(boolean full, long lastId, String watermark) {
        if (full) {
            // a run goes on: the next scan looks after this batch; its first scan's xmin is kept for its end
            return new ScanPosition(floor, lastId, cursor == null ? watermark : runFloor);
        }
        if (cursor != null) {
            // the run is over: everything committed below its first scan's xmin is linked
            return from(runFloor);
        }
        return watermark == null ? this : from(watermark);
    }
}
