package vn.dvc.deadline;

/**
 * Why a dossier's processing clock is stopped.
 */
public enum PauseReason {
    /** Waiting for the applicant to supplement the dossier (chờ bổ sung). */
    SUPPLEMENT,
    /**
     * Waiting for the applicant's financial obligation (nghĩa vụ tài chính): stops the clock only
     * where the procedure's law says so (e.g. land), see
     * {@link DeadlinePolicy.Builder#financialObligationStopsClock(boolean)}.
     */
    FINANCIAL_OBLIGATION,
    /** Another lawful stop, e.g. a stop at the applicant's request; always subtracted. */
    OTHER
}
