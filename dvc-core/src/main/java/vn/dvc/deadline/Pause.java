package vn.dvc.deadline;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A stop of the processing clock, from {@code from} until {@code until} (empty while it lasts).
 *
 * @param from when the clock stopped
 * @param until when it resumed; empty while the pause lasts
 * @param reason why
 */
public record Pause(LocalDateTime from, Optional<LocalDateTime> until, PauseReason reason) {

    /**
     * Checks the pause.
     *
     * @throws ClockStateException if it ends before it starts
     */
    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reason, "reason");
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new ClockStateException("clock.resumeBeforePause", until.get(), from);
        }
    }

    /**
     * Whether the pause is still running.
     *
     * @return {@code true} if it has no end
     */
    public boolean isOpen() {
        return until.isEmpty();
    }
}
