package vn.dvc.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-stop form as data: the fields the circular's form requires, so that a portal can print or
 * sign it. Produced by the events that need one.
 */
public sealed interface Form {

    /**
     * The circular the form follows.
     *
     * @return the edition
     */
    FormEdition edition();

    /**
     * Which form it is.
     *
     * @return the type
     */
    FormType type();

    /**
     * The form's number in its edition, e.g. "01".
     *
     * @return the number, empty where the edition has no such form
     */
    default Optional<String> number() {
        return edition().number(type());
    }

    /**
     * Giấy tiếp nhận hồ sơ và hẹn trả kết quả.
     *
     * @param edition the circular
     * @param dossierCode the dossier code
     * @param procedureCode the procedure
     * @param applicantName the applicant's name
     * @param receivedAt when received
     * @param appointment when the result is due (hẹn trả kết quả)
     * @param officer the receiving officer
     * @param agency the receiving agency
     */
    record ReceiptSlip(FormEdition edition, String dossierCode, String procedureCode, String applicantName,
            LocalDateTime receivedAt, LocalDateTime appointment, String officer, String agency) implements Form {
        /** Checks the values. */
        public ReceiptSlip {
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(dossierCode, "dossierCode");
            Objects.requireNonNull(appointment, "appointment");
        }

        @Override
        public FormType type() {
            return FormType.RECEIPT_SLIP;
        }
    }

    /**
     * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, before receipt or after appraisal.
     *
     * @param edition the circular
     * @param missing what is missing
     * @param reason why, with the guidance
     * @param officer the officer
     * @param agency the agency
     * @param afterAppraisal {@code true} after receipt (Art. 19(4)), {@code false} before (Art. 17)
     * @param late whether an after-appraisal request came after the 3-working-day limit
     */
    record SupplementRequest(FormEdition edition, List<String> missing, String reason, String officer, String agency,
            boolean afterAppraisal, boolean late) implements Form {
        /** Copies the list. */
        public SupplementRequest {
            Objects.requireNonNull(edition, "edition");
            missing = List.copyOf(missing);
        }

        @Override
        public FormType type() {
            return FormType.SUPPLEMENT_REQUEST;
        }
    }

    /**
     * Phiếu từ chối tiếp nhận giải quyết hồ sơ.
     *
     * @param edition the circular
     * @param reasons the reasons
     * @param officer the officer
     * @param agency the agency
     */
    record Refusal(FormEdition edition, List<String> reasons, String officer, String agency) implements Form {
        /** Copies the list. */
        public Refusal {
            Objects.requireNonNull(edition, "edition");
            reasons = List.copyOf(reasons);
        }

        @Override
        public FormType type() {
            return FormType.REFUSAL;
        }
    }

    /**
     * Phiếu xin lỗi và hẹn lại ngày trả kết quả (Circular 03/2025: văn bản xin lỗi và đề nghị gia
     * hạn thời gian giải quyết).
     *
     * @param edition the circular
     * @param reason the reason
     * @param previousDue the due that will be missed
     * @param newDue the new appointment
     * @param agencyAtFault the agency at fault
     */
    record Apology(FormEdition edition, String reason, LocalDateTime previousDue, LocalDateTime newDue,
            String agencyAtFault) implements Form {
        /** Checks the values. */
        public Apology {
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(newDue, "newDue");
        }

        @Override
        public FormType type() {
            return FormType.APOLOGY;
        }
    }

    /**
     * Thông báo dừng giải quyết hồ sơ.
     *
     * @param edition the circular
     * @param reason the reason
     * @param officer the officer
     * @param agency the agency
     */
    record StopNotice(FormEdition edition, String reason, String officer, String agency) implements Form {
        /** Checks the values. */
        public StopNotice {
            Objects.requireNonNull(edition, "edition");
        }

        @Override
        public FormType type() {
            return FormType.STOP_NOTICE;
        }
    }

    /**
     * One line of the phiếu kiểm soát quá trình: who handed the dossier to whom, when.
     *
     * @param edition the circular
     * @param from where it was, empty when it leaves the one-stop office after receipt
     * @param to where it goes
     * @param at when
     * @param officer who handed it over
     */
    record ControlSlipEntry(FormEdition edition, Optional<Position> from, Position to, LocalDateTime at, String officer)
            implements Form {
        /** Checks the values. */
        public ControlSlipEntry {
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public FormType type() {
            return FormType.CONTROL_SLIP;
        }
    }
}
