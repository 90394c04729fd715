package vn.dvc.deadline;

/**
 * The unit of a procedure's time limit (thời hạn giải quyết).
 */
public enum LimitUnit {
    /** Working days (ngày làm việc): days the agency works. */
    WORKING_DAYS,
    /** Working hours (giờ làm việc): time inside office hours. */
    WORKING_HOURS,
    /** Calendar days (ngày): every day counts; a period ending on a day off runs to the next working day. */
    CALENDAR_DAYS,
    /** Within the day (trong ngày): by the close of the day the clock starts. Has no amount. */
    WITHIN_DAY
}
