package vn.dvc.benchmarks;

import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.dvc.calendar.WorkCalendar;

/**
 * Counting the working days in {@code [start, end)}: dvc
 * {@link WorkCalendar#countWorkingDays(LocalDate, LocalDate)} (and its epoch-day variant) against
 * Strata {@code HolidayCalendar.daysBetween(start, end)}, on the same working days (checked in
 * setup). Start dates are uniform over 2020–2035, spans uniform in 1..{@link #maxSpanDays}
 * calendar days.
 *
 * <p>Strata's cost grows with the number of months spanned (one bit count per month); dvc's does
 * not (two lookups in a prefix-sum table), hence the two span limits.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CountWorkingDaysBenchmark {

    /** Largest span, in calendar days, of the random ranges. */
    @Param({"60", "365"})
    public int maxSpanDays;

    private WorkCalendar dvc;
    private ImmutableHolidayCalendar strata;
    private LocalDate[] starts;
    private LocalDate[] ends;
    private long[] startEpochDays;
    private long[] endEpochDays;
    private int index;

    /** Builds the ranges and checks that dvc and Strata agree on every one of them. */
    @Setup(Level.Trial)
    public void setUp() {
        if (maxSpanDays < 1 || maxSpanDays > Fixtures.MAX_SPAN) {
            throw new IllegalArgumentException("maxSpanDays must be in 1.." + Fixtures.MAX_SPAN);
        }
        dvc = Fixtures.dvc();
        strata = Fixtures.strata();
        starts = Fixtures.randomDates(0xD7C_0003L, Fixtures.FIRST, Fixtures.LAST);
        int[] spans = Fixtures.randomInts(0xD7C_0004L + maxSpanDays, 1, maxSpanDays);
        ends = new LocalDate[Fixtures.SIZE];
        for (int k = 0; k < Fixtures.SIZE; k++) {
            ends[k] = starts[k].plusDays(spans[k]);
        }
        startEpochDays = Fixtures.epochDays(starts);
        endEpochDays = Fixtures.epochDays(ends);
        for (int k = 0; k < Fixtures.SIZE; k++) {
            int expected = strata.daysBetween(starts[k], ends[k]);
            if (expected != dvc.countWorkingDays(starts[k], ends[k])
                    || expected != dvc.countWorkingDaysEpoch(startEpochDays[k], endEpochDays[k])) {
                throw new IllegalStateException("dvc and Strata disagree on [" + starts[k] + ", " + ends[k] + ")");
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
     * dvc, {@code LocalDate} bounds.
     *
     * @return the working days in the range
     */
    @Benchmark
    public long dvcCountWorkingDays() {
        int k = next();
        return dvc.countWorkingDays(starts[k], ends[k]);
    }

    /**
     * dvc, epoch-day bounds.
     *
     * @return the working days in the range
     */
    @Benchmark
    public long dvcCountWorkingDaysEpoch() {
        int k = next();
        return dvc.countWorkingDaysEpoch(startEpochDays[k], endEpochDays[k]);
    }

    /**
     * Strata: {@code daysBetween(start, end)}.
     *
     * @return the business days in the range
     */
    @Benchmark
    public int strataDaysBetween() {
        int k = next();
        return strata.daysBetween(starts[k], ends[k]);
    }
}
