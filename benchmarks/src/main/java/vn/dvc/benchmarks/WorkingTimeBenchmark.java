package vn.dvc.benchmarks;

import java.time.Duration;
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
import vn.dvc.calendar.WorkCalendar;

/**
 * Adding working time with the lunch break: dvc
 * {@link WorkCalendar#plusWorkingTime(LocalDateTime, Duration)} on the national calendar (office
 * hours 08:00-12:00 and 13:00-17:00). Average time per call, in nanoseconds.
 *
 * <p>Start moments: a date uniform over 2020–2035 (days off included) at a minute uniform over
 * the whole day, so about a third of the starts fall in office hours, 1/24 in the lunch break and
 * the rest before opening or after closing. Durations: a whole number of minutes uniform in
 * 60..2400 (1 to 40 hours). Neither Strata nor Time4J has working-time arithmetic, so there is no
 * peer; setup instead checks every answer against a minute-by-minute reference.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingTimeBenchmark {

    private static final int OPEN_AM = 8 * 60;
    private static final int CLOSE_AM = 12 * 60;
    private static final int OPEN_PM = 13 * 60;
    private static final int CLOSE_PM = 17 * 60;
    private static final int MINUTES_PER_DAY = 24 * 60;

    private WorkCalendar dvc;
    private LocalDateTime[] starts;
    private Duration[] durations;
    private int index;

    /** Builds the inputs and checks every dvc answer against the reference. */
    @Setup(Level.Trial)
    public void setUp() {
        dvc = Fixtures.dvc();
        LocalDate[] dates = Fixtures.randomDates(0xD7C_0005L, Fixtures.FIRST, Fixtures.LAST);
        int[] minuteOfDay = Fixtures.randomInts(0xD7C_0006L, 0, MINUTES_PER_DAY - 1);
        int[] minutes = Fixtures.randomInts(0xD7C_0007L, 60, 40 * 60);
        starts = new LocalDateTime[Fixtures.SIZE];
        durations = new Duration[Fixtures.SIZE];
        for (int k = 0; k < Fixtures.SIZE; k++) {
            starts[k] = dates[k].atStartOfDay().plusMinutes(minuteOfDay[k]);
            durations[k] = Duration.ofMinutes(minutes[k]);
            LocalDateTime expected = reference(starts[k], minutes[k]);
            LocalDateTime actual = dvc.plusWorkingTime(starts[k], durations[k]);
            if (!expected.equals(actual)) {
                throw new IllegalStateException("plusWorkingTime(" + starts[k] + ", " + durations[k]
                        + "): dvc " + actual + ", reference " + expected);
            }
        }
        index = 0;
    }

    /** Walks minute by minute, accruing the minutes of office hours on dvc's working days. */
    private LocalDateTime reference(LocalDateTime start, int minutes) {
        long t = start.toLocalDate().toEpochDay() * MINUTES_PER_DAY + start.getHour() * 60 + start.getMinute();
        long day = Long.MIN_VALUE;
        boolean working = false;
        int left = minutes;
        while (left > 0) {
            long d = Math.floorDiv(t, MINUTES_PER_DAY);
            if (d != day) {
                day = d;
                working = dvc.isWorkingDay(LocalDate.ofEpochDay(d));
            }
            int m = (int) Math.floorMod(t, MINUTES_PER_DAY);
            if (working && (m >= OPEN_AM && m < CLOSE_AM || m >= OPEN_PM && m < CLOSE_PM)) {
                left--;
            }
            t++;
        }
        return LocalDate.ofEpochDay(Math.floorDiv(t, MINUTES_PER_DAY)).atStartOfDay()
                .plusMinutes(Math.floorMod(t, MINUTES_PER_DAY));
    }

    /**
     * dvc: the earliest moment at which the duration of office hours has accrued since the start.
     *
     * @return the moment reached
     */
    @Benchmark
    public LocalDateTime dvcPlusWorkingTime() {
        int k = index;
        index = (k + 1) & Fixtures.MASK;
        return dvc.plusWorkingTime(starts[k], durations[k]);
    }

    /**
     * The floor under {@link #dvcPlusWorkingTime()}: read the same inputs and allocate a
     * {@code LocalDateTime} result from shared parts, doing no calendar work.
     *
     * @return a moment built from the input
     */
    @Benchmark
    public LocalDateTime baselineInputsAndResult() {
        int k = index;
        index = (k + 1) & Fixtures.MASK;
        LocalDateTime s = starts[k];
        return LocalDateTime.of(s.toLocalDate(), s.toLocalTime().getNano() == durations[k].getNano()
                ? s.toLocalTime() : LocalTime.MIDNIGHT);
    }
}
