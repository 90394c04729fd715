package vn.dvc.calendar;

/**
 * How an official schedule changes a day, compared with a plain Monday–Friday week.
 */
public enum DayType {
    /** A statutory public holiday (ngày nghỉ lễ, tết), on whatever day of the week it falls. */
    HOLIDAY,
    /** A weekday off that is not itself a holiday: compensatory (nghỉ bù) or swapped (nghỉ hoán đổi). */
    DAY_OFF,
    /** A Saturday or Sunday worked in exchange for a swapped day off (ngày làm bù). */
    MAKE_UP_WORKING_DAY
}
