package vn.dvc.deadline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The status of an unfinished dossier at an instant.
 *
 * @param state the state
 * @param due the due under the policy's rule (for a paused clock: if it resumed now)
 * @param remaining working time from the instant to the due; negative when overdue
 */
public record OpenStatus(OpenState state, LocalDateTime due, Duration remaining) {

    /**
     * Checks the values.
     */
    public OpenStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(remaining, "remaining");
    }
}
