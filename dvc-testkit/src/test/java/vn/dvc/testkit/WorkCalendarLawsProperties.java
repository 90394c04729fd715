package vn.dvc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.dvc.calendar.DayType;
import vn.dvc.calendar.VietnamHolidays;
import vn.dvc.calendar.WorkCalendar;
import vn.dvc.calendar.YearSchedule;

/** The algebraic laws of working-day and working-time arithmetic, on national and agency calendars. */
class WorkCalendarLawsProperties {

    private static final LocalDate FIRST = LocalDate.of(2005, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2195, 12, 31);
    private static final WorkCalendar NATIONAL = WorkCalendar.vietnam();

    @Provide
    Arbitrary<LocalDate> dates() {
        return CalendarArbitraries.dates(FIRST, LAST);
    }

    @Provide
    Arbitrary<LocalDate> workingDays() {
        return CalendarArbitraries.workingDays(NATIONAL, FIRST, LAST);
    }

    @Provide
    Arbitrary<LocalDateTime> moments() {
        return CalendarArbitraries.dateTimes(FIRST, LAST);
    }

    @Provide
    Arbitrary<Duration> durations() {
        return CalendarArbitraries.workingDurations(Duration.ofHours(400));
    }

    @Provide
    Arbitrary<WorkCalendar> calendars() {
        return Arbitraries.oneOf(Arbitraries.just(NATIONAL),
                CalendarArbitraries.agencyCalendars(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Property
    void addingNThenMEqualsAddingNPlusM(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = -300, max = 300) int n,
            @ForAll @IntRange(min = -300, max = 300) int m) {
        // associativity holds whenever both steps go the same way or start on a working day
        if (Integer.signum(n) * Integer.signum(m) >= 0 || NATIONAL.isWorkingDay(d)) {
            assertThat(NATIONAL.plusWorkingDays(NATIONAL.plusWorkingDays(d, n), m))
                    .isEqualTo(NATIONAL.plusWorkingDays(d, n + m));
        }
    }

    @Property
    void countingIsTheInverseOfAdding(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 500) int n) {
        LocalDate reached = NATIONAL.plusWorkingDays(d, n);
        long expected = NATIONAL.isWorkingDay(d) || n == 0 ? n : n - 1;
        assertThat(NATIONAL.countWorkingDays(d, reached)).isEqualTo(expected);
        assertThat(NATIONAL.countWorkingDays(reached, d)).isEqualTo(-expected);
    }

    @Property
    void addingLandsOnWorkingDays(@ForAll("calendars") WorkCalendar calendar, @ForAll("dates") LocalDate d,
            @ForAll @IntRange(min = -400, max = 400) int n) {
        if (n != 0) {
            assertThat(calendar.isWorkingDay(calendar.plusWorkingDays(d, n))).isTrue();
        }
    }

    @Property
    void addingIsMonotone(@ForAll("dates") LocalDate a, @ForAll @IntRange(max = 60) int gap,
            @ForAll @IntRange(min = -200, max = 200) int n, @ForAll @IntRange(max = 50) int more) {
        LocalDate b = a.plusDays(gap);
        assertThat(NATIONAL.plusWorkingDays(a, n)).isBeforeOrEqualTo(NATIONAL.plusWorkingDays(b, n));
        assertThat(NATIONAL.plusWorkingDays(a, n)).isBeforeOrEqualTo(NATIONAL.plusWorkingDays(a, n + more));
    }

    @Property
    void addingMatchesANaiveDayByDayWalk(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 1, max = 40) int n) {
        // the oracle reads only the national schedule and the Saturday-Sunday week
        LocalDate x = d;
        for (int left = n; left > 0; ) {
            x = x.plusDays(1);
            if (naiveWorking(x)) {
                left--;
            }
        }
        assertThat(NATIONAL.plusWorkingDays(d, n)).isEqualTo(x);
    }

    @Property
    void countsAreAdditive(@ForAll("dates") LocalDate a, @ForAll @IntRange(max = 400) int x, @ForAll @IntRange(max = 400) int y) {
        LocalDate b = a.plusDays(x);
        LocalDate c = b.plusDays(y);
        assertThat(NATIONAL.countWorkingDays(a, b) + NATIONAL.countWorkingDays(b, c)).isEqualTo(NATIONAL.countWorkingDays(a, c));
    }

    @Property
    void workingTimeBetweenTAndTPlusDIsD(@ForAll("calendars") WorkCalendar calendar, @ForAll("moments") LocalDateTime t,
            @ForAll("durations") Duration d) {
        LocalDateTime end = calendar.plusWorkingTime(t, d);
        assertThat(calendar.workingTimeBetween(t, end)).isEqualTo(d);
        assertThat(end).isAfterOrEqualTo(t);
        if (!d.isZero()) {
            // the earliest such moment: a minute earlier, less has accrued
            assertThat(calendar.workingTimeBetween(t, end.minusMinutes(1))).isLessThan(d);
        }
    }

    @Property
    void addingWorkingTimeIsAssociative(@ForAll("calendars") WorkCalendar calendar, @ForAll("moments") LocalDateTime t,
            @ForAll("durations") Duration a, @ForAll("durations") Duration b) {
        if (!a.isZero()) {
            assertThat(calendar.plusWorkingTime(calendar.plusWorkingTime(t, a), b))
                    .isEqualTo(calendar.plusWorkingTime(t, a.plus(b)));
        }
    }

    @Property
    void nextOrSameWorkingTimeIsInsideOfficeHours(@ForAll("calendars") WorkCalendar calendar, @ForAll("moments") LocalDateTime t) {
        LocalDateTime next = calendar.nextOrSameWorkingTime(t);
        assertThat(calendar.isWorkingTime(next)).isTrue();
        assertThat(calendar.workingTimeBetween(t, next)).isZero();
    }

    /** Working days per year = weekdays − weekdays off + make-up days, for every year of the range. */
    @Test
    void yearlyCountsMatchTheSchedules() {
        VietnamHolidays holidays = VietnamHolidays.official();
        for (int year = 2000; year <= 2199; year++) {
            YearSchedule s = holidays.year(year);
            long weekdays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                    .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
            assertThat(NATIONAL.workingDaysInYear(year)).as("%d", year)
                    .isEqualTo(weekdays - s.nonWorkingWeekdays().size() + s.makeUpWorkingDays().size());
        }
    }

    private static boolean naiveWorking(LocalDate d) {
        var type = VietnamHolidays.official().typeOf(d);
        if (type.isPresent()) {
            return type.get() == DayType.MAKE_UP_WORKING_DAY;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
