package vn.dvc.dossier;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.dvc.InvalidInputException;

/**
 * One entry of a dossier's audit trail: what changed, who did it, in which role and agency, and
 * when. Every accepted command appends exactly one. The dossier is the fold of its events
 * ({@link Dossier#replay(java.util.List)}).
 *
 * @param version the dossier's version after this event: 1 for the submission, then +1 each
 * @param at when
 * @param actor who, with role and agency
 * @param data what changed, with the form it produced
 */
public record DossierEvent(long version, LocalDateTime at, Actor actor, EventData data) {

    /**
     * Checks the values.
     *
     * @throws InvalidInputException if the version is not positive
     */
    public DossierEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(data, "data");
        if (version < 1) {
            throw new InvalidInputException("dossier.badVersion", version);
        }
    }

    /**
     * The event's type name, e.g. {@code SupplementRequested}.
     *
     * @return the name
     */
    public String type() {
        return data.getClass().getSimpleName();
    }
}
