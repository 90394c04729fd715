package vn.dvc.calendar.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Shared, read-only tables that let the working calendar turn a {@link LocalDate} into a day index
 * and back without {@link LocalDate#toEpochDay()} or {@link LocalDate#ofEpochDay(long)}, whose
 * arithmetic costs more than the calendar's own lookups: one {@code LocalDate} instance per day of
 * 2000-01-01 to 2199-12-31 (about 1.8 MB, built once on first use), the index of the first day of
 * every month, and one {@code LocalTime} per minute of the day. Returned instances are the JDK's
 * immutable values, so sharing them is safe.
 */
public final class DateTable {

    /** First year covered. */
    public static final int FIRST_YEAR = 2000;
    /** Last year covered. */
    public static final int LAST_YEAR = 2199;
    /** Epoch day of 2000-01-01. */
    public static final long BASE = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();

    private static final int MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12 + 1;
    /** Index of the first day of each month from January 2000 to January 2200. */
    private static final int[] MONTH_START = new int[MONTHS];
    private static final LocalDate[] DATES;
    private static final LocalTime[] MINUTES = new LocalTime[24 * 60];

    static {
        for (int m = 0; m < MONTHS; m++) {
            MONTH_START[m] = (int) (LocalDate.of(FIRST_YEAR + m / 12, m % 12 + 1, 1).toEpochDay() - BASE);
        }
        DATES = new LocalDate[MONTH_START[MONTHS - 1]];
        for (int i = 0; i < DATES.length; i++) {
            DATES[i] = LocalDate.ofEpochDay(BASE + i);
        }
        for (int i = 0; i < MINUTES.length; i++) {
            MINUTES[i] = LocalTime.of(i / 60, i % 60);
        }
    }

    private DateTable() {
    }

    /**
     * The index of the first day of every month from January 2000 to January 2200, minus
     * {@code shift}: a calendar whose range starts {@code shift} days after 2000-01-01 gets its own
     * day index as {@code table[(year - 2000) * 12 + month - 1] + dayOfMonth - 1}.
     *
     * @param shift the calendar's first day, as an index of this table
     * @return a new array
     */
    public static int[] monthStarts(int shift) {
        int[] r = new int[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            r[m] = MONTH_START[m] - shift;
        }
        return r;
    }

    /**
     * The shared instance of a day.
     *
     * @param index days from 2000-01-01, in {@code [0, size())}
     * @return the date
     */
    public static LocalDate date(int index) {
        return DATES[index];
    }

    /**
     * A time of day, shared for whole minutes.
     *
     * @param nanoOfDay nanoseconds since midnight, below 24 h
     * @return the time
     */
    public static LocalTime time(long nanoOfDay) {
        long minute = nanoOfDay / 60_000_000_000L;
        if (minute * 60_000_000_000L == nanoOfDay) {
            return MINUTES[(int) minute];
        }
        return LocalTime.ofNanoOfDay(nanoOfDay);
    }
}
