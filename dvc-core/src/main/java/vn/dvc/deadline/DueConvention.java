package vn.dvc.deadline;

/**
 * How a limit in working days turns into a due moment. Neither is fixed by Decree 61/2018 or
 * Decree 118/2025, and deployed systems differ, so both are offered.
 */
public enum DueConvention {
    /**
     * The same time of day, N working days after the clock start (default): a dossier whose clock
     * starts on Monday at 09:30 with 5 working days is due the next Monday at 09:30. A time outside
     * the due day's office hours is moved to its opening or closing time.
     */
    SAME_TIME,
    /** The close of office hours of the N-th working day after the clock start's date. */
    END_OF_DAY
}
