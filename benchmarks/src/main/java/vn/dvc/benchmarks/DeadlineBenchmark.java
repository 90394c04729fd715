package vn.dvc.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.dvc.Channel;
import vn.dvc.deadline.Completion;
import vn.dvc.deadline.DeadlinePolicy;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.Due;
import vn.dvc.deadline.PauseReason;
import vn.dvc.deadline.TimeLimit;

/**
 * The deadline engine: the due of a dossier clock with two pauses (a supplement and another
 * stop), under both supplement rules, and the verdict on a finished dossier. Target: at least
 * 5 million of each per second on one core (at most 200 ns per operation). No peer library
 * computes Vietnamese statutory deadlines, so there is no side-by-side figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeadlineBenchmark {

    private DeadlinePolicy policy;
    private DossierClock[] clocks;
    private LocalDateTime[] finishes;
    private int index;

    /** Builds clocks received on random days of 2020–2035 with two pauses each. */
    @Setup(Level.Trial)
    public void setUp() {
        policy = DeadlinePolicy.national();
        LocalDate[] dates = Fixtures.randomDates(0xD7C_0011L, Fixtures.FIRST, Fixtures.LAST.minusYears(1));
        int[] minutes = Fixtures.randomInts(0xD7C_0012L, 0, 24 * 60 - 1);
        int[] limits = Fixtures.randomInts(0xD7C_0013L, 1, 30);
        int[] late = Fixtures.randomInts(0xD7C_0014L, 0, 30 * 8 * 60);
        clocks = new DossierClock[Fixtures.SIZE];
        finishes = new LocalDateTime[Fixtures.SIZE];
        for (int k = 0; k < Fixtures.SIZE; k++) {
            LocalDateTime received = dates[k].atStartOfDay().plusMinutes(minutes[k]);
            DossierClock c = policy.startClock(received, Channel.ONLINE, TimeLimit.workingDays(limits[k]));
            LocalDateTime p1 = c.start().plusDays(1);
            LocalDateTime p2 = p1.plusDays(5);
            clocks[k] = c.pause(p1, PauseReason.SUPPLEMENT).resume(p1.plusDays(2))
                    .pause(p2, PauseReason.OTHER).resume(p2.plusHours(30));
            finishes[k] = policy.calendar().plusWorkingTime(clocks[k].start(), java.time.Duration.ofMinutes(late[k]));
        }
        index = 0;
    }

    private int next() {
        int k = index;
        index = (k + 1) & Fixtures.MASK;
        return k;
    }

    /**
     * The due of a clock with two pauses, under restart and subtract.
     *
     * @return the due
     */
    @Benchmark
    public Due dueWithTwoPauses() {
        return policy.due(clocks[next()]);
    }

    /**
     * The verdict on a finished dossier: early, on time or overdue, with the lateness.
     *
     * @return the verdict
     */
    @Benchmark
    public Completion classifyFinished() {
        int k = next();
        return policy.completion(clocks[k], finishes[k]);
    }
}
