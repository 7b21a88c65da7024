package org.casework.notices.service.fee;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.fee.FixedPenaltyTable;

import io.quarkus.runtime.Startup;

/**
 * The published fixed amounts, loaded and checked against the statutory maximum (s.158(3)) at start-up: a data file
 * with an amount above the maximum stops the service from starting, rather than failing on the first upload.
 */
@Startup
@ApplicationScoped
public class FixedPenalties {

    private final FixedPenaltyTable table = FixedPenaltyTable.bundled();

    public FixedPenaltyTable table() {
        return table;
    }
}
