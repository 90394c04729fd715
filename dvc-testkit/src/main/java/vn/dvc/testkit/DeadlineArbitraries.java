package vn.dvc.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import vn.dvc.Channel;
import vn.dvc.deadline.DeadlinePolicy;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.LimitUnit;
import vn.dvc.deadline.PauseReason;
import vn.dvc.deadline.TimeLimit;

/**
 * jqwik generators for property-testing deadline rules: time limits, receipts and whole dossier
 * clocks with pauses.
 *
 * <pre>{@code
 * @Property
 * void aPauseNeverMakesTheDueEarlier(@ForAll("clocks") DossierClock clock) { ... }
 *
 * @Provide
 * Arbitrary<DossierClock> clocks() {
 *     return DeadlineArbitraries.clocks(DeadlinePolicy.national(), LocalDate.of(2014, 1, 1), LocalDate.of(2035, 12, 31));
 * }
 * }</pre>
 */
public final class DeadlineArbitraries {

    private DeadlineArbitraries() {
    }

    /**
     * Time limits of every unit, with amounts procedure catalogues use (up to 60 working days,
     * 200 working hours, 90 calendar days).
     *
     * @return the generator
     */
    public static Arbitrary<TimeLimit> limits() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 60).map(TimeLimit::workingDays),
                Arbitraries.integers().between(1, 200).map(TimeLimit::workingHours),
                Arbitraries.integers().between(1, 90).map(TimeLimit::calendarDays),
                Arbitraries.just(TimeLimit.withinDay()));
    }

    /**
     * Time limits of one unit.
     *
     * @param unit the unit; not {@link LimitUnit#WITHIN_DAY}
     * @param max the largest amount
     * @return the generator
     */
    public static Arbitrary<TimeLimit> limits(LimitUnit unit, int max) {
        return Arbitraries.integers().between(1, max).map(n -> TimeLimit.of(n, unit));
    }

    /**
     * Dossier clocks started under a policy, with zero to three completed pauses of any reason,
     * each beginning some working time after the previous event and lasting up to three weeks.
     *
     * @param policy the policy that starts the clocks
     * @param first the earliest receipt date
     * @param last the latest receipt date
     * @return the generator
     */
    public static Arbitrary<DossierClock> clocks(DeadlinePolicy policy, LocalDate first, LocalDate last) {
        Arbitrary<LocalDateTime> receipts = CalendarArbitraries.dateTimes(first, last);
        Arbitrary<Channel> channels = Arbitraries.of(Channel.class);
        Arbitrary<List<int[]>> pauses = Combinators.combine(
                Arbitraries.integers().between(0, 20 * 60), Arbitraries.integers().between(1, 21 * 24 * 60),
                Arbitraries.integers().between(0, PauseReason.values().length - 1))
                .as((gap, length, reason) -> new int[] {gap, length, reason}).list().ofMaxSize(3);
        return Combinators.combine(receipts, channels, limits(), pauses).as((received, channel, limit, ps) -> {
            DossierClock clock = policy.startClock(received, channel, limit);
            LocalDateTime cursor = clock.start();
            for (int[] p : ps) {
                LocalDateTime from = policy.calendar().plusWorkingTime(cursor, Duration.ofMinutes(p[0]));
                LocalDateTime until = from.plusMinutes(p[1]);
                clock = clock.pause(from, PauseReason.values()[p[2]]).resume(until);
                cursor = until;
            }
            return clock;
        });
    }
}
