package vn.dvc.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Control, not a target: the cost of the {@code java.time} conversions that dvc's
 * {@code LocalDate} and {@code LocalDateTime} methods wrap around their epoch-day tables, on the
 * same kind of random inputs (dates uniform over 2020–2035). It separates what dvc's index costs
 * from what entering and leaving epoch days costs; no calendar library is involved.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JdkConversionBenchmark {

    private LocalDate[] starts;
    private LocalDate[] ends;
    private long[] epochDays;
    private int[] amounts;
    private long[] nanosOfDay;
    private int index;

    /** Builds the inputs. */
    @Setup(Level.Trial)
    public void setUp() {
        starts = Fixtures.randomDates(0xD7C_0009L, Fixtures.FIRST, Fixtures.LAST);
        int[] spans = Fixtures.randomInts(0xD7C_000AL, 1, 60);
        ends = new LocalDate[Fixtures.SIZE];
        for (int k = 0; k < Fixtures.SIZE; k++) {
            ends[k] = starts[k].plusDays(spans[k]);
        }
        epochDays = Fixtures.epochDays(starts);
        amounts = Fixtures.randomInts(0xD7C_000BL, 1, 42);
        int[] minutes = Fixtures.randomInts(0xD7C_000CL, 8 * 60, 17 * 60);
        nanosOfDay = new long[Fixtures.SIZE];
        for (int k = 0; k < Fixtures.SIZE; k++) {
            nanosOfDay[k] = minutes[k] * 60_000_000_000L;
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
     * Two {@code LocalDate.toEpochDay()} calls and a subtraction: what
     * {@code countWorkingDays(LocalDate, LocalDate)} adds to {@code countWorkingDaysEpoch}.
     *
     * @return the days between the two dates
     */
    @Benchmark
    public long toEpochDayPair() {
        int k = next();
        return ends[k].toEpochDay() - starts[k].toEpochDay();
    }

    /**
     * {@code LocalDate.ofEpochDay}: building a {@code LocalDate} result from an epoch day.
     *
     * @return the date
     */
    @Benchmark
    public LocalDate ofEpochDay() {
        int k = next();
        return LocalDate.ofEpochDay(epochDays[k] + amounts[k]);
    }

    /**
     * {@code toEpochDay}, an addition and {@code ofEpochDay}: the conversions around
     * {@code plusWorkingDays(LocalDate, long)}, without its table lookup.
     *
     * @return the date
     */
    @Benchmark
    public LocalDate epochDayRoundTrip() {
        int k = next();
        return LocalDate.ofEpochDay(starts[k].toEpochDay() + amounts[k]);
    }

    /**
     * {@code LocalDateTime.of(LocalDate.ofEpochDay(..), LocalTime.ofNanoOfDay(..))}: building a
     * {@code plusWorkingTime} result from its epoch day and nanosecond of day.
     *
     * @return the moment
     */
    @Benchmark
    public LocalDateTime localDateTimeResult() {
        int k = next();
        return LocalDateTime.of(LocalDate.ofEpochDay(epochDays[k] + amounts[k]), LocalTime.ofNanoOfDay(nanosOfDay[k]));
    }
}
