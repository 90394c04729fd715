package vn.dvc.deadline;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A dossier's due moment under both supplement rules, side by side.
 *
 * @param restart the due when a supplement restarts the full limit (Decree 61/2018 Art. 19(4))
 * @param subtract the due when the waiting time is left out (Decision 766 method)
 * @param rule the rule the policy applies ({@link #value()})
 * @param paused whether the clock is stopped; the dues then assume it resumes at once and will
 *     move later
 */
public record Due(LocalDateTime restart, LocalDateTime subtract, SupplementRule rule, boolean paused) {

    /**
     * Checks the values.
     */
    public Due {
        Objects.requireNonNull(restart, "restart");
        Objects.requireNonNull(subtract, "subtract");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * The due under the policy's rule.
     *
     * @return {@link #restart()} or {@link #subtract()}
     */
    public LocalDateTime value() {
        return rule == SupplementRule.RESTART ? restart : subtract;
    }
}
