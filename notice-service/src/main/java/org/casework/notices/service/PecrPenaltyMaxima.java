package org.casework.notices.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.penalty.PecrMaxima;

import io.quarkus.runtime.Startup;

/**
 * The PECR maxima by date (PECR reg 31 and Sch 1; DUAA 2025 s.115 and Sch 13), loaded and checked at start-up: a data
 * file that does not parse, or names a turnover-based maximum that is not one of DPA 2018 s.157's, stops the service
 * from starting rather than failing the first PECR calculation.
 */
@Startup
@ApplicationScoped
public class PecrPenaltyMaxima {

    private final PecrMaxima maxima = PecrMaxima.bundled();

    public PecrMaxima maxima() {
        return maxima;
    }
}
