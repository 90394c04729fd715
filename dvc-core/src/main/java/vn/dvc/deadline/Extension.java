package vn.dvc.deadline;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.dvc.InvalidInputException;

/**
 * A new appointment granted with an apology (phiếu xin lỗi và hẹn lại ngày trả kết quả, Decree
 * 61/2018 Art. 19(9)): the competent agency admits the dossier will be late and sets a new due.
 *
 * @param issuedAt when the apology was issued
 * @param newDue the new due moment
 * @param reason the reason given to the applicant
 * @param agencyAtFault the agency whose delay caused it
 */
public record Extension(LocalDateTime issuedAt, LocalDateTime newDue, String reason, String agencyAtFault) {

    /**
     * Checks the values.
     *
     * @throws InvalidInputException if the reason or the agency is blank
     */
    public Extension {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(newDue, "newDue");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(agencyAtFault, "agencyAtFault");
        if (reason.isBlank() || agencyAtFault.isBlank()) {
            throw new InvalidInputException("extension.blank");
        }
    }
}
