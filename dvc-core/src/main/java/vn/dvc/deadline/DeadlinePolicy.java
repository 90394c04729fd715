package vn.dvc.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dvc.Channel;
import vn.dvc.InvalidInputException;
import vn.dvc.calendar.OfficeHours;
import vn.dvc.calendar.WorkCalendar;

/**
 * The deadline engine: the rules one agency applies to one procedure (which calendar, when the
 * clock starts per channel, how working days become a due moment, what a supplement does, whether
 * a financial obligation stops the clock), and the pure functions that compute from a
 * {@link DossierClock} when a dossier is due and how late it is.
 *
 * <pre>{@code
 * DeadlinePolicy policy = DeadlinePolicy.national();                 // defaults, national calendar
 * DossierClock clock = policy.startClock(LocalDateTime.of(2025, 1, 24, 16, 10), Channel.ONLINE,
 *         TimeLimit.parse("05 ngày làm việc"));
 * policy.due(clock).value();                                         // 2025-02-07T16:10
 * policy.status(clock, LocalDateTime.of(2025, 2, 7, 9, 0)).state();  // DUE_SOON
 * }</pre>
 *
 * <h2>Rules, with their sources</h2>
 * <ul>
 *   <li><b>Clock start</b>: the official receipt of a complete, valid dossier, moved by the
 *       channel's {@link ReceiptRule} (office hours, optional same-day cutoff). Decree 61/2018
 *       Art. 17; Decree 45/2020 Art. 11(1) for online receipt.</li>
 *   <li><b>Due</b>: working days by the {@link DueConvention}; working hours as exact working time;
 *       calendar days end at the close of the N-th day after the start, moved to the close of the
 *       next working day when that day is not worked (Civil Code 2015, Art. 148); within the day at
 *       the close of the clock-start day.</li>
 *   <li><b>Pauses</b>: a supplement pause restarts the full limit from the complete supplement
 *       ({@link SupplementRule#RESTART}, Decree 61/2018 Art. 19(4)) or is subtracted
 *       ({@link SupplementRule#SUBTRACT}, Decision 766); both are always computed. Other pauses are
 *       subtracted; a financial-obligation pause only where the procedure's law says so.</li>
 *   <li><b>Apology and new appointment</b>: at most once, issued at least one working day before
 *       the current due, with a later due (Decree 61/2018 Art. 19(9)); both numbers are
 *       settings.</li>
 *   <li><b>Supplement request after appraisal</b>: within 3 working days of receipt
 *       (Art. 19(4)); a setting.</li>
 *   <li><b>Transfer</b> from the one-stop office: online dossiers at once; paper dossiers by the
 *       close of the same working day, or the opening of the next one when received after 15:00
 *       (Art. 18).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; one instance serves every dossier of its procedure.
 */
public final class DeadlinePolicy {

    private final WorkCalendar calendar;
    private final Map<Channel, ReceiptRule> receiptRules;
    private final DueConvention convention;
    private final SupplementRule rule;
    private final boolean financialObligationStopsClock;
    private final Duration dueSoonThreshold;
    private final int apologyLeadWorkingDays;
    private final int maxExtensions;
    private final LocalTime transferCutoff;
    private final TimeLimit supplementRequestLimit;

    private DeadlinePolicy(Builder b) {
        this.calendar = b.calendar;
        this.receiptRules = new EnumMap<>(b.receiptRules);
        this.convention = b.convention;
        this.rule = b.rule;
        this.financialObligationStopsClock = b.financialObligationStopsClock;
        this.dueSoonThreshold = b.dueSoonThreshold != null ? b.dueSoonThreshold
                : b.calendar.defaultOfficeHours().totalDuration();
        this.apologyLeadWorkingDays = b.apologyLeadWorkingDays;
        this.maxExtensions = b.maxExtensions;
        this.transferCutoff = b.transferCutoff;
        this.supplementRequestLimit = b.supplementRequestLimit;
    }

    /**
     * The defaults on the national civil-service calendar.
     *
     * @return the policy
     */
    public static DeadlinePolicy national() {
        return builder(WorkCalendar.vietnam()).build();
    }

    /**
     * A builder with the defaults: no cutoff on any channel, {@link DueConvention#SAME_TIME},
     * {@link SupplementRule#RESTART}, a financial obligation does not stop the clock, due soon
     * within one working day, one extension at least one working day ahead, transfer cutoff
     * 15:00, supplement requests within 3 working days.
     *
     * @param calendar the agency's working calendar
     * @return the builder
     */
    public static Builder builder(WorkCalendar calendar) {
        return new Builder(Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * The working calendar the policy counts on.
     *
     * @return the calendar
     */
    public WorkCalendar calendar() {
        return calendar;
    }

    /**
     * The rule that picks {@link Due#value()}.
     *
     * @return the supplement rule
     */
    public SupplementRule supplementRule() {
        return rule;
    }

    /**
     * The convention for limits in working days.
     *
     * @return the convention
     */
    public DueConvention convention() {
        return convention;
    }

    /**
     * The receipt rule of a channel.
     *
     * @param channel the channel
     * @return its rule
     */
    public ReceiptRule receiptRule(Channel channel) {
        return receiptRules.get(Objects.requireNonNull(channel, "channel"));
    }

    /**
     * When the processing clock starts for a receipt.
     *
     * @param receivedAt the official receipt of the complete, valid dossier
     * @param channel how it was received
     * @return the clock start
     * @throws vn.dvc.calendar.CalendarRangeException outside the calendar's range
     */
    public LocalDateTime clockStart(LocalDateTime receivedAt, Channel channel) {
        return receiptRule(channel).clockStart(calendar, receivedAt);
    }

    /**
     * Starts a dossier's clock.
     *
     * @param receivedAt the official receipt of the complete, valid dossier
     * @param channel how it was received
     * @param limit the procedure's time limit
     * @return a running clock with no pause
     */
    public DossierClock startClock(LocalDateTime receivedAt, Channel channel, TimeLimit limit) {
        return new DossierClock(receivedAt, channel, limit, clockStart(receivedAt, channel), List.of(), List.of());
    }

    /**
     * The due of a limit counted from a clock start, without pauses or extensions.
     *
     * @param start the clock start (normally inside office hours)
     * @param limit the limit
     * @return the due moment
     * @throws vn.dvc.calendar.CalendarRangeException if it falls outside the calendar's range
     */
    public LocalDateTime dueFrom(LocalDateTime start, TimeLimit limit) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        switch (limit.unit()) {
            case WORKING_DAYS: {
                LocalDate day = calendar.plusWorkingDays(start.toLocalDate(), limit.amount());
                if (convention == DueConvention.END_OF_DAY) {
                    return calendar.closingOf(day);
                }
                OfficeHours hours = calendar.hoursOfWorkingDay(day);
                LocalTime t = start.toLocalTime();
                if (t.isBefore(hours.opensAt())) {
                    return LocalDateTime.of(day, hours.opensAt());
                }
                if (hours.closesAt() != LocalTime.MIDNIGHT && t.isAfter(hours.closesAt())) {
                    return LocalDateTime.of(day, hours.closesAt());
                }
                return LocalDateTime.of(day, t);
            }
            case WORKING_HOURS:
                return calendar.plusWorkingTime(start, Duration.ofHours(limit.amount()));
            case CALENDAR_DAYS:
                return calendar.closingOf(calendar.nextOrSameWorkingDay(start.toLocalDate().plusDays(limit.amount())));
            case WITHIN_DAY:
                return calendar.closingOf(calendar.nextOrSameWorkingDay(start.toLocalDate()));
            default:
                throw new AssertionError(limit.unit());
        }
    }

    /**
     * The due of a dossier under both supplement rules, with every pause and extension of its
     * clock. An open pause is taken as ending at its start (the due can only move later).
     *
     * @param clock the dossier's clock
     * @return the due
     */
    public Due due(DossierClock clock) {
        return dueAsOf(clock, null);
    }

    /**
     * The due as it stood at an instant: events after it are ignored, and an open pause is taken
     * as ending at the instant.
     *
     * @param clock the dossier's clock
     * @param at the instant
     * @return the due
     */
    public Due dueAt(DossierClock clock, LocalDateTime at) {
        return dueAsOf(clock, Objects.requireNonNull(at, "at"));
    }

    private Due dueAsOf(DossierClock clock, LocalDateTime asOf) {
        LocalDateTime base = dueFrom(clock.start(), clock.limit());
        LocalDateTime restart = base;
        LocalDateTime subtract = base;
        boolean paused = false;
        List<Pause> pauses = clock.pauses();
        List<Extension> extensions = clock.extensions();
        int pi = 0;
        int ei = 0;
        while (pi < pauses.size() || ei < extensions.size()) {
            Pause p = pi < pauses.size() ? pauses.get(pi) : null;
            Extension e = ei < extensions.size() ? extensions.get(ei) : null;
            boolean isPause = p != null && (e == null || !p.from().isAfter(e.issuedAt()));
            LocalDateTime when = isPause ? p.from() : e.issuedAt();
            if (asOf != null && when.isAfter(asOf)) {
                break;
            }
            if (!isPause) {
                ei++;
                restart = e.newDue();
                subtract = e.newDue();
                continue;
            }
            pi++;
            if (p.reason() == PauseReason.FINANCIAL_OBLIGATION && !financialObligationStopsClock) {
                continue;
            }
            LocalDateTime end = p.until().orElse(null);
            if (end == null || asOf != null && end.isAfter(asOf)) {
                paused = true;
                end = asOf != null ? asOf : p.from();
            }
            // the pause's working time, computed once for both rules (0 until needed)
            long pausedNanos = -1;
            if (p.reason() == PauseReason.SUPPLEMENT) {
                restart = dueFrom(clockStart(end, clock.channel()), clock.limit());
            } else if (p.from().isBefore(restart)) {
                pausedNanos = calendar.workingNanosBetween(p.from(), end);
                restart = shift(restart, pausedNanos, clock.limit());
            }
            if (p.from().isBefore(subtract)) {
                if (pausedNanos < 0) {
                    pausedNanos = calendar.workingNanosBetween(p.from(), end);
                }
                subtract = shift(subtract, pausedNanos, clock.limit());
            }
        }
        return new Due(restart, subtract, rule, paused);
    }

    /** Moves a due later by the working time of a pause that began before it. */
    private LocalDateTime shift(LocalDateTime due, long paused, TimeLimit limit) {
        if (paused == 0) {
            return due;
        }
        LocalDateTime moved = calendar.plusWorkingNanos(due, paused);
        if (convention == DueConvention.END_OF_DAY && limit.unit() == LimitUnit.WORKING_DAYS) {
            return calendar.closingOf(calendar.previousOrSameWorkingDay(moved.minusNanos(1).toLocalDate()));
        }
        return moved;
    }

    /**
     * Where an unfinished dossier stands at an instant.
     *
     * @param clock the dossier's clock
     * @param at the instant, not before the receipt
     * @return the status: not yet due, due soon, overdue or paused, with the remaining working time
     * @throws ClockStateException if {@code at} precedes the receipt
     */
    public OpenStatus status(DossierClock clock, LocalDateTime at) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(clock.receivedAt())) {
            throw new ClockStateException("clock.beforeReceipt", at, clock.receivedAt());
        }
        Due due = dueAsOf(clock, at);
        LocalDateTime value = due.value();
        Duration remaining = calendar.workingTimeBetween(at, value);
        OpenState state;
        if (due.paused()) {
            state = OpenState.PAUSED;
        } else if (at.isAfter(value)) {
            state = OpenState.OVERDUE;
        } else if (remaining.compareTo(dueSoonThreshold) <= 0) {
            state = OpenState.DUE_SOON;
        } else {
            state = OpenState.NOT_YET_DUE;
        }
        return new OpenStatus(state, value, remaining);
    }

    /**
     * The verdict on a dossier finished at an instant.
     *
     * @param clock the dossier's clock
     * @param finishedAt when it was finished (result ready, refused, stopped)
     * @return early, on time or overdue, with the lateness
     * @throws ClockStateException if {@code finishedAt} precedes the receipt
     */
    public Completion completion(DossierClock clock, LocalDateTime finishedAt) {
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (finishedAt.isBefore(clock.receivedAt())) {
            throw new ClockStateException("clock.beforeReceipt", finishedAt, clock.receivedAt());
        }
        LocalDateTime due = dueAsOf(clock, finishedAt).value();
        if (finishedAt.toLocalDate().isBefore(due.toLocalDate())) {
            return new Completion(CompletionKind.EARLY, due, finishedAt, Duration.ZERO, 0);
        }
        if (!finishedAt.isAfter(due)) {
            return new Completion(CompletionKind.ON_TIME, due, finishedAt, Duration.ZERO, 0);
        }
        Duration late = calendar.workingTimeBetween(due, finishedAt);
        // working days in (due date, finish date]
        LocalDate dueDay = due.toLocalDate();
        LocalDate finishDay = finishedAt.toLocalDate();
        long days = calendar.countWorkingDays(dueDay, finishDay) - (calendar.isWorkingDay(dueDay) ? 1 : 0)
                + (calendar.isWorkingDay(finishDay) ? 1 : 0);
        return new Completion(CompletionKind.OVERDUE, due, finishedAt, late, days);
    }

    /**
     * When the one-stop office must have transferred a dossier to the processing agency
     * (Decree 61/2018 Art. 18): at once for online dossiers; for paper dossiers the close of the
     * same working day, or the opening of the next working day when received after the transfer
     * cutoff (15:00) or on a day off.
     *
     * @param receivedAt when the one-stop office received it
     * @param channel how
     * @return the transfer deadline
     */
    public LocalDateTime transferDeadline(LocalDateTime receivedAt, Channel channel) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        if (!channel.isPaper()) {
            calendar.isWorkingDay(receivedAt.toLocalDate());
            return receivedAt;
        }
        LocalDate day = receivedAt.toLocalDate();
        if (calendar.isWorkingDay(day) && !receivedAt.toLocalTime().isAfter(transferCutoff)) {
            return calendar.closingOf(day);
        }
        return calendar.openingOf(calendar.nextWorkingDay(day));
    }

    /**
     * The last moment at which a supplement may be requested after appraisal (Decree 61/2018
     * Art. 19(4): within 3 working days of receipt, unless specialised law differs).
     *
     * @param clock the dossier's clock
     * @return the deadline for a supplement request
     */
    public LocalDateTime supplementRequestDeadline(DossierClock clock) {
        return dueFrom(clock.start(), supplementRequestLimit);
    }

    /**
     * Whether a supplement request came too late.
     *
     * @param clock the dossier's clock
     * @param requestedAt when the request was issued
     * @return {@code true} if after {@link #supplementRequestDeadline(DossierClock)}
     */
    public boolean isSupplementRequestLate(DossierClock clock, LocalDateTime requestedAt) {
        return Objects.requireNonNull(requestedAt, "requestedAt").isAfter(supplementRequestDeadline(clock));
    }

    /**
     * Why an extension would be refused, or empty if it is allowed: a second extension (beyond the
     * allowed number), an apology issued later than the lead time before the current due, or a new
     * due that is not later than the current one.
     *
     * @param clock the dossier's clock
     * @param extension the proposed extension
     * @return the refusal, with a bilingual message, or empty
     */
    public Optional<ClockStateException> extensionRefusal(DossierClock clock, Extension extension) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(extension, "extension");
        if (clock.extensions().size() >= maxExtensions) {
            return Optional.of(new ClockStateException("extension.tooMany", maxExtensions));
        }
        if (extension.issuedAt().isBefore(clock.start())) {
            return Optional.of(new ClockStateException("extension.beforeStart", extension.issuedAt(), clock.start()));
        }
        LocalDateTime current = dueAsOf(clock, extension.issuedAt()).value();
        LocalDate latest = apologyLeadWorkingDays == 0 ? current.toLocalDate()
                : calendar.plusWorkingDays(current.toLocalDate(), -apologyLeadWorkingDays);
        if (extension.issuedAt().toLocalDate().isAfter(latest)
                || apologyLeadWorkingDays == 0 && extension.issuedAt().isAfter(current)) {
            return Optional.of(new ClockStateException("extension.tooLate", extension.issuedAt(), current,
                    apologyLeadWorkingDays, latest));
        }
        if (!extension.newDue().isAfter(current)) {
            return Optional.of(new ClockStateException("extension.notLater", extension.newDue(), current));
        }
        return Optional.empty();
    }

    /**
     * How each step of an internal plan went: its planned due (every earlier step using exactly its
     * budget), its due from its actual start, and its lateness, so that a late dossier can be
     * traced to the agency that made it late. A step's budget is working time (a working day is
     * the plan's {@link ProcessingPlan#workingDay()}), so budgets that fit the limit always end by
     * the dossier's due. Pauses are not applied to steps.
     *
     * @param clock the dossier's clock; the first step's planned start is its clock start
     * @param plan the plan
     * @param handovers when each step received the dossier, in step order (steps may be absent)
     * @param asOf the instant of the report: a running step is judged at it
     * @return one report per step of the plan
     * @throws InvalidInputException if a handover names a step outside the plan or the handovers
     *     are not in step and time order
     */
    public List<StepReport> steps(DossierClock clock, ProcessingPlan plan, List<Handover> handovers,
            LocalDateTime asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        int n = plan.steps().size();
        LocalDateTime[] started = new LocalDateTime[n];
        int lastStep = -1;
        LocalDateTime lastAt = null;
        for (Handover h : handovers) {
            if (h.step() >= n) {
                throw new InvalidInputException("plan.badStep", h.step(), n - 1);
            }
            if (h.step() <= lastStep || lastAt != null && h.at().isBefore(lastAt)) {
                throw new InvalidInputException("plan.handoverOrder", h.step(), h.at());
            }
            started[h.step()] = h.at();
            lastStep = h.step();
            lastAt = h.at();
        }
        List<StepReport> reports = new ArrayList<>(n);
        LocalDateTime planned = clock.start();
        for (int i = 0; i < n; i++) {
            StepBudget step = plan.steps().get(i);
            Duration budget = ProcessingPlan.asTime(step.budget(), plan.workingDay());
            planned = calendar.plusWorkingTime(planned, budget);
            Optional<LocalDateTime> start = Optional.ofNullable(started[i]);
            Optional<LocalDateTime> due = start.map(s -> calendar.plusWorkingTime(s, budget));
            Optional<LocalDateTime> finished = Optional.empty();
            for (int j = i + 1; j < n && start.isPresent(); j++) {
                if (started[j] != null) {
                    finished = Optional.of(started[j]);
                    break;
                }
            }
            Duration lateness = Duration.ZERO;
            if (due.isPresent()) {
                LocalDateTime end = finished.orElse(asOf);
                if (end.isAfter(due.get())) {
                    lateness = calendar.workingTimeBetween(due.get(), end);
                }
            }
            reports.add(new StepReport(i, step, planned, start, due, finished, lateness));
        }
        return reports;
    }

    /**
     * Builds a {@link DeadlinePolicy}. Not thread-safe.
     */
    public static final class Builder {
        private final WorkCalendar calendar;
        private final EnumMap<Channel, ReceiptRule> receiptRules = new EnumMap<>(Channel.class);
        private DueConvention convention = DueConvention.SAME_TIME;
        private SupplementRule rule = SupplementRule.RESTART;
        private boolean financialObligationStopsClock;
        private Duration dueSoonThreshold;
        private int apologyLeadWorkingDays = 1;
        private int maxExtensions = 1;
        private LocalTime transferCutoff = LocalTime.of(15, 0);
        private TimeLimit supplementRequestLimit = TimeLimit.workingDays(3);

        private Builder(WorkCalendar calendar) {
            this.calendar = calendar;
            for (Channel c : Channel.values()) {
                receiptRules.put(c, ReceiptRule.OFFICE_HOURS);
            }
        }

        /**
         * Sets the receipt rule of every channel.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder receiptRule(ReceiptRule rule) {
            Objects.requireNonNull(rule, "rule");
            for (Channel c : Channel.values()) {
                receiptRules.put(c, rule);
            }
            return this;
        }

        /**
         * Sets the receipt rule of one channel.
         *
         * @param channel the channel
         * @param rule its rule
         * @return this builder
         */
        public Builder receiptRule(Channel channel, ReceiptRule rule) {
            receiptRules.put(Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Sets the convention for limits in working days.
         *
         * @param convention same time of day (default) or end of day
         * @return this builder
         */
        public Builder convention(DueConvention convention) {
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /**
         * Sets which supplement rule {@link Due#value()} and the statuses follow.
         *
         * @param rule restart (default, the law) or subtract
         * @return this builder
         */
        public Builder supplementRule(SupplementRule rule) {
            this.rule = Objects.requireNonNull(rule, "rule");
            return this;
        }

        /**
         * Sets whether waiting for the applicant's financial obligation stops the clock
         * (specialised laws such as the land law say so; the general rule does not).
         *
         * @param stops {@code true} to subtract such waits
         * @return this builder
         */
        public Builder financialObligationStopsClock(boolean stops) {
            this.financialObligationStopsClock = stops;
            return this;
        }

        /**
         * Sets how close to the due a dossier is "due soon".
         *
         * @param threshold working time, positive; default one working day of the default hours
         * @return this builder
         * @throws InvalidInputException if the threshold is negative
         */
        public Builder dueSoonThreshold(Duration threshold) {
            if (Objects.requireNonNull(threshold, "threshold").isNegative()) {
                throw new InvalidInputException("policy.negativeThreshold", threshold);
            }
            this.dueSoonThreshold = threshold;
            return this;
        }

        /**
         * Sets how many working days before the current due an apology must be issued.
         *
         * @param workingDays 0 to 30; default 1
         * @return this builder
         * @throws InvalidInputException outside 0 to 30
         */
        public Builder apologyLeadWorkingDays(int workingDays) {
            if (workingDays < 0 || workingDays > 30) {
                throw new InvalidInputException("policy.badCount", "apologyLeadWorkingDays", workingDays, 0, 30);
            }
            this.apologyLeadWorkingDays = workingDays;
            return this;
        }

        /**
         * Sets how many extensions a dossier may have.
         *
         * @param count 0 to 10; default 1 (Decree 61/2018 allows re-scheduling once)
         * @return this builder
         * @throws InvalidInputException outside 0 to 10
         */
        public Builder maxExtensions(int count) {
            if (count < 0 || count > 10) {
                throw new InvalidInputException("policy.badCount", "maxExtensions", count, 0, 10);
            }
            this.maxExtensions = count;
            return this;
        }

        /**
         * Sets the time after which a paper dossier may be transferred the next working day.
         *
         * @param cutoff default 15:00
         * @return this builder
         */
        public Builder transferCutoff(LocalTime cutoff) {
            this.transferCutoff = Objects.requireNonNull(cutoff, "cutoff");
            return this;
        }

        /**
         * Sets the time allowed for a supplement request after receipt.
         *
         * @param limit default 3 working days
         * @return this builder
         */
        public Builder supplementRequestLimit(TimeLimit limit) {
            this.supplementRequestLimit = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public DeadlinePolicy build() {
            return new DeadlinePolicy(this);
        }
    }
}
