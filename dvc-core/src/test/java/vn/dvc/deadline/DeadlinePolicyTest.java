package vn.dvc.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.Channel;
import vn.dvc.InvalidInputException;
import vn.dvc.calendar.WorkCalendar;

/**
 * Worked examples on the official 2025 calendar: Tết break 25/1–2/2, Saturday 26/4 worked for
 * Friday 2/5, 30/4–4/5 off, Hùng Kings' day Monday 7/4. Each states its expected due and why.
 */
class DeadlinePolicyTest {

    private final DeadlinePolicy policy = DeadlinePolicy.national();

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static DeadlinePolicy.Builder builder() {
        return DeadlinePolicy.builder(WorkCalendar.vietnam());
    }

    /**
     * An online dossier accepted on Friday 24 January 2025 at 16:10, the last working day before
     * the Tết break, with "05 ngày làm việc": the break does not count, so the five working days
     * are 3, 4, 5, 6 and 7 February, and the dossier is due on 7 February at 16:10.
     */
    @Test
    void onlineDossierBeforeTet() {
        DossierClock clock = policy.startClock(t("2025-01-24T16:10"), Channel.ONLINE, TimeLimit.parse("05 ngày làm việc"));
        assertThat(clock.start()).isEqualTo(t("2025-01-24T16:10"));
        assertThat(policy.due(clock)).isEqualTo(new Due(t("2025-02-07T16:10"), t("2025-02-07T16:10"),
                SupplementRule.RESTART, false));
        // end-of-day convention: the close of the fifth working day
        DeadlinePolicy endOfDay = builder().convention(DueConvention.END_OF_DAY).build();
        assertThat(endOfDay.due(clock).value()).isEqualTo(t("2025-02-07T17:00"));
        // with a 15:00 same-day cutoff the clock starts when the office reopens after Tết
        DeadlinePolicy cutoff = builder().receiptRule(ReceiptRule.withCutoff(LocalTime.of(15, 0))).build();
        DossierClock late = cutoff.startClock(t("2025-01-24T16:10"), Channel.ONLINE, TimeLimit.workingDays(5));
        assertThat(late.start()).isEqualTo(t("2025-02-03T08:00"));
        assertThat(cutoff.due(late).value()).isEqualTo(t("2025-02-10T08:00"));
    }

    /** Received on the make-up Saturday 26 April 2025: 28 and 29 April count, then 30/4–4/5 are off. */
    @Test
    void receivedOnAMakeUpSaturday() {
        DossierClock clock = policy.startClock(t("2025-04-26T09:00"), Channel.COUNTER, TimeLimit.workingDays(3));
        assertThat(clock.start()).isEqualTo(t("2025-04-26T09:00"));
        assertThat(policy.due(clock).value()).isEqualTo(t("2025-05-05T09:00"));
    }

    /**
     * Ten working days from Tuesday 22 April 2025 10:00 (Saturday 26/4 counts), due 8 May 10:00.
     * A supplement is requested on Monday 28 April at 14:00 and completed on Tuesday 6 May at 09:00.
     * Restart: ten working days again from 6 May 09:00, due 20 May 09:00. Subtract: the 20 working
     * hours of the wait (3 h on 28/4, 8 h on 29/4, 8 h on 5/5, 1 h on 6/5) move the due from
     * 8 May 10:00 to 12 May 15:00.
     */
    @Test
    void supplementAcrossTheAprilMayBreak() {
        DossierClock clock = policy.startClock(t("2025-04-22T10:00"), Channel.COUNTER, TimeLimit.workingDays(10));
        assertThat(policy.due(clock).value()).isEqualTo(t("2025-05-08T10:00"));
        DossierClock paused = clock.pause(t("2025-04-28T14:00"), PauseReason.SUPPLEMENT);
        DossierClock resumed = paused.resume(t("2025-05-06T09:00"));
        assertThat(policy.due(resumed)).isEqualTo(new Due(t("2025-05-20T09:00"), t("2025-05-12T15:00"),
                SupplementRule.RESTART, false));
        DeadlinePolicy subtract = builder().supplementRule(SupplementRule.SUBTRACT).build();
        assertThat(subtract.due(resumed).value()).isEqualTo(t("2025-05-12T15:00"));
        // while paused
        OpenStatus during = policy.status(paused, t("2025-05-05T10:00"));
        assertThat(during.state()).isEqualTo(OpenState.PAUSED);
        assertThat(policy.due(paused).paused()).isTrue();
    }

    /**
     * "27 ngày" from Monday 10 March 2025: the 27th day is Sunday 6 April and Monday 7 April is
     * Hùng Kings' day, so the period ends at the close of Tuesday 8 April (Civil Code Art. 148).
     * "13 ngày" from Monday 3 March ends on Sunday 16 March, so at the close of Monday 17 March.
     */
    @Test
    void calendarDayLimitsEndingOnADayOff() {
        assertThat(policy.dueFrom(t("2025-03-10T09:00"), TimeLimit.parse("27 ngày"))).isEqualTo(t("2025-04-08T17:00"));
        assertThat(policy.dueFrom(t("2025-03-03T09:00"), TimeLimit.parse("13 ngày"))).isEqualTo(t("2025-03-17T17:00"));
        assertThat(policy.dueFrom(t("2025-03-03T09:00"), TimeLimit.parse("10 ngày"))).isEqualTo(t("2025-03-13T17:00"));
    }

    /**
     * A same-day procedure received at 16:55 is due at 17:00 that day; received at 17:10 its clock
     * starts the next morning and it is due at that day's close.
     */
    @Test
    void sameDayProcedures() {
        DossierClock early = policy.startClock(t("2025-03-10T16:55"), Channel.COUNTER, TimeLimit.parse("Trong ngày"));
        assertThat(policy.due(early).value()).isEqualTo(t("2025-03-10T17:00"));
        DossierClock late = policy.startClock(t("2025-03-10T17:10"), Channel.ONLINE, TimeLimit.withinDay());
        assertThat(late.start()).isEqualTo(t("2025-03-11T08:00"));
        assertThat(policy.due(late).value()).isEqualTo(t("2025-03-11T17:00"));
    }

    /** Four working hours from Friday 25 April 16:00: one hour on Friday, three on the make-up Saturday. */
    @Test
    void workingHoursAcrossAMakeUpSaturday() {
        DossierClock clock = policy.startClock(t("2025-04-25T16:00"), Channel.COUNTER, TimeLimit.parse("04 giờ làm việc"));
        assertThat(policy.due(clock).value()).isEqualTo(t("2025-04-26T11:00"));
    }

    @Test
    void clockStartOutsideOfficeHours() {
        assertThat(policy.clockStart(t("2025-03-10T12:15"), Channel.ONLINE)).isEqualTo(t("2025-03-10T13:00"));
        assertThat(policy.clockStart(t("2025-03-08T10:00"), Channel.ONLINE)).isEqualTo(t("2025-03-10T08:00"));
        assertThat(policy.clockStart(t("2025-01-29T10:00"), Channel.ONLINE)).isEqualTo(t("2025-02-03T08:00"));
        DeadlinePolicy counterCutoff = builder().receiptRule(Channel.COUNTER, ReceiptRule.withCutoff(LocalTime.of(15, 0))).build();
        assertThat(counterCutoff.clockStart(t("2025-03-10T15:00"), Channel.COUNTER)).isEqualTo(t("2025-03-10T15:00"));
        assertThat(counterCutoff.clockStart(t("2025-03-10T15:01"), Channel.COUNTER)).isEqualTo(t("2025-03-11T08:00"));
        assertThat(counterCutoff.clockStart(t("2025-03-10T15:01"), Channel.ONLINE)).isEqualTo(t("2025-03-10T15:01"));
    }

    /** Decree 61/2018 Art. 18: online at once; paper the same day, or next morning after 15:00. */
    @Test
    void transferDeadlines() {
        assertThat(policy.transferDeadline(t("2025-03-10T14:30"), Channel.COUNTER)).isEqualTo(t("2025-03-10T17:00"));
        assertThat(policy.transferDeadline(t("2025-03-10T15:00"), Channel.POST)).isEqualTo(t("2025-03-10T17:00"));
        assertThat(policy.transferDeadline(t("2025-03-10T15:30"), Channel.COUNTER)).isEqualTo(t("2025-03-11T08:00"));
        assertThat(policy.transferDeadline(t("2025-01-24T15:30"), Channel.COUNTER)).isEqualTo(t("2025-02-03T08:00"));
        assertThat(policy.transferDeadline(t("2025-03-08T10:00"), Channel.POST)).isEqualTo(t("2025-03-10T08:00"));
        assertThat(policy.transferDeadline(t("2025-03-10T15:30"), Channel.ONLINE)).isEqualTo(t("2025-03-10T15:30"));
    }

    /** Decree 61/2018 Art. 19(4): a supplement request within 3 working days of receipt. */
    @Test
    void lateSupplementRequests() {
        DossierClock clock = policy.startClock(t("2025-03-03T09:00"), Channel.COUNTER, TimeLimit.workingDays(15));
        assertThat(policy.supplementRequestDeadline(clock)).isEqualTo(t("2025-03-06T09:00"));
        assertThat(policy.isSupplementRequestLate(clock, t("2025-03-06T09:00"))).isFalse();
        assertThat(policy.isSupplementRequestLate(clock, t("2025-03-07T09:00"))).isTrue();
    }

    @Test
    void statusesOfAnOpenDossier() {
        DossierClock clock = policy.startClock(t("2025-01-24T16:10"), Channel.ONLINE, TimeLimit.workingDays(5));
        assertThat(policy.status(clock, t("2025-02-05T09:00")))
                .isEqualTo(new OpenStatus(OpenState.NOT_YET_DUE, t("2025-02-07T16:10"), Duration.ofMinutes(22 * 60 + 10)));
        assertThat(policy.status(clock, t("2025-02-07T09:00")).state()).isEqualTo(OpenState.DUE_SOON);
        assertThat(policy.status(clock, t("2025-02-06T16:10")).state()).isEqualTo(OpenState.DUE_SOON);
        assertThat(policy.status(clock, t("2025-02-06T16:09")).state()).isEqualTo(OpenState.NOT_YET_DUE);
        OpenStatus overdue = policy.status(clock, t("2025-02-10T09:00"));
        assertThat(overdue.state()).isEqualTo(OpenState.OVERDUE);
        assertThat(overdue.remaining()).isEqualTo(Duration.ofMinutes(-110));
        assertThat(policy.status(clock, t("2025-01-25T10:00")).state()).isEqualTo(OpenState.NOT_YET_DUE);
        DeadlinePolicy twoDays = builder().dueSoonThreshold(Duration.ofHours(16)).build();
        assertThat(twoDays.status(clock, t("2025-02-05T16:10")).state()).isEqualTo(OpenState.DUE_SOON);
        assertThatThrownBy(() -> policy.status(clock, t("2025-01-24T16:00"))).isInstanceOf(ClockStateException.class);
    }

    @Test
    void verdictsAtCompletion() {
        DossierClock clock = policy.startClock(t("2025-01-24T16:10"), Channel.ONLINE, TimeLimit.workingDays(5));
        assertThat(policy.completion(clock, t("2025-02-06T16:30")).kind()).isEqualTo(CompletionKind.EARLY);
        assertThat(policy.completion(clock, t("2025-02-07T08:00")).kind()).isEqualTo(CompletionKind.ON_TIME);
        assertThat(policy.completion(clock, t("2025-02-07T16:10")).kind()).isEqualTo(CompletionKind.ON_TIME);
        // finished the next Monday at 16:00: 50 minutes on Friday and 7 hours on Monday late
        assertThat(policy.completion(clock, t("2025-02-10T16:00"))).isEqualTo(new Completion(CompletionKind.OVERDUE,
                t("2025-02-07T16:10"), t("2025-02-10T16:00"), Duration.ofMinutes(470), 1));
        assertThat(policy.completion(clock, t("2025-02-11T09:00")).lateWorkingDays()).isEqualTo(2);
        assertThat(CompletionKind.OVERDUE.label()).isEqualTo("Quá hạn");
    }

    /** Decree 61/2018 Art. 19(9): an apology with a new appointment, once, at least a working day ahead. */
    @Test
    void extensions() {
        DossierClock clock = policy.startClock(t("2025-01-24T16:10"), Channel.ONLINE, TimeLimit.workingDays(5));
        Extension ok = new Extension(t("2025-02-06T10:00"), t("2025-02-14T16:10"), "Chờ ý kiến Sở Xây dựng", "Sở Xây dựng");
        DossierClock extended = clock.extend(policy, ok);
        assertThat(policy.due(extended).value()).isEqualTo(t("2025-02-14T16:10"));
        assertThat(policy.status(extended, t("2025-02-10T09:00")).state()).isEqualTo(OpenState.NOT_YET_DUE);
        // a second one is refused
        Extension again = new Extension(t("2025-02-10T10:00"), t("2025-02-20T16:10"), "Lý do khác", "Sở Xây dựng");
        assertThatThrownBy(() -> extended.extend(policy, again)).isInstanceOf(ClockStateException.class)
                .hasMessageStartingWith("The due was already extended 1 time(s)");
        // on the due day itself it is too late
        Extension late = new Extension(t("2025-02-07T09:00"), t("2025-02-14T16:10"), "Chậm", "Sở Xây dựng");
        assertThatThrownBy(() -> clock.extend(policy, late)).isInstanceOf(ClockStateException.class)
                .hasMessage("The apology issued at 2025-02-07T09:00 is too late for the due 2025-02-07T16:10: it must be"
                        + " issued at least 1 working day(s) before, by 2025-02-06.");
        // the new due must be later
        Extension earlier = new Extension(t("2025-02-05T09:00"), t("2025-02-07T16:00"), "Sớm", "Sở Xây dựng");
        assertThat(policy.extensionRefusal(clock, earlier)).get().extracting(ClockStateException::code)
                .isEqualTo("extension.notLater");
        assertThat(clock.extensions()).isEmpty();
        // a policy allowing two extensions
        DeadlinePolicy twice = builder().maxExtensions(2).build();
        assertThat(twice.due(extended.extend(twice, again)).value()).isEqualTo(t("2025-02-20T16:10"));
        assertThatThrownBy(() -> new Extension(t("2025-02-06T10:00"), t("2025-02-14T16:10"), " ", "Sở"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void financialObligationStopsTheClockOnlyWhereTheLawSays() {
        DossierClock clock = policy.startClock(t("2025-03-03T09:00"), Channel.COUNTER, TimeLimit.workingDays(5))
                .pause(t("2025-03-04T09:00"), PauseReason.FINANCIAL_OBLIGATION).resume(t("2025-03-06T09:00"));
        assertThat(policy.due(clock).value()).isEqualTo(t("2025-03-10T09:00"));
        DeadlinePolicy land = builder().financialObligationStopsClock(true).build();
        assertThat(land.due(clock)).isEqualTo(new Due(t("2025-03-12T09:00"), t("2025-03-12T09:00"), SupplementRule.RESTART, false));
        // other pauses are always subtracted, under both rules
        DossierClock other = policy.startClock(t("2025-03-03T09:00"), Channel.COUNTER, TimeLimit.workingDays(5))
                .pause(t("2025-03-04T09:00"), PauseReason.OTHER).resume(t("2025-03-05T09:00"));
        assertThat(policy.due(other)).isEqualTo(new Due(t("2025-03-11T09:00"), t("2025-03-11T09:00"), SupplementRule.RESTART, false));
        // a pause that begins after the due does not rescue a late dossier
        DossierClock tooLate = policy.startClock(t("2025-03-03T09:00"), Channel.COUNTER, TimeLimit.workingDays(1))
                .pause(t("2025-03-05T09:00"), PauseReason.OTHER).resume(t("2025-03-06T09:00"));
        assertThat(policy.due(tooLate).value()).isEqualTo(t("2025-03-04T09:00"));
    }

    /**
     * Five working days split as reception 4 h, appraisal 3 days, approval 1 day, return 4 h, from
     * Monday 3 March 2025 09:00. The planned dues chain up to the overall due, 10 March 09:00. The
     * appraisal department received the dossier at 14:00 on the first day, exactly on plan, was due
     * on Thursday 6 March at 14:00 and handed it on only on Monday 10 March at 10:00: 13 working
     * hours late (3 on Thursday, 8 on Friday, 2 on Monday).
     */
    @Test
    void stepPlanFindsTheLateAgency() {
        ProcessingPlan plan = ProcessingPlan.of(TimeLimit.workingDays(5), List.of(
                new StepBudget(StepKind.RECEPTION, "Bộ phận Một cửa", TimeLimit.workingHours(4)),
                new StepBudget(StepKind.APPRAISAL, "Phòng Quản lý đô thị", TimeLimit.workingDays(3)),
                new StepBudget(StepKind.APPROVAL, "Lãnh đạo UBND", TimeLimit.workingDays(1)),
                new StepBudget(StepKind.RETURN, "Bộ phận Một cửa", TimeLimit.workingHours(4))));
        DossierClock clock = policy.startClock(t("2025-03-03T09:00"), Channel.COUNTER, TimeLimit.workingDays(5));
        List<StepReport> steps = policy.steps(clock, plan, List.of(new Handover(0, t("2025-03-03T09:00")),
                new Handover(1, t("2025-03-03T14:00")), new Handover(2, t("2025-03-10T10:00"))), t("2025-03-10T16:00"));
        assertThat(steps).extracting(StepReport::plannedDue).containsExactly(t("2025-03-03T14:00"),
                t("2025-03-06T14:00"), t("2025-03-07T14:00"), t("2025-03-10T09:00"));
        assertThat(steps.get(3).plannedDue()).isEqualTo(policy.due(clock).value());
        assertThat(steps.get(0).isLate()).isFalse();
        assertThat(steps.get(1).due()).contains(t("2025-03-06T14:00"));
        assertThat(steps.get(1).lateness()).isEqualTo(Duration.ofHours(13));
        assertThat(steps.get(1).responsibleAgency()).isEqualTo("Phòng Quản lý đô thị");
        assertThat(steps.get(2).due()).contains(t("2025-03-11T10:00"));
        assertThat(steps.get(2).isLate()).isFalse();
        assertThat(steps.get(3).started()).isEmpty();
        assertThatThrownBy(() -> policy.steps(clock, plan, List.of(new Handover(4, t("2025-03-03T09:00"))), t("2025-03-04T09:00")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Step 4 is not in the plan: expected 0 to 3.");
        assertThatThrownBy(() -> policy.steps(clock, plan, List.of(new Handover(1, t("2025-03-04T09:00")),
                new Handover(0, t("2025-03-05T09:00"))), t("2025-03-06T09:00"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPlanOverItsLimitIsRefused() {
        assertThatThrownBy(() -> ProcessingPlan.of(TimeLimit.workingDays(5), List.of(
                new StepBudget(StepKind.APPRAISAL, "Phòng A", TimeLimit.workingDays(3)),
                new StepBudget(StepKind.APPROVAL, "Lãnh đạo", TimeLimit.workingDays(2)),
                new StepBudget(StepKind.RETURN, "Một cửa", TimeLimit.workingHours(1)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The step budgets add up to 41h, more than the time limit 5 working days (40h).");
        assertThatThrownBy(() -> ProcessingPlan.of(TimeLimit.calendarDays(5), List.of(
                new StepBudget(StepKind.APPRAISAL, "Phòng A", TimeLimit.workingDays(3))))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ProcessingPlan.of(TimeLimit.workingDays(5), List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new StepBudget(StepKind.APPRAISAL, "Phòng A", TimeLimit.calendarDays(3)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new StepBudget(StepKind.APPRAISAL, "", TimeLimit.workingDays(3)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void badPolicySettingsAreRefused() {
        assertThatThrownBy(() -> builder().dueSoonThreshold(Duration.ofHours(-1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> builder().maxExtensions(-1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("maxExtensions must be from 0 to 10: got -1.");
        assertThatThrownBy(() -> builder().apologyLeadWorkingDays(31)).isInstanceOf(InvalidInputException.class);
    }
}
