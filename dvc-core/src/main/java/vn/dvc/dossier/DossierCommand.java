package vn.dvc.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dvc.Channel;
import vn.dvc.deadline.StepKind;
import vn.dvc.deadline.TimeLimit;

/**
 * What an actor asks to do with a dossier. Each command is an immutable record; the
 * {@link DossierEngine} decides whether it is accepted.
 */
public sealed interface DossierCommand {

    /**
     * Submits a new dossier (nộp hồ sơ).
     *
     * @param procedureCode the procedure's national code (mã TTHC)
     * @param receivingAgency the agency whose one-stop office receives it
     * @param applicant the owner
     * @param channel counter, post or online
     * @param account the applicant's portal account; empty for a guest submission
     * @param limit the procedure's time limit, from the catalogue
     * @param linkedTo the earlier dossier this one amends or supplements (a guest's supplement)
     */
    record Submit(String procedureCode, String receivingAgency, Applicant applicant, Channel channel,
            Optional<String> account, TimeLimit limit, Optional<DossierId> linkedTo) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.SUBMIT;
        }

        /** Checks the values. */
        public Submit {
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
     * Asks, before receipt, to complete the dossier: once, completely (Decree 61/2018 Art. 15(3),
     * 17(1)).
     *
     * @param missing the documents or corrections needed
     * @param guidance the guidance given to the applicant
     */
    record RequestCompletion(List<String> missing, String guidance) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.REQUEST_COMPLETION;
        }

        /** Copies the list. */
        public RequestCompletion {
            missing = List.copyOf(missing);
            Objects.requireNonNull(guidance, "guidance");
        }
    }

    /**
     * The applicant completes the dossier before receipt.
     *
     * @param note what was added
     */
    record Complete(String note) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.COMPLETE;
        }

        /** Checks the value. */
        public Complete {
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Receives the dossier and issues the receipt slip with its due (Art. 17).
     *
     * @param dossierCode the dossier code (mã hồ sơ) assigned
     */
    record Receive(String dossierCode) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.RECEIVE;
        }

        /** Checks the value. */
        public Receive {
            Objects.requireNonNull(dossierCode, "dossierCode");
        }
    }

    /**
     * Refuses to receive the dossier (phiếu từ chối tiếp nhận).
     *
     * @param reasons the reasons
     */
    record RefuseReceipt(List<String> reasons) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.REFUSE_RECEIPT;
        }

        /** Copies the list. */
        public RefuseReceipt {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Hands the dossier over to a step of an agency (Art. 18; control slip).
     *
     * @param to the next step and the agency that takes it
     */
    record HandOver(Position to) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.HAND_OVER;
        }

        /** Checks the values. */
        public HandOver {
            Objects.requireNonNull(to, "to");
        }

        /**
         * A handover to a step at an agency.
         *
         * @param step the next step
         * @param agency the agency that takes it
         */
        public HandOver(StepKind step, String agency) {
            this(new Position(step, agency));
        }

        /**
         * The next step.
         *
         * @return the step
         */
        public StepKind step() {
            return to.step();
        }

        /**
         * The agency that takes the dossier.
         *
         * @return the agency identifier
         */
        public String agency() {
            return to.agency();
        }
    }

    /**
     * Asks the applicant for a supplement after appraisal; stops the clock (Art. 19(4)).
     *
     * @param missing what is missing
     * @param reason why
     */
    record RequestSupplement(List<String> missing, String reason) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.REQUEST_SUPPLEMENT;
        }

        /** Copies the list. */
        public RequestSupplement {
            missing = List.copyOf(missing);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The applicant supplies what was asked; the clock runs again.
     *
     * @param note what was supplied
     */
    record Supplement(String note) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.SUPPLEMENT;
        }

        /** Checks the value. */
        public Supplement {
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Asks the applicant to fulfil a financial obligation (fees, taxes).
     *
     * @param amountVnd the amount in đồng
     * @param description what it is for
     */
    record RequestFinancialObligation(long amountVnd, String description) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.REQUEST_FINANCIAL_OBLIGATION;
        }

        /** Checks the value. */
        public RequestFinancialObligation {
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * Confirms the financial obligation is fulfilled.
     *
     * @param paymentReference the payment's reference
     */
    record ConfirmFinancialObligation(String paymentReference) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.CONFIRM_FINANCIAL_OBLIGATION;
        }

        /** Checks the value. */
        public ConfirmFinancialObligation {
            Objects.requireNonNull(paymentReference, "paymentReference");
        }
    }

    /**
     * The applicant asks to withdraw the dossier (Art. 21).
     *
     * @param reason why
     */
    record RequestWithdrawal(String reason) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.REQUEST_WITHDRAWAL;
        }

        /** Checks the value. */
        public RequestWithdrawal {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The agency accepts the withdrawal. */
    record AcceptWithdrawal() implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.ACCEPT_WITHDRAWAL;
        }

    }

    /**
     * The agency declines the withdrawal (e.g. the result is already signed); the dossier goes
     * back to where it was.
     *
     * @param reason why
     */
    record DeclineWithdrawal(String reason) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.DECLINE_WITHDRAWAL;
        }

        /** Checks the value. */
        public DeclineWithdrawal {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Stops processing (thông báo dừng giải quyết hồ sơ).
     *
     * @param reason why
     */
    record StopProcessing(String reason) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.STOP_PROCESSING;
        }

        /** Checks the value. */
        public StopProcessing {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Approves the dossier: the result is issued.
     *
     * @param result what is issued, e.g. the decision's number
     */
    record Approve(String result) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.APPROVE;
        }

        /** Checks the value. */
        public Approve {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Rejects the dossier on the merits.
     *
     * @param reasons the reasons
     */
    record Reject(List<String> reasons) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.REJECT;
        }

        /** Copies the list. */
        public Reject {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Apologises for a coming delay and sets a new appointment, once (Art. 19(9)).
     *
     * @param newDue the new due
     * @param reason the reason told to the applicant
     * @param agencyAtFault the agency whose delay caused it
     */
    record ApologizeAndExtend(LocalDateTime newDue, String reason, String agencyAtFault) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.APOLOGIZE_AND_EXTEND;
        }

        /** Checks the values. */
        public ApologizeAndExtend {
            Objects.requireNonNull(newDue, "newDue");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(agencyAtFault, "agencyAtFault");
        }
    }

    /**
     * Returns the result to the applicant (Art. 20–21).
     *
     * @param channel at the counter, by post or online
     */
    record ReturnResult(Channel channel) implements DossierCommand {
        @Override
        public CommandKind kind() {
            return CommandKind.RETURN_RESULT;
        }

        /** Checks the value. */
        public ReturnResult {
            Objects.requireNonNull(channel, "channel");
        }
    }

    /**
     * The command's kind.
     *
     * @return the kind
     */
    CommandKind kind();

    /**
     * The command's name, as used in diagrams and audit records.
     *
     * @return the name, e.g. {@code RequestSupplement}
     */
    default String name() {
        return kind().commandName();
    }
}
