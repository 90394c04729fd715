package vn.dvc.dossier;

import java.util.Objects;
import java.util.UUID;
import vn.dvc.InvalidInputException;

/**
 * The internal identity of a dossier, fixed at submission (the public dossier code, mã hồ sơ, is
 * only assigned at receipt).
 *
 * @param value 1 to 64 characters from letters, digits, {@code .}, {@code -} and {@code _}
 */
public record DossierId(String value) {

    /**
     * Checks the value.
     *
     * @throws InvalidInputException if it is empty, too long or has other characters
     */
    public DossierId {
        Objects.requireNonNull(value, "value");
        if (!valid(value)) {
            throw new InvalidInputException("dossier.badId", value);
        }
    }

    /** {@code [A-Za-z0-9._-]{1,64}}, without a regular expression: ids are built for every event read. */
    private static boolean valid(String value) {
        int n = value.length();
        if (n == 0 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A dossier id.
     *
     * @param value the id
     * @return the id
     */
    public static DossierId of(String value) {
        return new DossierId(value);
    }

    /**
     * A new random id.
     *
     * @return a UUID-based id
     */
    public static DossierId random() {
        return new DossierId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
