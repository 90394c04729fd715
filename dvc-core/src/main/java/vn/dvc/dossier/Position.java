package vn.dvc.dossier;

import java.util.Objects;
import vn.dvc.deadline.StepKind;

/**
 * Where a dossier is being processed: the step and the agency holding it.
 *
 * @param step the step
 * @param agency the agency (or department) that holds the dossier
 */
public record Position(StepKind step, String agency) {

    /**
     * Checks the values and shares the agency code's instance (see {@code AgencyCodes}).
     */
    public Position {
        Objects.requireNonNull(step, "step");
        agency = AgencyCodes.canonical(Objects.requireNonNull(agency, "agency"));
    }
}
