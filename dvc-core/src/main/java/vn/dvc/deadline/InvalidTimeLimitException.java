package vn.dvc.deadline;

import vn.dvc.InvalidInputException;

/**
 * Thrown when a time limit cannot be read or makes no sense (zero or negative amount, unknown
 * unit, two limits in one text). The message quotes the text.
 */
public final class InvalidTimeLimitException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    InvalidTimeLimitException(String code, Object... args) {
        super(code, args);
    }
}
