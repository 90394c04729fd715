package vn.dvc.dossier;

import vn.dvc.InvalidInputException;

/**
 * Thrown by a {@link DossierStore} when a dossier changed since it was read: another command won
 * the race for that version. Reload the dossier and decide again.
 */
public final class VersionConflictException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param id the dossier
     * @param expected the version the caller read
     * @param actual the version in the store
     */
    public VersionConflictException(DossierId id, long expected, long actual) {
        super("store.conflict", id, expected, actual);
    }
}
