package vn.dvc.dossier;

import java.util.Objects;
import java.util.Optional;
import vn.dvc.InvalidInputException;

/**
 * Who issues a command: an account or officer identifier, a role and, for officers, their agency.
 *
 * @param id the account or officer identifier (not personal data: an opaque id)
 * @param role the role
 * @param agency the officer's agency; empty for applicants and the system
 */
public record Actor(String id, Role role, Optional<String> agency) {

    /**
     * Checks the values.
     *
     * @throws InvalidInputException if the id is blank, or an officer has no agency
     */
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(agency, "agency");
        if (id.isBlank()) {
            throw new InvalidInputException("actor.blankId");
        }
        boolean officer = role == Role.RECEPTION_OFFICER || role == Role.PROCESSING_OFFICER || role == Role.APPROVER;
        if (officer && agency.isEmpty()) {
            throw new InvalidInputException("actor.noAgency", id, role);
        }
        if (agency.isPresent()) {
            String code = AgencyCodes.canonical(agency.get());
            if (code != agency.get()) {
                agency = Optional.of(code); // the shared instance makes agency checks an identity test
            }
        }
    }

    /**
     * An applicant.
     *
     * @param accountId the portal account, or a guest session id
     * @return the actor
     */
    public static Actor applicant(String accountId) {
        return new Actor(accountId, Role.APPLICANT, Optional.empty());
    }

    /**
     * An officer of an agency.
     *
     * @param id the officer's id
     * @param role the officer's role
     * @param agency the agency's identifier
     * @return the actor
     */
    public static Actor officer(String id, Role role, String agency) {
        return new Actor(id, role, Optional.of(agency));
    }

    /**
     * The system.
     *
     * @param id which component acts, e.g. {@code "payment-gateway"}
     * @return the actor
     */
    public static Actor system(String id) {
        return new Actor(id, Role.SYSTEM, Optional.empty());
    }
}
