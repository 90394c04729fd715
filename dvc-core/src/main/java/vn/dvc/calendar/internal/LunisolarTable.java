package vn.dvc.calendar.internal;

import java.util.Arrays;

/**
 * Every lunar month from the 11th month of 1898 to the 11th month of 2200, computed once for one
 * time-zone offset with the rules of the Vietnamese (and Chinese) lunisolar calendar:
 *
 * <ol>
 *   <li>A month starts on the local day of a new moon.</li>
 *   <li>The 11th month is the one that contains the winter solstice (the Sun at 270°).</li>
 *   <li>When 13 new moons start between two 11th months, the first month that contains no major
 *       solar term (no multiple of 30° of solar longitude, judged at local midnight at the start of
 *       each month as Hồ Ngọc Đức and <i>Calendrical Calculations</i> do) is the leap month and
 *       repeats the number of the month before it.</li>
 * </ol>
 *
 * <p>After construction the table is read-only, so one instance is safely shared by all threads.
 * Lookups are O(1): an estimate from the mean lunation, then at most a step or two.
 */
public final class LunisolarTable {

    private static final double UNIX_EPOCH_JD = 2440587.5;
    private static final double MEAN_LUNATION = 29.530588861;

    /** First and last lunar year (inclusive) whose months the table holds from month 1 on. */
    private static final int FIRST_SUI = 1899;
    private static final int LAST_SUI = 2200;

    private final double offsetDays;
    /** monthStart[i] = epoch day of the first day of month i; one extra entry closes the last month. */
    private final int[] monthStart;
    private final int[] monthYear;
    private final byte[] monthNumber;
    private final boolean[] monthLeap;
    /** Index of month 1 of lunar year (FIRST_SUI + j); -1 where that month is not in the table. */
    private final int[] yearFirstMonth;
    private final int firstYear;

    /**
     * Builds the table for a time zone.
     *
     * @param offsetSeconds the zone's offset from UTC, e.g. 25200 for UTC+7
     */
    public LunisolarTable(int offsetSeconds) {
        this.offsetDays = offsetSeconds / 86400.0;
        int capacity = (LAST_SUI - FIRST_SUI + 2) * 13 + 2;
        int[] start = new int[capacity];
        int[] year = new int[capacity];
        byte[] number = new byte[capacity];
        boolean[] leap = new boolean[capacity];
        int n = 0;
        long k = lunationOnOrBefore(month11Start(FIRST_SUI - 1));
        for (int y = FIRST_SUI; y <= LAST_SUI; y++) {
            int a11 = newMoonDay(k);
            int b11 = month11Start(y);
            long kb = lunationOnOrBefore(b11);
            int months = (int) (kb - k);
            int leapOffset = -1;
            if (months == 13) {
                for (int i = 1; i < 13; i++) {
                    if (majorTermAtStartOf(newMoonDay(k + i)) == majorTermAtStartOf(newMoonDay(k + i + 1))) {
                        leapOffset = i;
                        break;
                    }
                }
                if (leapOffset < 0) {
                    throw new IllegalStateException("13-month year without a month lacking a major term: " + y);
                }
            } else if (months != 12) {
                throw new IllegalStateException("lunar year " + y + " has " + months + " months from " + a11);
            }
            for (int i = 0; i < months; i++) {
                int num = 11 + i;
                boolean isLeap = false;
                if (leapOffset >= 0 && i >= leapOffset) {
                    num = 10 + i;
                    isLeap = i == leapOffset;
                }
                int lunarYear = num <= 12 ? y - 1 : y;
                if (num > 12) {
                    num -= 12;
                }
                start[n] = newMoonDay(k + i);
                year[n] = lunarYear;
                number[n] = (byte) num;
                leap[n] = isLeap;
                n++;
            }
            k = kb;
        }
        start[n] = newMoonDay(k);
        this.monthStart = Arrays.copyOf(start, n + 1);
        this.monthYear = Arrays.copyOf(year, n);
        this.monthNumber = Arrays.copyOf(number, n);
        this.monthLeap = Arrays.copyOf(leap, n);
        this.firstYear = FIRST_SUI - 1;
        this.yearFirstMonth = new int[LAST_SUI - firstYear + 1];
        Arrays.fill(yearFirstMonth, -1);
        for (int i = 0; i < n; i++) {
            if (monthNumber[i] == 1 && !monthLeap[i]) {
                yearFirstMonth[monthYear[i] - firstYear] = i;
            }
        }
    }

    /** Local epoch day on which the k-th new moon (Meeus numbering) falls. */
    private int newMoonDay(long k) {
        return (int) Math.floor(Astronomy.newMoonJd(k) + offsetDays - UNIX_EPOCH_JD);
    }

    /** Index 0..11 of the last major solar term passed at local midnight starting {@code epochDay}. */
    private int majorTermAtStartOf(int epochDay) {
        double jdUt = epochDay + UNIX_EPOCH_JD - offsetDays;
        return (int) Math.floor(Astronomy.solarLongitudeAtUt(jdUt) / 30.0);
    }

    /** The largest k whose new moon day is on or before {@code epochDay}. */
    private long lunationOnOrBefore(int epochDay) {
        long k = (long) Math.floor((epochDay + UNIX_EPOCH_JD - 2451550.09766) / MEAN_LUNATION) + 1;
        while (newMoonDay(k) > epochDay) {
            k--;
        }
        while (newMoonDay(k + 1) <= epochDay) {
            k++;
        }
        return k;
    }

    /** Epoch day on which the 11th lunar month that contains the winter solstice of {@code year} starts. */
    private int month11Start(int gregorianYear) {
        int dec31 = (int) java.time.LocalDate.of(gregorianYear, 12, 31).toEpochDay();
        long k = lunationOnOrBefore(dec31);
        int nm = newMoonDay(k);
        // The Sun past 270° at the start of that month: the solstice fell in the month before.
        if (majorTermAtStartOf(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Epoch day of the first day the table covers. */
    public int firstDay() {
        return monthStart[0];
    }

    /** Epoch day after the last day the table covers. */
    public int endDay() {
        return monthStart[monthStart.length - 1];
    }

    /**
     * Index of the month containing {@code epochDay}.
     *
     * @param epochDay a day in {@code [firstDay(), endDay())}
     * @return the month index
     */
    public int monthIndexOf(int epochDay) {
        int i = (int) ((epochDay - monthStart[0]) / MEAN_LUNATION);
        if (i >= monthYear.length) {
            i = monthYear.length - 1;
        }
        while (monthStart[i] > epochDay) {
            i--;
        }
        while (monthStart[i + 1] <= epochDay) {
            i++;
        }
        return i;
    }

    /** Epoch day of the first day of month {@code index}. */
    public int monthStart(int index) {
        return monthStart[index];
    }

    /** Number of days (29 or 30) of month {@code index}. */
    public int monthLength(int index) {
        return monthStart[index + 1] - monthStart[index];
    }

    /** Lunar year of month {@code index}. */
    public int year(int index) {
        return monthYear[index];
    }

    /** Month number 1..12 of month {@code index}. */
    public int month(int index) {
        return monthNumber[index];
    }

    /** Whether month {@code index} is a leap month. */
    public boolean isLeap(int index) {
        return monthLeap[index];
    }

    /**
     * Index of the given month of a lunar year, or -1 if there is no such month (a leap month the
     * year lacks, or a year outside the table).
     */
    public int indexOf(int lunarYear, int month, boolean leap) {
        int y = lunarYear - firstYear;
        int first;
        if (y < 0 || y >= yearFirstMonth.length || (first = yearFirstMonth[y]) < 0) {
            // month 11 or 12 of the year before the first full year
            for (int i = 0; i < monthYear.length && monthYear[i] <= lunarYear; i++) {
                if (monthYear[i] == lunarYear && monthNumber[i] == month && monthLeap[i] == leap) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = first; i < monthYear.length && monthYear[i] == lunarYear; i++) {
            if (monthNumber[i] == month && monthLeap[i] == leap) {
                return i;
            }
        }
        return -1;
    }

    /** Number of months the table holds. */
    public int size() {
        return monthYear.length;
    }
}
