package vn.dvc.deadline;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.dvc.InvalidInputException;

/**
 * The moment a step of a {@link ProcessingPlan} received the dossier (the control slip's handover,
 * phiếu kiểm soát quá trình).
 *
 * @param step the index of the step in the plan, from 0
 * @param at when it received the dossier
 */
public record Handover(int step, LocalDateTime at) {

    /**
     * Checks the values.
     *
     * @throws InvalidInputException if the step index is negative
     */
    public Handover {
        Objects.requireNonNull(at, "at");
        if (step < 0) {
            throw new InvalidInputException("plan.badStep", step, 0);
        }
    }
}
