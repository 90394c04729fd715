package vn.dvc.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import net.time4j.PlainDate;
import net.time4j.calendar.CommonElements;
import net.time4j.calendar.VietnameseCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.dvc.calendar.LunarDate;

/**
 * Gregorian to Vietnamese lunar date, from a {@code LocalDate} uniform over 2020–2035: dvc
 * {@link LunarDate#from(LocalDate)} (UTC+7) against Time4J
 * {@code PlainDate.from(date).transform(VietnameseCalendar.class)}. Both start from the same
 * {@code LocalDate}, so the Time4J figure includes its {@code PlainDate} conversion, which is what
 * a caller holding a {@code LocalDate} pays.
 *
 * <p>Setup checks that both libraries give the same lunar year, month, leap flag and day for
 * every date of 2020–2035.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LunarConversionBenchmark {

    private LocalDate[] dates;
    private int index;

    /** Builds the inputs and checks that dvc and Time4J agree on every date of 2020–2035. */
    @Setup(Level.Trial)
    public void setUp() {
        for (LocalDate d = Fixtures.FIRST; !d.isAfter(Fixtures.LAST); d = d.plusDays(1)) {
            LunarDate v = LunarDate.from(d);
            VietnameseCalendar t = PlainDate.from(d).transform(VietnameseCalendar.class);
            int tYear = t.getInt(CommonElements.RELATED_GREGORIAN_YEAR);
            if (v.year() != tYear || v.month() != t.getMonth().getNumber()
                    || v.isLeapMonth() != t.getMonth().isLeap() || v.day() != t.getDayOfMonth()) {
                throw new IllegalStateException("dvc and Time4J disagree on " + d + ": dvc " + v
                        + ", Time4J " + tYear + "-" + t.getMonth() + "-" + t.getDayOfMonth());
            }
        }
        dates = Fixtures.randomDates(0xD7C_0008L, Fixtures.FIRST, Fixtures.LAST);
        index = 0;
    }

    /** The index of the next input; advances and wraps the cursor. */
    private int next() {
        int k = index;
        index = (k + 1) & Fixtures.MASK;
        return k;
    }

    /**
     * dvc: {@code LunarDate.from(date)}.
     *
     * @return the lunar date
     */
    @Benchmark
    public LunarDate dvcLunarFrom() {
        return LunarDate.from(dates[next()]);
    }

    /**
     * Time4J: {@code PlainDate.from(date).transform(VietnameseCalendar.class)}.
     *
     * @return the Vietnamese calendar date
     */
    @Benchmark
    public VietnameseCalendar time4jVietnamese() {
        return PlainDate.from(dates[next()]).transform(VietnameseCalendar.class);
    }
}
