package vn.dvc.calendar;

/**
 * Where a year's schedule of days off comes from.
 */
public enum ScheduleSource {
    /** The Government's announced decision for that year (bundled or loaded from a file). */
    OFFICIAL,
    /**
     * Computed from the statutory rules (holidays of the Labour Code in force, compensatory days
     * for holidays on a weekend) because no official schedule is known. The Government usually
     * adds swaps that no rule predicts, so treat such a year as provisional.
     */
    PREDICTED
}
