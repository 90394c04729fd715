package vn.dvc.dossier;

import java.util.List;
import java.util.Optional;

/**
 * A pluggable check on every command, run after the lifecycle's own checks, e.g. the service-level
 * rules of {@code dvc-rules}. Implementations must be stateless or thread-safe, fast, and must not
 * throw: they return the refusals, or an empty list to allow.
 */
@FunctionalInterface
public interface TransitionGuard {

    /**
     * Checks a command.
     *
     * @param dossier the dossier, empty for a submission
     * @param command the command
     * @param context its circumstances
     * @return the refusals; empty to allow
     */
    List<Refusal> check(Optional<Dossier> dossier, DossierCommand command, Context context);
}
