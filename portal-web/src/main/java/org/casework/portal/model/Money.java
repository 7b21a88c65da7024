package org.casework.portal.model;

import java.math.BigDecimal;

/** An amount in pounds as the APIs send it: {@code {"amount":"3076320.00","currency":"GBP"}}. */
public record Money(BigDecimal amount, String currency) {
}
