package vn.dvc.benchmarks;

import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.dvc.calendar.WorkCalendar;

/**
 * Adding N working days, N uniform in 1..30, from start dates uniform over 2020–2035 (any day of
 * the week, holidays included): dvc {@link WorkCalendar#plusWorkingDays(LocalDate, long)} and its
 * epoch-day variant against Strata {@code HolidayCalendar.shift(LocalDate, int)} on a calendar
 * holding the same working days (checked in setup).
 *
 * <p>Each call reads the next precomputed (date, N) pair; the index wraps over 4096 pairs, so the
 * JIT cannot fold inputs into constants and the inputs stay in L1/L2.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AddWorkingDaysBenchmark {

    private WorkCalendar dvc;
    private ImmutableHolidayCalendar strata;
    private LocalDate[] dates;
    private long[] epochDays;
    private int[] amounts;
    private int index;

    /** Builds the inputs and checks that dvc and Strata agree on every one of them. */
    @Setup(Level.Trial)
    public void setUp() {
        dvc = Fixtures.dvc();
        strata = Fixtures.strata();
        dates = Fixtures.randomDates(0xD7C_0001L, Fixtures.FIRST, Fixtures.LAST);
        epochDays = Fixtures.epochDays(dates);
        amounts = Fixtures.randomInts(0xD7C_0002L, 1, Fixtures.MAX_SHIFT);
        for (int k = 0; k < Fixtures.SIZE; k++) {
            LocalDate expected = strata.shift(dates[k], amounts[k]);
            if (!expected.equals(dvc.plusWorkingDays(dates[k], amounts[k]))
                    || expected.toEpochDay() != dvc.plusWorkingDaysEpoch(epochDays[k], amounts[k])) {
                throw new IllegalStateException("dvc and Strata disagree on " + dates[k] + " + " + amounts[k]);
            }
        }
        index = 0;
    }

    /** The index of the next input; advances and wraps the cursor. */
    private int next() {
        int k = index;
        index = (k + 1) & Fixtures.MASK;
        return k;
    }

    /**
     * dvc, {@code LocalDate} in and out: the n-th working day strictly after the date.
     *
     * @return the working day reached
     */
    @Benchmark
    public LocalDate dvcPlusWorkingDays() {
        int k = next();
        return dvc.plusWorkingDays(dates[k], amounts[k]);
    }

    /**
     * dvc, epoch days in and out: the same computation without any allocation.
     *
     * @return the epoch day reached
     */
    @Benchmark
    public long dvcPlusWorkingDaysEpoch() {
        int k = next();
        return dvc.plusWorkingDaysEpoch(epochDays[k], amounts[k]);
    }

    /**
     * Strata: {@code shift(date, n)}, the n-th business day strictly after the date.
     *
     * @return the business day reached
     */
    @Benchmark
    public LocalDate strataShift() {
        int k = next();
        return strata.shift(dates[k], amounts[k]);
    }

    /**
     * Harness floor: reads the next input and returns it, with no calendar work. Not a target;
     * it shows how much of a score is the loop, the index and the result handling.
     *
     * @return the input date
     */
    @Benchmark
    public LocalDate baselineReadInput() {
        int k = next();
        return dates[k];
    }
}
