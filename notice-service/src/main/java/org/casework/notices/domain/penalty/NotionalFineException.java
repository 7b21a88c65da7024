package org.casework.notices.domain.penalty;

/** A notional fine above the statutory maximum: a penalty rule broken outside any calculation's input. */
public class NotionalFineException extends PenaltyRuleException {

    private static final long serialVersionUID = 1L;

    public NotionalFineException(String allowed, String message) {
        super(NotionalFine.FIELD, allowed, message);
    }
}
