package vn.dvc.dossier;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.dvc.deadline.DeadlinePolicy;

/**
 * The circumstances of a command: when it happens, who issues it, and the deadline rules of the
 * procedure. Time is passed in, never read from a clock.
 *
 * @param at when the command happens (Vietnam's local time)
 * @param actor who issues it
 * @param policy the deadline rules and calendar of the procedure and agency
 */
public record Context(LocalDateTime at, Actor actor, DeadlinePolicy policy) {

    /**
     * Checks the values.
     */
    public Context {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(policy, "policy");
    }
}
