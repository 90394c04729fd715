package vn.dvc.dossier;

/**
 * The kinds of {@link DossierCommand}, one per record: a constant for tables, logs and diagrams
 * (cheaper than reflection on the command's class).
 */
public enum CommandKind {
    /** {@link DossierCommand.Submit}. */
    SUBMIT("Submit"),
    /** {@link DossierCommand.RequestCompletion}. */
    REQUEST_COMPLETION("RequestCompletion"),
    /** {@link DossierCommand.Complete}. */
    COMPLETE("Complete"),
    /** {@link DossierCommand.Receive}. */
    RECEIVE("Receive"),
    /** {@link DossierCommand.RefuseReceipt}. */
    REFUSE_RECEIPT("RefuseReceipt"),
    /** {@link DossierCommand.HandOver}. */
    HAND_OVER("HandOver"),
    /** {@link DossierCommand.RequestSupplement}. */
    REQUEST_SUPPLEMENT("RequestSupplement"),
    /** {@link DossierCommand.Supplement}. */
    SUPPLEMENT("Supplement"),
    /** {@link DossierCommand.RequestFinancialObligation}. */
    REQUEST_FINANCIAL_OBLIGATION("RequestFinancialObligation"),
    /** {@link DossierCommand.ConfirmFinancialObligation}. */
    CONFIRM_FINANCIAL_OBLIGATION("ConfirmFinancialObligation"),
    /** {@link DossierCommand.RequestWithdrawal}. */
    REQUEST_WITHDRAWAL("RequestWithdrawal"),
    /** {@link DossierCommand.AcceptWithdrawal}. */
    ACCEPT_WITHDRAWAL("AcceptWithdrawal"),
    /** {@link DossierCommand.DeclineWithdrawal}. */
    DECLINE_WITHDRAWAL("DeclineWithdrawal"),
    /** {@link DossierCommand.StopProcessing}. */
    STOP_PROCESSING("StopProcessing"),
    /** {@link DossierCommand.Approve}. */
    APPROVE("Approve"),
    /** {@link DossierCommand.Reject}. */
    REJECT("Reject"),
    /** {@link DossierCommand.ApologizeAndExtend}. */
    APOLOGIZE_AND_EXTEND("ApologizeAndExtend"),
    /** {@link DossierCommand.ReturnResult}. */
    RETURN_RESULT("ReturnResult");

    private final String commandName;

    CommandKind(String commandName) {
        this.commandName = commandName;
    }

    /**
     * The command's name as diagrams and audit records show it.
     *
     * @return e.g. {@code "HandOver"}
     */
    public String commandName() {
        return commandName;
    }

    /**
     * The kind with a command name.
     *
     * @param name e.g. {@code "HandOver"}
     * @return the kind
     * @throws IllegalArgumentException if no command has that name
     */
    public static CommandKind ofName(String name) {
        for (CommandKind k : values()) {
            if (k.commandName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no command named " + name);
    }
}
