package vn.dvc.deadline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How one step of a plan went, for the control slip and for finding who made a dossier late.
 *
 * @param index the step's index in the plan
 * @param step the step and its budget
 * @param plannedDue when the step is due if every step before it used exactly its budget
 * @param started when the step received the dossier, if it has
 * @param due when the step is due given its actual start (its start plus its budget)
 * @param finished when it handed the dossier on, if it has
 * @param lateness working time past {@code due} at the finish, or at the instant of the report
 *     for a step still running; zero when on time
 */
public record StepReport(int index, StepBudget step, LocalDateTime plannedDue, Optional<LocalDateTime> started,
        Optional<LocalDateTime> due, Optional<LocalDateTime> finished, Duration lateness) {

    /**
     * Checks the values.
     */
    public StepReport {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(plannedDue, "plannedDue");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(lateness, "lateness");
    }

    /**
     * Whether the step is (or was) late.
     *
     * @return {@code true} when the lateness is positive
     */
    public boolean isLate() {
        return !lateness.isZero();
    }

    /**
     * The agency responsible for the step, and so for its lateness.
     *
     * @return the step's agency
     */
    public String responsibleAgency() {
        return step.agency();
    }
}
