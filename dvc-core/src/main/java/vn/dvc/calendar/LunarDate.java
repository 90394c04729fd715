package vn.dvc.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the Vietnamese lunisolar calendar (âm lịch): year, month, leap-month flag and day.
 *
 * <p>The year is named, as is usual, by the Gregorian year in which most of it falls: lunar year
 * 2025 (Ất Tỵ) runs from 29 January 2025 to 16 February 2026. Its sexagenary name (can chi) is
 * given by {@link #yearName()}.
 *
 * <pre>{@code
 * LunarDate tet = LunarDate.from(LocalDate.of(2025, 1, 29));   // 2025-01-01, Ất Tỵ
 * LocalDate hungKings = LunarDate.of(2025, 3, 10).toLocalDate(); // 2025-04-07
 * LunarDate leap = LunarDate.of(2023, 2, true, 1);               // 1st day of the leap 2nd month
 * }</pre>
 *
 * <p>Each value remembers the {@link LunarCalendar} it belongs to ({@link LunarCalendar#VIETNAM}
 * unless built through {@link LunarCalendar#UTC8}); equality includes it. Instances are immutable
 * and thread-safe, and can only be obtained valid.
 */
public final class LunarDate implements Comparable<LunarDate> {

    private static final String[] STEMS = {
        "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES = {
        "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{2})(L?)-(\\d{2})");

    private final LunarCalendar calendar;
    private final int year;
    private final int month;
    private final boolean leapMonth;
    private final int day;

    LunarDate(LunarCalendar calendar, int year, int month, boolean leapMonth, int day) {
        this.calendar = calendar;
        this.year = year;
        this.month = month;
        this.leapMonth = leapMonth;
        this.day = day;
    }

    /**
     * The lunar date of a Gregorian date, in the Vietnamese calendar (UTC+7).
     *
     * @param date a date from 1900-01-01 to 2199-12-31
     * @return its lunar date
     * @throws CalendarRangeException if {@code date} is outside that range
     */
    public static LunarDate from(LocalDate date) {
        return LunarCalendar.VIETNAM.toLunar(date);
    }

    /**
     * A day of a regular (non-leap) month of the Vietnamese calendar.
     *
     * @param year the lunar year
     * @param month 1 to 12
     * @param day 1 to 29 or 30, as the month has
     * @return the lunar date
     * @throws java.time.DateTimeException if the date does not exist or is out of range
     */
    public static LunarDate of(int year, int month, int day) {
        return LunarCalendar.VIETNAM.date(year, month, false, day);
    }

    /**
     * A day of the Vietnamese calendar, possibly in a leap month.
     *
     * @param year the lunar year
     * @param month 1 to 12
     * @param leapMonth {@code true} for the leap month (tháng nhuận) that repeats {@code month}
     * @param day 1 to 29 or 30
     * @return the lunar date
     * @throws java.time.DateTimeException if the date does not exist or is out of range
     */
    public static LunarDate of(int year, int month, boolean leapMonth, int day) {
        return LunarCalendar.VIETNAM.date(year, month, leapMonth, day);
    }

    /**
     * Parses the form printed by {@link #toString()}: {@code 2025-01-01}, or {@code 2023-02L-01} for
     * a day of a leap month, in the Vietnamese calendar.
     *
     * @param text the text to parse
     * @return the lunar date
     * @throws InvalidLunarDateException if the text is not of that form or names no existing day
     * @throws CalendarRangeException if the date is outside the supported range
     */
    public static LunarDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new InvalidLunarDateException("lunar.unparseable", text);
        }
        return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), !m.group(3).isEmpty(),
                Integer.parseInt(m.group(4)));
    }

    /**
     * The calendar (meridian) this date belongs to.
     *
     * @return {@link LunarCalendar#VIETNAM} or {@link LunarCalendar#UTC8}
     */
    public LunarCalendar calendar() {
        return calendar;
    }

    /**
     * The lunar year, named by the Gregorian year in which the lunar year starts.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * The month number, 1 to 12; a leap month has the number of the month it repeats.
     *
     * @return the month
     */
    public int month() {
        return month;
    }

    /**
     * Whether this day is in a leap month (tháng nhuận).
     *
     * @return {@code true} in a leap month
     */
    public boolean isLeapMonth() {
        return leapMonth;
    }

    /**
     * The day of the month, 1 to 30.
     *
     * @return the day
     */
    public int day() {
        return day;
    }

    /**
     * The sexagenary (can chi) name of the year in Vietnamese, e.g. {@code "Ất Tỵ"} for 2025.
     *
     * @return the heavenly stem followed by the earthly branch
     */
    public String yearName() {
        return yearName(year);
    }

    /**
     * The sexagenary (can chi) name of a lunar year in Vietnamese.
     *
     * @param lunarYear any year
     * @return e.g. {@code "Giáp Thìn"} for 2024
     */
    public static String yearName(int lunarYear) {
        return STEMS[Math.floorMod(lunarYear + 6, 10)] + " " + BRANCHES[Math.floorMod(lunarYear + 8, 12)];
    }

    /**
     * The Gregorian date of this lunar date.
     *
     * @return the same day in the ISO calendar
     */
    public LocalDate toLocalDate() {
        return calendar.toLocalDate(this);
    }

    /**
     * Compares by the day they denote, then by calendar.
     *
     * @param other the other date
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(LunarDate other) {
        int c = toLocalDate().compareTo(other.toLocalDate());
        return c != 0 ? c : calendar.compareTo(other.calendar);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LunarDate d && d.calendar == calendar && d.year == year && d.month == month
                && d.leapMonth == leapMonth && d.day == day;
    }

    @Override
    public int hashCode() {
        return ((year * 31 + month) * 2 + (leapMonth ? 1 : 0)) * 31 + day + calendar.ordinal() * 997;
    }

    /**
     * The date as {@code yyyy-MM-dd}, with {@code L} after the month in a leap month
     * ({@code 2023-02L-01}); a date of the {@link LunarCalendar#UTC8} reckoning ends in
     * {@code [UTC8]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        String s = String.format("%04d-%02d%s-%02d", year, month, leapMonth ? "L" : "", day);
        return calendar == LunarCalendar.VIETNAM ? s : s + "[" + calendar.name() + "]";
    }
}
