package vn.dvc.dossier;

import java.util.Objects;
import vn.dvc.InvalidInputException;

/**
 * The owner of a dossier (chủ hồ sơ). Holds personal data: {@link #toString()} masks it, and the
 * public progress view never shows it.
 *
 * @param kind citizen, enterprise, state body or other
 * @param name the person's or organisation's name
 * @param identifier the personal identification number or tax code ({@code SoGiayToChuHoSo})
 */
public record Applicant(ApplicantKind kind, String name, String identifier) {

    /**
     * Checks the values.
     *
     * @throws InvalidInputException if the name or identifier is blank
     */
    public Applicant {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identifier, "identifier");
        if (name.isBlank() || identifier.isBlank()) {
            throw new InvalidInputException("dossier.blankApplicant");
        }
    }

    /**
     * The applicant with the identifier masked and the name reduced to initials.
     *
     * @return e.g. {@code Applicant[CITIZEN, N. V. A., *********789]}
     */
    @Override
    public String toString() {
        StringBuilder initials = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            initials.append(part.charAt(0)).append(". ");
        }
        int keep = Math.min(3, identifier.length() / 4);
        String masked = "*".repeat(identifier.length() - keep) + identifier.substring(identifier.length() - keep);
        return "Applicant[" + kind + ", " + initials.toString().trim() + ", " + masked + "]";
    }
}
