package vn.dvc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.dvc.Channel;
import vn.dvc.calendar.WorkCalendar;
import vn.dvc.deadline.DeadlinePolicy;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.Due;
import vn.dvc.deadline.DueConvention;
import vn.dvc.deadline.Extension;
import vn.dvc.deadline.LimitUnit;
import vn.dvc.deadline.Pause;
import vn.dvc.deadline.PauseReason;
import vn.dvc.deadline.ProcessingPlan;
import vn.dvc.deadline.ReceiptRule;
import vn.dvc.deadline.StepBudget;
import vn.dvc.deadline.StepKind;
import vn.dvc.deadline.StepReport;
import vn.dvc.deadline.SupplementRule;
import vn.dvc.deadline.TimeLimit;

/** The laws of the deadline engine, on the national calendar and with a cutoff or end-of-day rules. */
class DeadlineLawsProperties {

    private static final LocalDate FIRST = LocalDate.of(2014, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2180, 12, 31);
    private static final WorkCalendar NATIONAL = WorkCalendar.vietnam();
    private static final DeadlinePolicy DEFAULTS = DeadlinePolicy.national();
    private static final DeadlinePolicy CUTOFF_END_OF_DAY = DeadlinePolicy.builder(NATIONAL)
            .receiptRule(ReceiptRule.withCutoff(LocalTime.of(15, 0))).convention(DueConvention.END_OF_DAY)
            .financialObligationStopsClock(true).build();

    @Provide
    Arbitrary<DeadlinePolicy> policies() {
        return Arbitraries.of(DEFAULTS, CUTOFF_END_OF_DAY);
    }

    @Provide
    Arbitrary<LocalDateTime> receipts() {
        return CalendarArbitraries.dateTimes(FIRST, LAST);
    }

    @Provide
    Arbitrary<TimeLimit> limits() {
        return DeadlineArbitraries.limits();
    }

    @Provide
    Arbitrary<DossierClock> clocks() {
        return DeadlineArbitraries.clocks(DEFAULTS, FIRST, LAST);
    }

    @Property
    void dueIsMonotoneInTheReceipt(@ForAll("policies") DeadlinePolicy policy, @ForAll("receipts") LocalDateTime a,
            @ForAll @IntRange(max = 20000) int minutesLater, @ForAll("limits") TimeLimit limit) {
        LocalDateTime b = a.plusMinutes(minutesLater);
        LocalDateTime dueA = policy.due(policy.startClock(a, Channel.ONLINE, limit)).value();
        LocalDateTime dueB = policy.due(policy.startClock(b, Channel.ONLINE, limit)).value();
        assertThat(dueA).isBeforeOrEqualTo(dueB);
    }

    @Property
    void dueIsMonotoneInTheLimit(@ForAll("policies") DeadlinePolicy policy, @ForAll("receipts") LocalDateTime received,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll @IntRange(max = 20) int more) {
        for (LimitUnit unit : List.of(LimitUnit.WORKING_DAYS, LimitUnit.WORKING_HOURS, LimitUnit.CALENDAR_DAYS)) {
            LocalDateTime start = policy.clockStart(received, Channel.COUNTER);
            assertThat(policy.dueFrom(start, TimeLimit.of(n, unit)))
                    .isBeforeOrEqualTo(policy.dueFrom(start, TimeLimit.of(n + more, unit)));
        }
    }

    @Property
    void dueIsAWorkingMomentAfterTheStart(@ForAll("policies") DeadlinePolicy policy, @ForAll("receipts") LocalDateTime received,
            @ForAll("limits") TimeLimit limit) {
        DossierClock clock = policy.startClock(received, Channel.POST, limit);
        LocalDateTime due = policy.due(clock).value();
        assertThat(clock.start()).isAfterOrEqualTo(received);
        assertThat(due).isAfter(clock.start());
        assertThat(NATIONAL.isWorkingDay(due.minusNanos(1).toLocalDate())).isTrue();
    }

    @Property
    void aPauseNeverMakesTheDueEarlier(@ForAll("clocks") DossierClock clock) {
        DossierClock unpaused = new DossierClock(clock.receivedAt(), clock.channel(), clock.limit(), clock.start(),
                List.of(), List.of());
        Due without = DEFAULTS.due(unpaused);
        Due with = DEFAULTS.due(clock);
        assertThat(with.restart()).isAfterOrEqualTo(without.restart());
        assertThat(with.subtract()).isAfterOrEqualTo(without.subtract());
        // and each pause added one by one only moves it later
        List<Pause> pauses = new ArrayList<>();
        LocalDateTime previous = without.subtract();
        for (Pause p : clock.pauses()) {
            pauses.add(p);
            LocalDateTime now = DEFAULTS.due(new DossierClock(clock.receivedAt(), clock.channel(), clock.limit(),
                    clock.start(), pauses, List.of())).subtract();
            assertThat(now).isAfterOrEqualTo(previous);
            previous = now;
        }
    }

    @Property
    void restartIsNeverEarlierThanSubtract(@ForAll("clocks") DossierClock clock) {
        if (clock.limit().unit() == LimitUnit.WORKING_DAYS || clock.limit().unit() == LimitUnit.WORKING_HOURS) {
            Due due = DEFAULTS.due(clock);
            assertThat(due.restart()).isAfterOrEqualTo(due.subtract());
        }
    }

    @Property
    void subtractLeavesExactlyTheLimitOfActiveWorkingTime(@ForAll("clocks") DossierClock clock,
            @ForAll @IntRange(min = 1, max = 200) int hours) {
        DossierClock c = new DossierClock(clock.receivedAt(), clock.channel(), TimeLimit.workingHours(hours),
                clock.start(), clock.pauses(), List.of());
        LocalDateTime due = DEFAULTS.due(c).subtract();
        Duration paused = Duration.ZERO;
        for (Pause p : c.pauses()) {
            boolean stops = p.reason() != PauseReason.FINANCIAL_OBLIGATION;
            if (stops && p.from().isBefore(due)) {
                paused = paused.plus(NATIONAL.workingTimeBetween(p.from(), p.until().orElseThrow()));
            }
        }
        assertThat(NATIONAL.workingTimeBetween(c.start(), due).minus(paused)).isEqualTo(Duration.ofHours(hours));
    }

    @Property
    void anExtensionOnlyMovesTheDueLater(@ForAll("clocks") DossierClock clock, @ForAll @IntRange(min = 1, max = 30) int days) {
        LocalDateTime due = DEFAULTS.due(clock).value();
        LocalDateTime issued = NATIONAL.plusWorkingDays(due.toLocalDate(), -2).atTime(9, 0);
        if (issued.isBefore(clock.start()) || !clock.pauses().isEmpty()) {
            return;
        }
        Extension extension = new Extension(issued, NATIONAL.plusWorkingDays(due.toLocalDate(), days).atTime(16, 0),
                "Chờ ý kiến cơ quan phối hợp", "Sở Tài nguyên và Môi trường");
        if (DEFAULTS.extensionRefusal(clock, extension).isEmpty()) {
            DossierClock extended = clock.extend(DEFAULTS, extension);
            assertThat(DEFAULTS.due(extended).value()).isAfter(due);
            assertThat(DEFAULTS.due(extended).value()).isEqualTo(extension.newDue());
        }
    }

    @Property
    void stepDuesNeverExceedTheOverallDueWhenBudgetsFit(@ForAll("receipts") LocalDateTime received,
            @ForAll @IntRange(min = 1, max = 30) int days, @ForAll("budgetSplits") List<Integer> hourShares,
            @ForAll("policies") DeadlinePolicy policy) {
        int totalHours = days * 8;
        List<StepBudget> steps = new ArrayList<>();
        int used = 0;
        StepKind[] kinds = StepKind.values();
        for (int i = 0; i < hourShares.size(); i++) {
            int share = Math.min(hourShares.get(i), totalHours - used);
            if (share <= 0) {
                break;
            }
            TimeLimit budget = share % 8 == 0 ? TimeLimit.workingDays(share / 8) : TimeLimit.workingHours(share);
            steps.add(new StepBudget(kinds[i % kinds.length], "Agency " + i, budget));
            used += share;
        }
        if (steps.isEmpty()) {
            return;
        }
        TimeLimit limit = TimeLimit.workingDays(days);
        ProcessingPlan plan = ProcessingPlan.of(limit, steps);
        DossierClock clock = policy.startClock(received, Channel.COUNTER, limit);
        List<StepReport> reports = policy.steps(clock, plan, List.of(), clock.start());
        LocalDateTime overall = policy.due(clock).value();
        for (StepReport r : reports) {
            assertThat(r.plannedDue()).isBeforeOrEqualTo(overall);
        }
    }

    @Provide
    Arbitrary<List<Integer>> budgetSplits() {
        return Arbitraries.integers().between(1, 80).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void statusAndVerdictAgreeWithTheDue(@ForAll("clocks") DossierClock clock, @ForAll @IntRange(max = 60 * 24 * 90) int minutes) {
        LocalDateTime at = clock.start().plusMinutes(minutes);
        LocalDateTime due = DEFAULTS.dueAt(clock, at).value();
        var status = DEFAULTS.status(clock, at);
        var verdict = DEFAULTS.completion(clock, at);
        assertThat(status.due()).isEqualTo(due);
        assertThat(verdict.due()).isEqualTo(due);
        assertThat(verdict.kind() == vn.dvc.deadline.CompletionKind.OVERDUE).isEqualTo(at.isAfter(due));
        if (status.state() != vn.dvc.deadline.OpenState.PAUSED) {
            assertThat(status.state() == vn.dvc.deadline.OpenState.OVERDUE).isEqualTo(at.isAfter(due));
        }
    }

    @Property
    void supplementRuleChoosesTheValue(@ForAll("clocks") DossierClock clock) {
        DeadlinePolicy subtract = DeadlinePolicy.builder(NATIONAL).supplementRule(SupplementRule.SUBTRACT).build();
        assertThat(subtract.due(clock).value()).isEqualTo(DEFAULTS.due(clock).subtract());
        assertThat(DEFAULTS.due(clock).value()).isEqualTo(DEFAULTS.due(clock).restart());
    }
}
