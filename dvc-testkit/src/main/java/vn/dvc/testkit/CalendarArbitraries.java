package vn.dvc.testkit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import vn.dvc.calendar.OfficeHours;
import vn.dvc.calendar.WorkCalendar;

/**
 * jqwik generators for property-testing code built on dvc's calendars: dates, working days,
 * moments, working durations and whole agency calendars (layers over the national one).
 *
 * <pre>{@code
 * @Property
 * void myDeadlineNeverFallsOnADayOff(@ForAll("dates") LocalDate received) { ... }
 *
 * @Provide
 * Arbitrary<LocalDate> dates() {
 *     return CalendarArbitraries.dates(LocalDate.of(2013, 1, 1), LocalDate.of(2035, 12, 31));
 * }
 * }</pre>
 *
 * <p>Every generator shrinks towards the start of its range or the smallest value.
 */
public final class CalendarArbitraries {

    private static final OfficeHours[] HOURS = {
        OfficeHours.STANDARD,
        OfficeHours.parse("07:30-11:30,13:30-17:00"),
        OfficeHours.parse("07:00-11:30,13:00-16:30"),
        OfficeHours.parse("08:00-12:00")};

    private CalendarArbitraries() {
    }

    /**
     * Dates from {@code first} to {@code last}, inclusive.
     *
     * @param first the earliest date
     * @param last the latest date, not before {@code first}
     * @return the generator
     */
    public static Arbitrary<LocalDate> dates(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last " + last + " is before first " + first);
        }
        return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Working days of a calendar between two dates.
     *
     * @param calendar the calendar
     * @param first the earliest date
     * @param last the latest date; the span must contain a working day
     * @return the generator
     */
    public static Arbitrary<LocalDate> workingDays(WorkCalendar calendar, LocalDate first, LocalDate last) {
        return dates(first, last).map(calendar::nextOrSameWorkingDay).filter(d -> !d.isAfter(last));
    }

    /**
     * Moments between two dates, at any minute of the day (inside and outside office hours, so
     * lunch breaks, evenings and days off are all exercised).
     *
     * @param first the earliest date
     * @param last the latest date
     * @return the generator
     */
    public static Arbitrary<LocalDateTime> dateTimes(LocalDate first, LocalDate last) {
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
        return Combinators.combine(dates(first, last), times).as(LocalDateTime::of);
    }

    /**
     * Working durations from zero to {@code max}, in whole minutes.
     *
     * @param max the longest duration
     * @return the generator
     */
    public static Arbitrary<Duration> workingDurations(Duration max) {
        return Arbitraries.longs().between(0, max.toMinutes()).map(Duration::ofMinutes);
    }

    /**
     * Agency calendars layered on the national one: Saturday-morning service or not, one of a few
     * office-hour patterns seen in provinces, and a handful of extra days off and working days in
     * the given span.
     *
     * @param first the earliest date an extra day may fall on
     * @param last the latest such date
     * @return the generator
     */
    public static Arbitrary<WorkCalendar> agencyCalendars(LocalDate first, LocalDate last) {
        Arbitrary<Integer> hours = Arbitraries.integers().between(0, HOURS.length - 1);
        Arbitrary<Boolean> saturdays = Arbitraries.of(false, true);
        Arbitrary<java.util.List<LocalDate>> offs = dates(first, last).list().ofMaxSize(5);
        Arbitrary<java.util.List<LocalDate>> works = dates(first, last).list().ofMaxSize(5);
        return Combinators.combine(hours, saturdays, offs, works).as((h, sat, off, work) -> {
            WorkCalendar.Builder b = WorkCalendar.vietnam().toBuilder().name("agency").officeHours(HOURS[h]);
            if (sat) {
                b.weekend(EnumSet.of(DayOfWeek.SUNDAY)).officeHours(DayOfWeek.SATURDAY, HOURS[3]);
            }
            off.forEach(b::dayOff);
            work.forEach(b::workingDay);
            return b.build();
        });
    }
}
