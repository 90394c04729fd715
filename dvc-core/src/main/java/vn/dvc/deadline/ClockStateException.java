package vn.dvc.deadline;

import vn.dvc.InvalidInputException;

/**
 * Thrown when a clock operation contradicts the clock's history: a pause before the start, a
 * pause while paused, a resume without a pause, events out of order, an extension that the rules
 * refuse. The clock is unchanged.
 */
public final class ClockStateException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    ClockStateException(String code, Object... args) {
        super(code, args);
    }
}
