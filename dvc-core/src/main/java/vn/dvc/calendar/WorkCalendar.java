package vn.dvc.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjuster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import vn.dvc.InvalidInputException;
import vn.dvc.calendar.internal.DateTable;

/**
 * A working calendar (lịch làm việc): which days an office works and during which hours, with
 * exact arithmetic in working days and working time.
 *
 * <p>A calendar is built in layers. The base is the national calendar of civil servants
 * ({@link VietnamHolidays}: statutory holidays, compensatory days and the official swaps and
 * make-up Saturdays). A province or an agency adds its own layer: extra days off, extra working
 * days, another weekly rest pattern, its office hours, possibly different per weekday:
 *
 * <pre>{@code
 * WorkCalendar national = WorkCalendar.vietnam();          // Mon–Fri, 08:00-12:00 and 13:00-17:00
 * WorkCalendar ward = national.toBuilder()
 *         .name("UBND phường Ba Đình")
 *         .weekend(DayOfWeek.SUNDAY)                        // open on Saturday morning
 *         .officeHours(DayOfWeek.SATURDAY, OfficeHours.parse("07:30-11:30"))
 *         .dayOff(LocalDate.of(2025, 10, 10))              // a local commemoration
 *         .build();
 * national.plusWorkingDays(LocalDate.of(2025, 1, 24), 5);  // 2025-02-07, across the Tết break
 * }</pre>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>{@link #plusWorkingDays(LocalDate, long) plusWorkingDays(d, n)} with {@code n > 0} is the
 *       n-th working day strictly after {@code d}, whether or not {@code d} is itself a working
 *       day: from Saturday 25 January 2025, +1 is Monday 3 February (the first working day after
 *       the Tết break). With {@code n < 0} it is the |n|-th working day strictly before; with
 *       {@code n = 0} it is {@code d} unchanged.</li>
 *   <li>{@link #countWorkingDays(LocalDate, LocalDate) countWorkingDays(a, b)} counts the
 *       working days in {@code [a, b)}; it is negative when {@code b} is before {@code a}. For a
 *       working day {@code a}, {@code countWorkingDays(a, plusWorkingDays(a, n)) == n}.</li>
 *   <li>Working time accrues only inside office hours. A start outside them (before opening,
 *       during the lunch break, after closing, on a day off) accrues nothing until the next
 *       period opens. {@link #plusWorkingTime(LocalDateTime, Duration)} returns the earliest
 *       moment at which the duration has accrued, so it may be a closing time: four working hours
 *       from 08:00 end at 12:00, not at 13:00; one hour from 16:30 ends at 08:30 of the next
 *       working day. {@link #nextOrSameWorkingTime(LocalDateTime)} instead returns a moment at
 *       which work can go on (13:00 for a moment in the lunch break).</li>
 * </ul>
 *
 * <h2>Range and cost</h2>
 * A calendar covers the dates of its {@link VietnamHolidays} (2000-01-01 to 2199-12-31) or a
 * narrower {@link Builder#range(LocalDate, LocalDate) range}. Every query outside it throws
 * {@link CalendarRangeException}: there is no silent weekends-only fallback. Building indexes the
 * whole range once (about a millisecond for 200 years); after that every query is O(1) and
 * allocates nothing beyond its result (the {@code ...EpochDay} variants allocate nothing at all).
 * Working-time queries on a calendar whose working days differ in length take a few more steps per
 * day of difference; with equal days they are O(1) too.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkCalendar {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private static final class National {
        static final WorkCalendar INSTANCE = builder(VietnamHolidays.official()).build();
    }

    private final String name;
    private final VietnamHolidays holidays;
    private final Set<DayOfWeek> weekend;
    private final OfficeHours defaultHours;
    private final Map<DayOfWeek, OfficeHours> weekdayHours;
    private final Map<LocalDate, Boolean> overrides;
    private final LocalDate first;
    private final LocalDate last;

    /** Epoch day of {@link #first}. */
    private final long base;
    /** Index of {@link #first} in the shared {@link DateTable}. */
    private final int offset;
    /** Day index of the first of each month, January 2000 to January 2200 (may lie outside the range). */
    private final int[] monthStarts;
    /** The shared {@code LocalDate} of the k-th working day. */
    private final LocalDate[] workDates;
    /**
     * Per (year, month, day of month) from 2000 to January 2200, at {@link #key(LocalDate)}:
     * {@code cum << 2 | boundOnly << 1 | working}, or -1 outside the range. One read answers the
     * day queries without going through a day index.
     */
    private final int[] ymd;
    /** The only office-hours pattern when every working day has the same hours, else null. */
    private final OfficeHours single;
    /** Number of days in the range. */
    private final int span;
    /** cum[i] = working days in [first, first + i); length span + 1. */
    private final int[] cum;
    /** workDay[k] = offset from base of the k-th working day. */
    private final int[] workDay;
    /** cumNanos[k] = working nanoseconds in the working days before the k-th; length W + 1. */
    private final long[] cumNanos;
    /** Office-hours pattern of the k-th working day. */
    private final byte[] pattern;
    private final OfficeHours[] patterns;
    private final long maxDayNanos;
    private final double inverseMaxDay;

    private final TemporalAdjuster nextWorkingDay = t -> t.with(ChronoField.EPOCH_DAY,
            nextWorkingDayEpoch(t.getLong(ChronoField.EPOCH_DAY), true));
    private final TemporalAdjuster nextOrSameWorkingDay = t -> t.with(ChronoField.EPOCH_DAY,
            nextWorkingDayEpoch(t.getLong(ChronoField.EPOCH_DAY), false));
    private final TemporalAdjuster previousWorkingDay = t -> t.with(ChronoField.EPOCH_DAY,
            previousWorkingDayEpoch(t.getLong(ChronoField.EPOCH_DAY), true));
    private final TemporalAdjuster previousOrSameWorkingDay = t -> t.with(ChronoField.EPOCH_DAY,
            previousWorkingDayEpoch(t.getLong(ChronoField.EPOCH_DAY), false));

    private WorkCalendar(Builder b) {
        this.name = b.name;
        this.holidays = b.holidays;
        this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(b.weekend));
        this.defaultHours = b.defaultHours;
        this.weekdayHours = Collections.unmodifiableMap(new EnumMap<>(b.weekdayHours));
        this.overrides = Collections.unmodifiableMap(new TreeMap<>(b.overrides));
        this.first = b.first;
        this.last = b.last;
        this.base = first.toEpochDay();
        this.offset = (int) (base - DateTable.BASE);
        this.monthStarts = DateTable.monthStarts(offset);
        this.span = (int) (last.toEpochDay() - base + 1);

        List<OfficeHours> pats = new ArrayList<>();
        int[] c = new int[span + 1];
        int[] wd = new int[span];
        byte[] pat = new byte[span];
        int w = 0;
        DayOfWeek dow = first.getDayOfWeek();
        for (int i = 0; i < span; i++) {
            c[i] = w;
            long epochDay = base + i;
            OfficeHours hours = hoursOf(epochDay, dow);
            if (hours != null) {
                int p = pats.indexOf(hours);
                if (p < 0) {
                    p = pats.size();
                    pats.add(hours);
                }
                wd[w] = i;
                pat[w] = (byte) p;
                w++;
            }
            dow = dow.plus(1);
        }
        c[span] = w;
        this.cum = c;
        this.workDay = Arrays.copyOf(wd, w);
        this.workDates = new LocalDate[w];
        for (int k = 0; k < w; k++) {
            workDates[k] = DateTable.date(workDay[k] + offset);
        }
        this.pattern = Arrays.copyOf(pat, w);
        this.patterns = pats.toArray(new OfficeHours[0]);
        long[] cn = new long[w + 1];
        for (int k = 0; k < w; k++) {
            cn[k + 1] = cn[k] + patterns[pattern[k]].totalNanos();
        }
        this.cumNanos = cn;
        long max = 1;
        for (OfficeHours h : patterns) {
            max = Math.max(max, h.totalNanos());
        }
        this.maxDayNanos = max;
        this.inverseMaxDay = 1.0 / max;
        this.single = patterns.length == 1 ? patterns[0] : null;
        int[] table = new int[monthStarts.length * 32];
        Arrays.fill(table, -1);
        for (int m = 0; m < monthStarts.length; m++) {
            int length = LocalDate.of(DateTable.FIRST_YEAR + m / 12, m % 12 + 1, 1).lengthOfMonth();
            for (int d = 0; d < length; d++) {
                int i = monthStarts[m] + d;
                if (i >= 0 && i < span) {
                    table[m * 32 + d] = c[i] << 2 | (c[i + 1] != c[i] ? 1 : 0);
                } else if (i == span) {
                    table[m * 32 + d] = c[span] << 2 | 2;
                }
            }
        }
        this.ymd = table;
    }

    /** Office hours of a day, or null when it is not worked. */
    private OfficeHours hoursOf(long epochDay, DayOfWeek dow) {
        LocalDate date = null;
        if (!overrides.isEmpty()) {
            date = LocalDate.ofEpochDay(epochDay);
            Boolean o = overrides.get(date);
            if (o != null) {
                return o ? (weekend.contains(dow) ? defaultHours : weekdayHours.getOrDefault(dow, defaultHours)) : null;
            }
        }
        int t = holidays.typeIndex(epochDay);
        if (t == DayType.HOLIDAY.ordinal() || t == DayType.DAY_OFF.ordinal()) {
            return null;
        }
        if (t == DayType.MAKE_UP_WORKING_DAY.ordinal()) {
            return weekend.contains(dow) ? defaultHours : weekdayHours.getOrDefault(dow, defaultHours);
        }
        return weekend.contains(dow) ? null : weekdayHours.getOrDefault(dow, defaultHours);
    }

    /**
     * The national working calendar of civil servants: the official schedules and rules of
     * {@link VietnamHolidays#official()}, Saturday and Sunday off, office hours
     * {@link OfficeHours#STANDARD} every working day.
     *
     * @return the shared instance
     */
    public static WorkCalendar vietnam() {
        return National.INSTANCE;
    }

    /**
     * A builder over the bundled national calendar.
     *
     * @return a builder with the national defaults
     */
    public static Builder builder() {
        return builder(VietnamHolidays.official());
    }

    /**
     * A builder over a given national calendar, e.g. one with a newer official schedule loaded.
     *
     * @param holidays the national days off
     * @return a builder with Saturday and Sunday off and {@link OfficeHours#STANDARD}
     */
    public static Builder builder(VietnamHolidays holidays) {
        return new Builder(Objects.requireNonNull(holidays, "holidays"));
    }

    /**
     * A builder that starts from this calendar, to add a layer (a province's or an agency's days
     * and hours). This calendar is unchanged.
     *
     * @return a builder holding this calendar's settings
     */
    public Builder toBuilder() {
        Builder b = new Builder(holidays);
        b.name = name;
        b.weekend = EnumSet.copyOf(weekend);
        b.defaultHours = defaultHours;
        b.weekdayHours.putAll(weekdayHours);
        b.overrides.putAll(overrides);
        b.first = first;
        b.last = last;
        return b;
    }

    /**
     * The calendar's name, e.g. the agency it belongs to.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The national days off this calendar is built on.
     *
     * @return the national calendar
     */
    public VietnamHolidays holidays() {
        return holidays;
    }

    /**
     * The office hours of a normal working day (and of make-up days), as set with
     * {@link Builder#officeHours(OfficeHours)}; one "working day" of working time.
     *
     * @return the default office hours
     */
    public OfficeHours defaultOfficeHours() {
        return defaultHours;
    }

    /**
     * First date the calendar covers.
     *
     * @return the first date
     */
    public LocalDate firstDate() {
        return first;
    }

    /**
     * Last date the calendar covers.
     *
     * @return the last date
     */
    public LocalDate lastDate() {
        return last;
    }

    /**
     * Whether a date is worked.
     *
     * @param date a date in the calendar's range
     * @return {@code true} on a working day
     * @throws CalendarRangeException outside the range
     */
    public boolean isWorkingDay(LocalDate date) {
        return (strictEntry(date) & 1) != 0;
    }

    /**
     * The office hours of a date.
     *
     * @param date a date in the calendar's range
     * @return the hours, or empty on a day off
     * @throws CalendarRangeException outside the range
     */
    public java.util.Optional<OfficeHours> officeHours(LocalDate date) {
        int i = index(date);
        return cum[i + 1] == cum[i] ? java.util.Optional.empty()
                : java.util.Optional.of(patterns[pattern[cum[i]]]);
    }

    /**
     * The first working day strictly after a date.
     *
     * @param date a date in the range
     * @return the next working day
     * @throws CalendarRangeException if the date or the answer is outside the range
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return dateAt(nextWorkingIndex(index(date), true, date));
    }

    /**
     * The date itself if it is worked, else the first working day after it.
     *
     * @param date a date in the range
     * @return the date or the next working day
     * @throws CalendarRangeException if the date or the answer is outside the range
     */
    public LocalDate nextOrSameWorkingDay(LocalDate date) {
        int i = index(date);
        int r = nextWorkingIndex(i, false, date);
        return r == i ? date : dateAt(r);
    }

    /**
     * The last working day strictly before a date.
     *
     * @param date a date in the range
     * @return the previous working day
     * @throws CalendarRangeException if the date or the answer is outside the range
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        return dateAt(previousWorkingIndex(index(date), true, date));
    }

    /**
     * The date itself if it is worked, else the last working day before it.
     *
     * @param date a date in the range
     * @return the date or the previous working day
     * @throws CalendarRangeException if the date or the answer is outside the range
     */
    public LocalDate previousOrSameWorkingDay(LocalDate date) {
        int i = index(date);
        int r = previousWorkingIndex(i, false, date);
        return r == i ? date : dateAt(r);
    }

    /**
     * An adjuster to the next working day: {@code date.with(calendar.nextWorkingDay())}.
     *
     * @return the adjuster, usable on any temporal with an epoch day
     */
    public TemporalAdjuster nextWorkingDay() {
        return nextWorkingDay;
    }

    /**
     * An adjuster to the same or next working day.
     *
     * @return the adjuster
     */
    public TemporalAdjuster nextOrSameWorkingDay() {
        return nextOrSameWorkingDay;
    }

    /**
     * An adjuster to the previous working day.
     *
     * @return the adjuster
     */
    public TemporalAdjuster previousWorkingDay() {
        return previousWorkingDay;
    }

    /**
     * An adjuster to the same or previous working day.
     *
     * @return the adjuster
     */
    public TemporalAdjuster previousOrSameWorkingDay() {
        return previousOrSameWorkingDay;
    }

    /**
     * Adds working days (see the class conventions).
     *
     * @param date the start
     * @param workingDays how many working days to move, negative to go back
     * @return the working day reached, or {@code date} itself when {@code workingDays} is 0
     * @throws CalendarRangeException if the date or the answer is outside the range
     */
    public LocalDate plusWorkingDays(LocalDate date, long workingDays) {
        int v = strictEntry(date);
        if (workingDays == 0) {
            return date;
        }
        int c = v >>> 2;
        long k = workingDays > 0 ? c + (v & 1) + workingDays - 1 : c + workingDays;
        if (k < 0 || k >= workDay.length) {
            throw beyond(date.toEpochDay(), workingDays);
        }
        return workDates[(int) k];
    }

    /**
     * Subtracts working days: the same as {@code plusWorkingDays(date, -workingDays)}.
     *
     * @param date the start
     * @param workingDays how many working days to go back
     * @return the working day reached
     * @throws CalendarRangeException if the date or the answer is outside the range
     */
    public LocalDate minusWorkingDays(LocalDate date, long workingDays) {
        if (workingDays == Long.MIN_VALUE) {
            throw new CalendarRangeException(date + " - " + workingDays, first, last);
        }
        return plusWorkingDays(date, -workingDays);
    }

    /**
     * {@link #plusWorkingDays(LocalDate, long)} on epoch days, allocating nothing.
     *
     * @param epochDay the start, as {@link LocalDate#toEpochDay()}
     * @param workingDays how many working days to move
     * @return the epoch day reached
     * @throws CalendarRangeException if the start or the answer is outside the range
     */
    public long plusWorkingDaysEpoch(long epochDay, long workingDays) {
        int i = index(epochDay);
        if (workingDays == 0) {
            return epochDay;
        }
        long k = workingDays > 0 ? cum[i + 1] + workingDays - 1 : cum[i] + workingDays;
        if (k < 0 || k >= workDay.length) {
            throw beyond(epochDay, workingDays);
        }
        return base + workDay[(int) k];
    }

    /**
     * Counts the working days in {@code [from, to)}; negative when {@code to} is before
     * {@code from}.
     *
     * @param from the first day counted
     * @param to the day after the last day counted; may be the day after {@link #lastDate()}
     * @return the number of working days
     * @throws CalendarRangeException if a bound is outside the range
     */
    public long countWorkingDays(LocalDate from, LocalDate to) {
        return boundEntry(to) - boundEntry(from);
    }

    /**
     * {@link #countWorkingDays(LocalDate, LocalDate)} on epoch days, allocating nothing.
     *
     * @param fromEpochDay the first day counted
     * @param toEpochDay the day after the last day counted
     * @return the number of working days
     * @throws CalendarRangeException if a bound is outside the range
     */
    public long countWorkingDaysEpoch(long fromEpochDay, long toEpochDay) {
        return cum[boundIndex(toEpochDay)] - cum[boundIndex(fromEpochDay)];
    }

    /**
     * Whether a moment is inside office hours of a working day.
     *
     * @param dateTime the moment
     * @return {@code true} during office hours
     * @throws CalendarRangeException outside the range
     */
    public boolean isWorkingTime(LocalDateTime dateTime) {
        int i = index(dateTime.toLocalDate());
        return cum[i + 1] != cum[i] && patterns[pattern[cum[i]]].contains(dateTime.toLocalTime());
    }

    /**
     * The moment itself if it is inside office hours, else the opening of the next working
     * period: 12:30 (lunch) gives 13:00, 17:30 gives 08:00 of the next working day.
     *
     * @param dateTime the moment
     * @return the first moment at or after {@code dateTime} at which work can go on
     * @throws CalendarRangeException if the moment or the answer is outside the range
     */
    public LocalDateTime nextOrSameWorkingTime(LocalDateTime dateTime) {
        if (isWorkingTime(dateTime)) {
            return dateTime;
        }
        int i = index(dateTime.toLocalDate());
        return moment(position(i, dateTime), false, cum[i], dateTime);
    }

    /**
     * Adds working time: the earliest moment at which {@code duration} of office hours has passed
     * since {@code start} (see the class conventions).
     *
     * @param start the start
     * @param duration the working time to add, zero or positive
     * @return the moment reached; {@code start} itself for a zero duration
     * @throws InvalidInputException if the duration is negative
     * @throws CalendarRangeException if the start or the answer is outside the range
     */
    public LocalDateTime plusWorkingTime(LocalDateTime start, Duration duration) {
        if (duration.isNegative()) {
            throw new InvalidInputException("workcal.negativeDuration", duration);
        }
        int i = index(start.toLocalDate());
        if (duration.isZero()) {
            return start;
        }
        long pos = position(i, start);
        long nanos;
        try {
            nanos = Math.addExact(pos, duration.toNanos());
        } catch (ArithmeticException e) {
            throw beyond(start.toLocalDate().toEpochDay(), duration);
        }
        return moment(nanos, true, cum[i], start);
    }

    /**
     * {@link #plusWorkingTime(LocalDateTime, Duration)} with the duration in nanoseconds, for
     * engines that add many durations and want no {@code Duration} objects.
     *
     * @param start the start
     * @param nanos working time to add, zero or positive
     * @return the moment reached
     * @throws InvalidInputException if {@code nanos} is negative
     * @throws CalendarRangeException if the start or the answer is outside the range
     */
    public LocalDateTime plusWorkingNanos(LocalDateTime start, long nanos) {
        if (nanos < 0) {
            throw new InvalidInputException("workcal.negativeDuration", Duration.ofNanos(nanos));
        }
        int i = index(start.toLocalDate());
        if (nanos == 0) {
            return start;
        }
        long pos = position(i, start);
        long target;
        try {
            target = Math.addExact(pos, nanos);
        } catch (ArithmeticException e) {
            throw beyond(start.toLocalDate().toEpochDay(), Duration.ofNanos(nanos));
        }
        return moment(target, true, cum[i], start);
    }

    /**
     * {@link #workingTimeBetween(LocalDateTime, LocalDateTime)} in nanoseconds, allocating nothing.
     *
     * @param from the start
     * @param to the end
     * @return working nanoseconds from {@code from} to {@code to}, negative when {@code to} is earlier
     * @throws CalendarRangeException if a moment is outside the range
     */
    public long workingNanosBetween(LocalDateTime from, LocalDateTime to) {
        return position(index(to.toLocalDate()), to) - position(index(from.toLocalDate()), from);
    }

    /**
     * The moment a working day's office hours open.
     *
     * @param workingDay a working day in the range
     * @return its opening moment
     * @throws CalendarRangeException if the date is outside the range
     * @throws InvalidInputException if the date is not a working day
     */
    public LocalDateTime openingOf(LocalDate workingDay) {
        return LocalDateTime.of(workingDay, hoursOfWorkingDay(workingDay).opensAt());
    }

    /**
     * The moment a working day's office hours close (the next midnight for hours that run to
     * 24:00).
     *
     * @param workingDay a working day in the range
     * @return its closing moment
     * @throws CalendarRangeException if the date is outside the range
     * @throws InvalidInputException if the date is not a working day
     */
    public LocalDateTime closingOf(LocalDate workingDay) {
        OfficeHours h = hoursOfWorkingDay(workingDay);
        LocalTime closes = h.closesAt();
        return closes == LocalTime.MIDNIGHT ? LocalDateTime.of(workingDay.plusDays(1), LocalTime.MIDNIGHT)
                : LocalDateTime.of(workingDay, closes);
    }

    /**
     * The office hours of a working day, without an {@code Optional}: for engines that know the
     * day is worked (e.g. one returned by {@link #plusWorkingDays(LocalDate, long)}).
     *
     * @param date a working day in the range
     * @return its office hours
     * @throws CalendarRangeException if the date is outside the range
     * @throws InvalidInputException if the date is not a working day
     */
    public OfficeHours hoursOfWorkingDay(LocalDate date) {
        int i = index(date);
        if (cum[i + 1] == cum[i]) {
            throw new InvalidInputException("workcal.notAWorkingDay", date);
        }
        return single != null ? single : patterns[pattern[cum[i]]];
    }

    /**
     * The office-hours time between two moments; negative when {@code to} is before
     * {@code from}.
     *
     * @param from the start
     * @param to the end
     * @return the working time from {@code from} to {@code to}
     * @throws CalendarRangeException if a moment is outside the range
     */
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        return Duration.ofNanos(position(index(to.toLocalDate()), to) - position(index(from.toLocalDate()), from));
    }

    /**
     * The working days in a calendar year that lies within the range.
     *
     * @param year the year
     * @return the number of working days from 1 January to 31 December
     * @throws CalendarRangeException if the year is not wholly inside the range
     */
    public int workingDaysInYear(int year) {
        return (int) countWorkingDays(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    // ---------------------------------------------------------------- internals

    /** Working nanoseconds from the start of the range to {@code t}. */
    private long position(int i, LocalDateTime t) {
        int k = cum[i];
        long pos = cumNanos[k];
        if (cum[i + 1] != k) {
            OfficeHours h = single != null ? single : patterns[pattern[k]];
            pos += h.elapsedBefore(t.toLocalTime().toNanoOfDay());
        }
        return pos;
    }

    /** The moment at a position; {@code atEnd} picks the close of a period over the next opening. */
    private LocalDateTime moment(long pos, boolean atEnd, int k0, LocalDateTime from) {
        int w = workDay.length;
        // The working day k whose span (cumNanos[k], cumNanos[k+1]] (atEnd) or
        // [cumNanos[k], cumNanos[k+1]) (start) holds pos. Days are at most maxDayNanos long, so
        // k0 + ahead / maxDayNanos never passes the answer, and with days of equal length it is
        // the answer; a multiplication by the reciprocal replaces the slow division, and its
        // rounding is corrected by the step back.
        long ahead = pos - cumNanos[k0];
        if (atEnd && single != null && ahead > 0) {
            // Every working day lasts maxDayNanos: the day and the offset in it are arithmetic.
            long q = (long) ((ahead - 1) * inverseMaxDay);
            long r = ahead - q * maxDayNanos;
            if (r > maxDayNanos) {
                q++;
                r -= maxDayNanos;
            } else if (r <= 0) {
                q--;
                r += maxDayNanos;
            }
            long kk = k0 + q;
            if (kk < w) {
                long nod = single.nanoOfDayAfter(r, true);
                if (nod != NANOS_PER_DAY) {
                    return LocalDateTime.of(workDates[(int) kk], DateTable.time(nod));
                }
            }
        }
        long guess = k0 + (ahead <= 0 ? 0 : (long) ((ahead - 1) * inverseMaxDay));
        if (guess >= w) {
            guess = w - 1;
        }
        int k = (int) guess;
        while (k > k0 && (atEnd ? cumNanos[k] >= pos : cumNanos[k] > pos)) {
            k--;
        }
        while (k < w && (atEnd ? cumNanos[k + 1] < pos : cumNanos[k + 1] <= pos)) {
            k++;
        }
        if (k >= w) {
            throw beyond(from.toLocalDate().toEpochDay(), Duration.ofNanos(ahead));
        }
        OfficeHours hours = single != null ? single : patterns[pattern[k]];
        long nanoOfDay = hours.nanoOfDayAfter(pos - cumNanos[k], atEnd);
        if (nanoOfDay == NANOS_PER_DAY) {
            return LocalDateTime.of(workDates[k].plusDays(1), LocalTime.MIDNIGHT);
        }
        return LocalDateTime.of(workDates[k], DateTable.time(nanoOfDay));
    }

    private long nextWorkingDayEpoch(long epochDay, boolean strict) {
        int i = index(epochDay);
        int k = strict ? cum[i + 1] : cum[i];
        if (k >= workDay.length) {
            throw beyond(epochDay, 1);
        }
        return base + workDay[k];
    }

    private long previousWorkingDayEpoch(long epochDay, boolean strict) {
        int i = index(epochDay);
        int k = strict ? cum[i] - 1 : cum[i + 1] - 1;
        if (k < 0) {
            throw beyond(epochDay, -1);
        }
        return base + workDay[k];
    }

    private static int key(LocalDate date) {
        return ((date.getYear() - DateTable.FIRST_YEAR) * 12 + date.getMonthValue() - 1) * 32 + date.getDayOfMonth() - 1;
    }

    /** The {@link #ymd} entry of a date in the range. */
    private int strictEntry(LocalDate date) {
        int key = key(date);
        if (key >= 0 && key < ymd.length) {
            int v = ymd[key];
            if (v >= 0 && (v & 2) == 0) {
                return v;
            }
        }
        throw new CalendarRangeException(date.toString(), first, last);
    }

    /** Working days before a date in the range or the day after it. */
    private int boundEntry(LocalDate date) {
        int key = key(date);
        if (key >= 0 && key < ymd.length) {
            int v = ymd[key];
            if (v >= 0) {
                return v >>> 2;
            }
        }
        throw new CalendarRangeException(date.toString(), first, last);
    }

    /** Index of a date, which must lie in the range. */
    private int index(LocalDate date) {
        int m = (date.getYear() - DateTable.FIRST_YEAR) * 12 + date.getMonthValue() - 1;
        if (m >= 0 && m < monthStarts.length) {
            int i = monthStarts[m] + date.getDayOfMonth() - 1;
            if (i >= 0 && i < span) {
                return i;
            }
        }
        throw new CalendarRangeException(date.toString(), first, last);
    }

    /** The shared {@code LocalDate} of day {@code i} of the range. */
    private LocalDate dateAt(int i) {
        return DateTable.date(i + offset);
    }

    private int nextWorkingIndex(int i, boolean strict, LocalDate date) {
        int k = strict ? cum[i + 1] : cum[i];
        if (k >= workDay.length) {
            throw beyond(date.toEpochDay(), 1);
        }
        return workDay[k];
    }

    private int previousWorkingIndex(int i, boolean strict, LocalDate date) {
        int k = strict ? cum[i] - 1 : cum[i + 1] - 1;
        if (k < 0) {
            throw beyond(date.toEpochDay(), -1);
        }
        return workDay[k];
    }

    /** Index of a day, which must lie in the range. */
    private int index(long epochDay) {
        long i = epochDay - base;
        if (i < 0 || i >= span) {
            throw new CalendarRangeException(LocalDate.ofEpochDay(epochDay).toString(), first, last);
        }
        return (int) i;
    }

    /** Index of an exclusive bound, which may be one past the range. */
    private int boundIndex(long epochDay) {
        long i = epochDay - base;
        if (i < 0 || i > span) {
            throw new CalendarRangeException(LocalDate.ofEpochDay(epochDay).toString(), first, last);
        }
        return (int) i;
    }

    private CalendarRangeException beyond(long epochDay, Object amount) {
        return new CalendarRangeException(LocalDate.ofEpochDay(epochDay) + " + " + amount, first, last);
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + name + ", " + first + ".." + last + "]";
    }

    /**
     * Builds a {@link WorkCalendar}. Not thread-safe; each {@link #build()} gives an independent,
     * immutable calendar. Later settings for the same day win over earlier ones.
     */
    public static final class Builder {
        private final VietnamHolidays holidays;
        private String name = "Việt Nam, civil service (cán bộ, công chức)";
        private EnumSet<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private OfficeHours defaultHours = OfficeHours.STANDARD;
        private final EnumMap<DayOfWeek, OfficeHours> weekdayHours = new EnumMap<>(DayOfWeek.class);
        private final TreeMap<LocalDate, Boolean> overrides = new TreeMap<>();
        private LocalDate first = VietnamHolidays.FIRST_DATE;
        private LocalDate last = VietnamHolidays.LAST_DATE;

        private Builder(VietnamHolidays holidays) {
            this.holidays = holidays;
        }

        /**
         * Names the calendar, e.g. after its agency.
         *
         * @param name a non-blank name
         * @return this builder
         * @throws InvalidInputException if the name is blank
         */
        public Builder name(String name) {
            if (Objects.requireNonNull(name, "name").isBlank()) {
                throw new InvalidInputException("workcal.blankName");
            }
            this.name = name;
            return this;
        }

        /**
         * Sets the weekly rest days (ngày nghỉ hằng tuần), replacing the default Saturday and
         * Sunday. National holidays, days off and make-up days still apply.
         *
         * @param first a rest day
         * @param more further rest days
         * @return this builder
         * @throws InvalidInputException if every day of the week would be a rest day
         */
        public Builder weekend(DayOfWeek first, DayOfWeek... more) {
            EnumSet<DayOfWeek> w = EnumSet.of(Objects.requireNonNull(first, "first"), more);
            return weekend(w);
        }

        /**
         * Sets the weekly rest days; an empty set means the office works every day of the week.
         *
         * @param days the rest days
         * @return this builder
         * @throws InvalidInputException if every day of the week would be a rest day
         */
        public Builder weekend(Set<DayOfWeek> days) {
            EnumSet<DayOfWeek> w = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
            if (w.size() == 7) {
                throw new InvalidInputException("workcal.noWorkingWeekday");
            }
            this.weekend = w;
            return this;
        }

        /**
         * Sets the office hours of every working day, including make-up days, and clears
         * per-weekday hours set before.
         *
         * @param hours the hours
         * @return this builder
         */
        public Builder officeHours(OfficeHours hours) {
            this.defaultHours = Objects.requireNonNull(hours, "hours");
            this.weekdayHours.clear();
            return this;
        }

        /**
         * Sets the office hours of one day of the week, e.g. Saturday-morning service.
         *
         * @param day the day of the week
         * @param hours its hours
         * @return this builder
         */
        public Builder officeHours(DayOfWeek day, OfficeHours hours) {
            weekdayHours.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(hours, "hours"));
            return this;
        }

        /**
         * Adds a day off, e.g. a provincial commemoration; it wins over national working days.
         *
         * @param date the date
         * @return this builder
         */
        public Builder dayOff(LocalDate date) {
            overrides.put(Objects.requireNonNull(date, "date"), Boolean.FALSE);
            return this;
        }

        /**
         * Adds the days off {@code from} to {@code to}, inclusive.
         *
         * @param from the first day off
         * @param to the last day off, not before {@code from}
         * @return this builder
         * @throws InvalidInputException if {@code to} is before {@code from}
         */
        public Builder daysOff(LocalDate from, LocalDate to) {
            checkOrder(from, to);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                overrides.put(d, Boolean.FALSE);
            }
            return this;
        }

        /**
         * Adds a working day, e.g. a weekend day the agency works; it wins over national days off.
         *
         * @param date the date
         * @return this builder
         */
        public Builder workingDay(LocalDate date) {
            overrides.put(Objects.requireNonNull(date, "date"), Boolean.TRUE);
            return this;
        }

        /**
         * Narrows the dates the calendar covers (and indexes), within 2000-01-01 to 2199-12-31.
         *
         * @param from the first date
         * @param to the last date
         * @return this builder
         * @throws InvalidInputException if {@code to} is before {@code from}
         * @throws CalendarRangeException if a bound is outside the national calendar's range
         */
        public Builder range(LocalDate from, LocalDate to) {
            checkOrder(from, to);
            if (from.isBefore(VietnamHolidays.FIRST_DATE) || to.isAfter(VietnamHolidays.LAST_DATE)) {
                throw new CalendarRangeException(from + ".." + to, VietnamHolidays.FIRST_DATE,
                        VietnamHolidays.LAST_DATE);
            }
            this.first = from;
            this.last = to;
            return this;
        }

        private static void checkOrder(LocalDate from, LocalDate to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new InvalidInputException("workcal.reversedRange", from, to);
            }
        }

        /**
         * Builds the calendar and its index.
         *
         * @return the calendar
         */
        public WorkCalendar build() {
            return new WorkCalendar(this);
        }
    }
}
