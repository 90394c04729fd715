package vn.dvc.benchmarks;

import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import vn.dvc.calendar.WorkCalendar;

/**
 * Shared fixtures of the benchmarks: the two working calendars under comparison, the seeded
 * random inputs, and the equivalence check that makes the comparison meaningful.
 *
 * <p>The Strata calendar is derived from dvc's national civil-service calendar: its holidays are
 * every Monday–Friday that dvc does not work, its weekend is Saturday and Sunday, and the weekend
 * days dvc works (make-up Saturdays) are passed to Strata as explicit working days. Before any
 * calendar benchmark runs, the first call to {@link #dvc()} or {@link #strata()} checks, once per
 * JVM, that both calendars give the same answers for every day of their common range and for
 * every shift and count the benchmarks can ask over 2020–2035; it throws
 * {@link IllegalStateException} otherwise.
 */
final class Fixtures {

    /** First start date of the random inputs. */
    static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    /** Last start date of the random inputs. */
    static final LocalDate LAST = LocalDate.of(2035, 12, 31);
    /** Number of precomputed inputs per array; a power of two so the index wraps with a mask. */
    static final int SIZE = 4096;
    /** Mask that wraps an index into the input arrays. */
    static final int MASK = SIZE - 1;
    /** Largest working-day shift verified and benchmarked. */
    static final int MAX_SHIFT = 30;
    /** Largest span (calendar days) verified and benchmarked for counting. */
    static final int MAX_SPAN = 365;

    private Fixtures() {
    }

    /** The dvc calendar and its Strata twin, built and cross-checked once per JVM. */
    private static final class Holder {
        static final WorkCalendar DVC = WorkCalendar.vietnam();
        static final ImmutableHolidayCalendar STRATA = strataTwin(DVC);

        static {
            verify(DVC, STRATA);
        }
    }

    /**
     * The dvc national civil-service calendar.
     *
     * @return {@link WorkCalendar#vietnam()}, verified against {@link #strata()}
     */
    static WorkCalendar dvc() {
        return Holder.DVC;
    }

    /**
     * The Strata calendar holding the same working days as {@link #dvc()}.
     *
     * @return the Strata calendar, verified against {@link #dvc()}
     */
    static ImmutableHolidayCalendar strata() {
        return Holder.STRATA;
    }

    /**
     * Builds a Strata calendar with the same working days as a dvc calendar over the dvc range.
     *
     * @param dvc the dvc calendar
     * @return its Strata twin
     */
    static ImmutableHolidayCalendar strataTwin(WorkCalendar dvc) {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workingWeekendDays = new ArrayList<>();
        for (LocalDate d = dvc.firstDate(); !d.isAfter(dvc.lastDate()); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean working = dvc.isWorkingDay(d);
            if (!weekend && !working) {
                holidays.add(d);
            } else if (weekend && working) {
                workingWeekendDays.add(d);
            }
        }
        if (workingWeekendDays.isEmpty()) {
            throw new IllegalStateException("dvc calendar has no working weekend day; the make-up check is void");
        }
        return ImmutableHolidayCalendar.of(HolidayCalendarId.of("VN-CS"), holidays,
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), workingWeekendDays);
    }

    /**
     * Checks that dvc and Strata agree: on every day of the dvc range, on every shift by 1 to
     * {@link #MAX_SHIFT} working days and on every count over 0 to {@link #MAX_SPAN} days, from
     * every start date in {@link #FIRST}..{@link #LAST}.
     */
    private static void verify(WorkCalendar dvc, ImmutableHolidayCalendar strata) {
        for (LocalDate d = dvc.firstDate(); !d.isAfter(dvc.lastDate()); d = d.plusDays(1)) {
            if (dvc.isWorkingDay(d) != strata.isBusinessDay(d)) {
                throw mismatch("isWorkingDay(" + d + ")", dvc.isWorkingDay(d), strata.isBusinessDay(d));
            }
        }
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            long e = d.toEpochDay();
            for (int n = 1; n <= MAX_SHIFT; n++) {
                LocalDate s = strata.shift(d, n);
                LocalDate v = dvc.plusWorkingDays(d, n);
                if (!v.equals(s)) {
                    throw mismatch("plusWorkingDays(" + d + ", " + n + ")", v, s);
                }
                long ve = dvc.plusWorkingDaysEpoch(e, n);
                if (ve != s.toEpochDay()) {
                    throw mismatch("plusWorkingDaysEpoch(" + d + ", " + n + ")", LocalDate.ofEpochDay(ve), s);
                }
            }
            for (int span = 0; span <= MAX_SPAN; span++) {
                LocalDate end = d.plusDays(span);
                int s = strata.daysBetween(d, end);
                long v = dvc.countWorkingDays(d, end);
                long ve = dvc.countWorkingDaysEpoch(e, e + span);
                if (v != s || ve != s) {
                    throw mismatch("countWorkingDays(" + d + ", " + end + ")", v + "/" + ve, s);
                }
            }
        }
    }

    /** The exception reporting a disagreement between dvc and Strata. */
    private static IllegalStateException mismatch(String what, Object dvc, Object strata) {
        return new IllegalStateException("dvc and Strata disagree on " + what + ": dvc " + dvc
                + ", Strata " + strata);
    }

    /**
     * Uniformly random dates in {@code [from, to]}.
     *
     * @param seed the random seed, so runs use the same inputs
     * @param from the first possible date
     * @param to the last possible date
     * @return {@link #SIZE} dates
     */
    static LocalDate[] randomDates(long seed, LocalDate from, LocalDate to) {
        SplittableRandom random = new SplittableRandom(seed);
        long first = from.toEpochDay();
        long bound = to.toEpochDay() - first + 1;
        LocalDate[] dates = new LocalDate[SIZE];
        for (int k = 0; k < SIZE; k++) {
            dates[k] = LocalDate.ofEpochDay(first + random.nextLong(bound));
        }
        return dates;
    }

    /**
     * Uniformly random integers in {@code [min, max]}.
     *
     * @param seed the random seed
     * @param min the smallest value
     * @param max the largest value
     * @return {@link #SIZE} values
     */
    static int[] randomInts(long seed, int min, int max) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] values = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            values[k] = random.nextInt(min, max + 1);
        }
        return values;
    }

    /**
     * The epoch days of dates.
     *
     * @param dates the dates
     * @return {@link LocalDate#toEpochDay()} of each
     */
    static long[] epochDays(LocalDate[] dates) {
        long[] days = new long[dates.length];
        for (int k = 0; k < dates.length; k++) {
            days[k] = dates[k].toEpochDay();
        }
        return days;
    }
}
