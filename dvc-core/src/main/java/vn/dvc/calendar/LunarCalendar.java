package vn.dvc.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.OptionalInt;
import vn.dvc.calendar.internal.LunisolarTable;

/**
 * A reckoning of the Vietnamese lunisolar calendar (âm lịch), fixed by the meridian whose midnight
 * starts the day on which a new moon counts.
 *
 * <p>The calendar is astronomical: a month starts on the local day of a new moon, the 11th month
 * contains the winter solstice, and in a year of 13 months the first month without a major solar
 * term is the leap month (tháng nhuận). Whether a new moon near midnight falls on one day or the
 * next depends on the time zone, which is why Vietnam and China, one hour apart, sometimes
 * celebrate Tết on different days (1985, 2007, 2030, 2053).
 *
 * <h2>Which constant to use</h2>
 * <ul>
 *   <li>{@link #VIETNAM} (UTC+7) is the calendar Vietnam has used since 1968 (Decision of 8 August
 *       1967) and is applied to the whole supported range. It is what perpetual calendars
 *       (lịch vạn niên) print, what {@link LunarDate#from(LocalDate)} uses and what the holiday
 *       rules use. For dates before 1968 it is a <em>proleptic</em> reckoning.</li>
 *   <li>{@link #UTC8} is the reckoning on the UTC+8 meridian, which the calendars printed in
 *       Vietnam followed before 1968 (and the South until 1975). Use it to reproduce historical
 *       documents from 1954–1967; it also gives the astronomical Chinese calendar.</li>
 * </ul>
 * Before 1954, official Vietnamese almanacs were computed for the meridian of Huế (about UTC+7:10);
 * neither constant reproduces them exactly. Time4J's {@code VietnameseCalendar} switches between
 * these meridians by date; dvc keeps one meridian per constant so that every conversion is
 * reversible and every year has exactly one Tết.
 *
 * <h2>Range</h2>
 * Both constants cover the Gregorian dates 1900-01-01 to 2199-12-31 inclusive; outside it every
 * method throws {@link CalendarRangeException}. Month tables are computed astronomically on first
 * use (a few milliseconds) and then shared; every later conversion is O(1).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LunarCalendar {

    /** The Vietnamese calendar, new moons reckoned at UTC+7. */
    VIETNAM(ZoneOffset.ofHours(7)),

    /** The reckoning at UTC+8: Vietnam's calendar before 1968, and China's. */
    UTC8(ZoneOffset.ofHours(8));

    /** First supported Gregorian date. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** Last supported Gregorian date. */
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    private static final long MIN_EPOCH_DAY = MIN_DATE.toEpochDay();
    private static final long MAX_EPOCH_DAY = MAX_DATE.toEpochDay();

    private final ZoneOffset offset;
    private volatile LunisolarTable table;

    LunarCalendar(ZoneOffset offset) {
        this.offset = offset;
    }

    /**
     * The time-zone offset at whose midnight a day starts for this reckoning.
     *
     * @return UTC+7 or UTC+8
     */
    public ZoneOffset offset() {
        return offset;
    }

    LunisolarTable table() {
        LunisolarTable t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = new LunisolarTable(offset.getTotalSeconds());
                    table = t;
                }
            }
        }
        return t;
    }

    /**
     * Converts a Gregorian date to this calendar.
     *
     * @param date a date from 1900-01-01 to 2199-12-31
     * @return the lunar date of that day
     * @throws CalendarRangeException if {@code date} is outside the supported range
     */
    public LunarDate toLunar(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long epochDay = date.toEpochDay();
        checkEpochDay(epochDay, date);
        LunisolarTable t = table();
        int i = t.monthIndexOf((int) epochDay);
        return new LunarDate(this, t.year(i), t.month(i), t.isLeap(i), (int) (epochDay - t.monthStart(i)) + 1);
    }

    /**
     * The Gregorian date of Tết Nguyên đán, the first day of the first month of a lunar year.
     *
     * @param lunarYear the lunar year, named by the Gregorian year in which it mostly falls
     *     (1900 to 2199)
     * @return the date of the lunar new year
     * @throws CalendarRangeException if that year is outside the supported range
     */
    public LocalDate newYear(int lunarYear) {
        return date(lunarYear, 1, false, 1).toLocalDate();
    }

    /**
     * Builds and validates a lunar date in this calendar.
     *
     * @param lunarYear the lunar year
     * @param month the month number, 1 to 12
     * @param leapMonth whether it is the leap month that repeats {@code month}
     * @param day the day of the month, 1 to 29 or 30
     * @return the lunar date
     * @throws CalendarRangeException if the date is valid but outside the supported range
     * @throws java.time.DateTimeException if the month or day does not exist in that year (e.g. a
     *     leap month in a year without one, or day 30 of a 29-day month)
     */
    public LunarDate date(int lunarYear, int month, boolean leapMonth, int day) {
        if (month < 1 || month > 12) {
            throw new InvalidLunarDateException("lunar.invalidMonth", month);
        }
        if (day < 1 || day > 30) {
            throw new InvalidLunarDateException("lunar.invalidDay", day, 30);
        }
        if (lunarYear < MIN_DATE.getYear() - 1 || lunarYear > MAX_DATE.getYear()) {
            throw new CalendarRangeException(lunarText(lunarYear, month, leapMonth, day), MIN_DATE, MAX_DATE);
        }
        LunisolarTable t = table();
        int i = t.indexOf(lunarYear, month, leapMonth);
        if (i < 0) {
            if (leapMonth && lunarYear >= MIN_DATE.getYear()) {
                throw new InvalidLunarDateException("lunar.noLeapMonth", lunarYear, month);
            }
            throw new CalendarRangeException(lunarText(lunarYear, month, leapMonth, day), MIN_DATE, MAX_DATE);
        }
        int length = t.monthLength(i);
        if (day > length) {
            throw new InvalidLunarDateException("lunar.invalidDay", day, length);
        }
        long epochDay = (long) t.monthStart(i) + day - 1;
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            throw new CalendarRangeException(lunarText(lunarYear, month, leapMonth, day), MIN_DATE, MAX_DATE);
        }
        return new LunarDate(this, lunarYear, month, leapMonth, day);
    }

    /**
     * The leap month of a lunar year, if it has one.
     *
     * @param lunarYear the lunar year, 1900 to 2199
     * @return the number of the month that is repeated, or empty in a 12-month year
     * @throws CalendarRangeException if the year is outside the supported range
     */
    public OptionalInt leapMonth(int lunarYear) {
        LunisolarTable t = table();
        int first = firstMonthIndex(lunarYear);
        for (int i = first; i < t.size() && t.year(i) == lunarYear; i++) {
            if (t.isLeap(i)) {
                return OptionalInt.of(t.month(i));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Number of days (29 or 30) in a month of a lunar year.
     *
     * @param lunarYear the lunar year
     * @param month the month, 1 to 12
     * @param leapMonth whether the leap month is meant
     * @return 29 or 30
     * @throws java.time.DateTimeException if the month does not exist or is out of range
     */
    public int lengthOfMonth(int lunarYear, int month, boolean leapMonth) {
        date(lunarYear, month, leapMonth, 1);
        LunisolarTable t = table();
        return t.monthLength(t.indexOf(lunarYear, month, leapMonth));
    }

    private int firstMonthIndex(int lunarYear) {
        int i = lunarYear < MIN_DATE.getYear() || lunarYear > MAX_DATE.getYear() ? -1 : table().indexOf(lunarYear, 1, false);
        if (i < 0) {
            throw new CalendarRangeException(Integer.toString(lunarYear), MIN_DATE, MAX_DATE);
        }
        return i;
    }

    LocalDate toLocalDate(LunarDate date) {
        LunisolarTable t = table();
        int i = t.indexOf(date.year(), date.month(), date.isLeapMonth());
        return LocalDate.ofEpochDay((long) t.monthStart(i) + date.day() - 1);
    }

    private static String lunarText(int year, int month, boolean leap, int day) {
        return String.format("lunar %04d-%02d%s-%02d", year, month, leap ? "L" : "", day);
    }

    private static void checkEpochDay(long epochDay, LocalDate date) {
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            throw new CalendarRangeException(date.toString(), MIN_DATE, MAX_DATE);
        }
    }
}
