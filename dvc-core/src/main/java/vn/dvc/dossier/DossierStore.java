package vn.dvc.dossier;

import java.util.List;
import java.util.Optional;

/**
 * Where dossiers and their audit trails are kept: the SPI a portal implements over its database.
 *
 * <p>Writes compare and set on the version: {@link #append} succeeds only if the stored dossier
 * still has the version the caller read, so two officers acting at once cannot both win, and no
 * event is lost or written twice. Implementations must be thread-safe and must store the events
 * and the new dossier atomically.
 */
public interface DossierStore {

    /**
     * The dossier as last stored.
     *
     * @param id the dossier
     * @return the dossier, or empty if unknown
     */
    Optional<Dossier> find(DossierId id);

    /**
     * The dossier's audit trail.
     *
     * @param id the dossier
     * @return its events in order, empty if unknown
     */
    List<DossierEvent> events(DossierId id);

    /**
     * Stores a new dossier with its first event(s).
     *
     * @param accepted the accepted submission
     * @throws VersionConflictException if a dossier with that id already exists
     */
    void create(Transition.Accepted accepted);

    /**
     * Appends an accepted command's events and stores the new dossier, if the stored version is
     * still {@code expectedVersion}.
     *
     * @param expectedVersion the version the command was decided on
     * @param accepted the accepted transition
     * @throws VersionConflictException if the stored version differs (another command won)
     */
    void append(long expectedVersion, Transition.Accepted accepted);
}
