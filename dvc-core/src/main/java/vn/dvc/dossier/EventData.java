package vn.dvc.dossier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dvc.Channel;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.Extension;
import vn.dvc.deadline.TimeLimit;

/**
 * What an accepted command changed, with everything needed to replay it: computed values (the
 * clock, the due, the forms) are recorded, not recomputed, so replay never depends on the rules or
 * calendars of the day it runs.
 */
public sealed interface EventData {

    /**
     * The dossier was submitted.
     *
     * @param id its identity
     * @param procedureCode the procedure
     * @param receivingAgency the receiving agency
     * @param applicant the owner
     * @param channel the channel
     * @param account the applicant's portal account, empty for a guest
     * @param limit the time limit
     * @param linkedTo the dossier it amends, if any
     */
    record Submitted(DossierId id, String procedureCode, String receivingAgency, Applicant applicant, Channel channel,
            Optional<String> account, TimeLimit limit, Optional<DossierId> linkedTo) implements EventData {
        /** Checks the values. */
        public Submitted {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(procedureCode, "procedureCode");
            Objects.requireNonNull(receivingAgency, "receivingAgency");
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(linkedTo, "linkedTo");
        }
    }

    /**
     * Completion was requested before receipt.
     *
     * @param form the request
     */
    record CompletionRequested(Form.SupplementRequest form) implements EventData {
    }

    /**
     * The applicant completed the dossier.
     *
     * @param note what was added
     */
    record Completed(String note) implements EventData {
    }

    /**
     * The dossier was received and its clock started.
     *
     * @param dossierCode the code assigned
     * @param clock the clock
     * @param form the receipt slip
     */
    record Received(String dossierCode, DossierClock clock, Form.ReceiptSlip form) implements EventData {
    }

    /**
     * Receipt was refused.
     *
     * @param form the refusal
     */
    record ReceiptRefused(Form.Refusal form) implements EventData {
    }

    /**
     * The dossier was handed over.
     *
     * @param to where it went
     * @param form the control slip line
     */
    record HandedOver(Position to, Form.ControlSlipEntry form) implements EventData {
    }

    /**
     * A supplement was requested after appraisal; the clock stopped.
     *
     * @param form the request, marked late if it came after the limit
     */
    record SupplementRequested(Form.SupplementRequest form) implements EventData {
    }

    /**
     * The applicant supplemented the dossier; the clock runs again.
     *
     * @param note what was supplied
     */
    record Supplemented(String note) implements EventData {
    }

    /**
     * A financial obligation was requested.
     *
     * @param amountVnd the amount
     * @param description what for
     */
    record FinancialObligationRequested(long amountVnd, String description) implements EventData {
    }

    /**
     * The financial obligation was fulfilled.
     *
     * @param paymentReference the payment's reference
     */
    record FinancialObligationConfirmed(String paymentReference) implements EventData {
    }

    /**
     * The applicant asked to withdraw.
     *
     * @param reason why
     * @param from the state the dossier was in
     */
    record WithdrawalRequested(String reason, DossierState from) implements EventData {
    }

    /** The withdrawal was accepted. */
    record WithdrawalAccepted() implements EventData {
    }

    /**
     * The withdrawal was declined.
     *
     * @param reason why
     */
    record WithdrawalDeclined(String reason) implements EventData {
    }

    /**
     * Processing was stopped.
     *
     * @param form the stop notice
     */
    record ProcessingStopped(Form.StopNotice form) implements EventData {
    }

    /**
     * The dossier was approved.
     *
     * @param result what was issued
     */
    record Approved(String result) implements EventData {
    }

    /**
     * The dossier was rejected on the merits.
     *
     * @param reasons why
     */
    record Rejected(List<String> reasons) implements EventData {
        /** Copies the list. */
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The due was extended with an apology.
     *
     * @param extension the extension
     * @param form the apology
     */
    record Extended(Extension extension, Form.Apology form) implements EventData {
    }

    /**
     * The result was returned.
     *
     * @param channel how
     */
    record ResultReturned(Channel channel) implements EventData {
    }

    /**
     * The form this change produced, if any.
     *
     * @return the form
     */
    default Optional<Form> producedForm() {
        if (this instanceof CompletionRequested c) {
            return Optional.of(c.form());
        } else if (this instanceof Received r) {
            return Optional.of(r.form());
        } else if (this instanceof ReceiptRefused r) {
            return Optional.of(r.form());
        } else if (this instanceof HandedOver h) {
            return Optional.of(h.form());
        } else if (this instanceof SupplementRequested s) {
            return Optional.of(s.form());
        } else if (this instanceof ProcessingStopped s) {
            return Optional.of(s.form());
        } else if (this instanceof Extended e) {
            return Optional.of(e.form());
        }
        return Optional.empty();
    }
}
