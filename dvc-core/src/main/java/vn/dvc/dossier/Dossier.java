package vn.dvc.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dvc.Channel;
import vn.dvc.InvalidInputException;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.Extension;
import vn.dvc.deadline.PauseReason;
import vn.dvc.deadline.TimeLimit;

/**
 * A dossier (hồ sơ): one application for one procedure by one applicant, from submission to the
 * returned result. Immutable and thread-safe; it changes only by {@linkplain #apply(DossierEvent)
 * applying} the events the {@link DossierEngine} produces, so that replaying the audit trail always
 * gives the same dossier.
 *
 * <p>A value class in the style of {@code java.time}: compare with {@link #equals(Object)}, never
 * with {@code ==}. It is not a record because the nine values fixed at submission (identity,
 * procedure, receiving agency, applicant, channel, account, time limit, link, submission time) are
 * kept in one object shared by every version of the dossier, and the five that change a few times
 * (code, completion request, withdrawal, outcome, end) in another: a transition then copies eight
 * fields instead of twenty and allocates half as much for the dossier (docs/PERFORMANCE.md,
 * lifecycle).
 */
public final class Dossier {

    /** The values fixed at submission, shared by every version of one dossier. */
    private record Fixed(DossierId id, String procedureCode, String receivingAgency, Applicant applicant,
            Channel channel, Optional<String> account, TimeLimit limit, Optional<DossierId> linkedTo,
            LocalDateTime submittedAt) {
        /** Shares the receiving agency's instance with the officers' (see {@code AgencyCodes}). */
        private Fixed {
            receivingAgency = AgencyCodes.canonical(receivingAgency);
        }
    }

    /**
     * The values that change a few times in a dossier's life (receipt, completion request,
     * withdrawal, resolution), shared by the versions between those events.
     */
    private record Milestones(Optional<String> code, boolean completionRequested,
            Optional<DossierState> stateBeforeWithdrawal, Optional<Outcome> outcome,
            Optional<LocalDateTime> finishedAt) {

        static final Milestones NONE = new Milestones(Optional.empty(), false, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private final Fixed fixed;
    private final long version;
    private final DossierState state;
    private final LocalDateTime lastEventAt;
    private final Optional<DossierClock> clock;
    private final Optional<Position> position;
    private final int supplementRequests;
    private final Milestones more;

    /**
     * A dossier with the given values (used by readers such as the JSON module; the engine builds
     * dossiers from events).
     *
     * @param id the internal identity
     * @param version the number of events applied
     * @param procedureCode the procedure (mã TTHC)
     * @param receivingAgency the agency whose one-stop office received it
     * @param applicant the owner (personal data)
     * @param channel how it was submitted
     * @param account the applicant's portal account; empty for a guest
     * @param limit the procedure's time limit
     * @param linkedTo the dossier it amends, if any
     * @param state the state
     * @param submittedAt when it was submitted
     * @param lastEventAt when the last event happened
     * @param code the dossier code (mã hồ sơ), assigned at receipt
     * @param clock the processing clock, from receipt on
     * @param position where it is being processed
     * @param completionRequested whether completion was already requested before receipt (once only)
     * @param supplementRequests how many supplements were requested after appraisal
     * @param stateBeforeWithdrawal the state a declined withdrawal returns to
     * @param outcome approved or rejected, once resolved
     * @param finishedAt when it was resolved, refused, stopped or withdrawn
     * @throws NullPointerException if any value is {@code null}
     */
    public Dossier(DossierId id, long version, String procedureCode, String receivingAgency, Applicant applicant,
            Channel channel, Optional<String> account, TimeLimit limit, Optional<DossierId> linkedTo, DossierState state,
            LocalDateTime submittedAt, LocalDateTime lastEventAt, Optional<String> code, Optional<DossierClock> clock,
            Optional<Position> position, boolean completionRequested, int supplementRequests,
            Optional<DossierState> stateBeforeWithdrawal, Optional<Outcome> outcome, Optional<LocalDateTime> finishedAt) {
        this(new Fixed(Objects.requireNonNull(id, "id"), Objects.requireNonNull(procedureCode, "procedureCode"),
                Objects.requireNonNull(receivingAgency, "receivingAgency"), Objects.requireNonNull(applicant, "applicant"),
                Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(account, "account"),
                Objects.requireNonNull(limit, "limit"), Objects.requireNonNull(linkedTo, "linkedTo"),
                Objects.requireNonNull(submittedAt, "submittedAt")),
                version, Objects.requireNonNull(state, "state"), Objects.requireNonNull(lastEventAt, "lastEventAt"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(position, "position"), supplementRequests,
                new Milestones(Objects.requireNonNull(code, "code"), completionRequested,
                        Objects.requireNonNull(stateBeforeWithdrawal, "stateBeforeWithdrawal"),
                        Objects.requireNonNull(outcome, "outcome"), Objects.requireNonNull(finishedAt, "finishedAt")));
    }

    /**
     * The trusted constructor: every value is already checked (or comes from a checked dossier).
     * Kept to six references so that its compiled code stays small enough for the JIT to inline it
     * into the transition methods (docs/PERFORMANCE.md, lifecycle).
     */
    private Dossier(Fixed fixed, long version, DossierState state, LocalDateTime lastEventAt,
            Optional<DossierClock> clock, Optional<Position> position, int supplementRequests, Milestones more) {
        this.fixed = fixed;
        this.version = version;
        this.state = state;
        this.lastEventAt = lastEventAt;
        this.clock = clock;
        this.position = position;
        this.supplementRequests = supplementRequests;
        this.more = more;
    }

    /**
     * Rebuilds a dossier from its audit trail.
     *
     * @param events the events, starting with the submission, versions 1, 2, 3, ...
     * @return the dossier they describe
     * @throws InvalidInputException if the trail is empty, does not start with a submission, or
     *     has a gap or an event that does not fit the state
     */
    public static Dossier replay(List<DossierEvent> events) {
        if (events.isEmpty() || !(events.get(0).data() instanceof EventData.Submitted)) {
            throw new InvalidInputException("dossier.noSubmission");
        }
        Dossier d = created(events.get(0));
        for (int i = 1; i < events.size(); i++) {
            d = d.apply(events.get(i));
        }
        return d;
    }

    static Dossier created(DossierEvent e) {
        if (e.version() != 1 || !(e.data() instanceof EventData.Submitted s)) {
            throw new InvalidInputException("dossier.noSubmission");
        }
        Fixed fixed = new Fixed(s.id(), s.procedureCode(), s.receivingAgency(), s.applicant(), s.channel(), s.account(),
                s.limit(), s.linkedTo(), e.at());
        return new Dossier(fixed, 1, DossierState.SUBMITTED, e.at(), Optional.empty(), Optional.empty(), 0,
                Milestones.NONE);
    }

    /**
     * The dossier after an event. The engine produces events that fit; an event that does not
     * (wrong version, earlier time, impossible in this state) is refused, which protects replay of
     * a corrupted trail.
     *
     * @param e the next event
     * @return the new dossier; this one is unchanged
     * @throws InvalidInputException if the event does not follow this dossier
     */
    public Dossier apply(DossierEvent e) {
        if (e.version() != version + 1) {
            throw new InvalidInputException("dossier.versionGap", e.version(), version + 1);
        }
        if (e.at().isBefore(lastEventAt)) {
            throw new InvalidInputException("dossier.timeOrder", e.at(), lastEventAt);
        }
        return next(e);
    }

    /** The dossier after an event whose version and time the caller has already checked. */
    Dossier next(DossierEvent e) {
        // One small method per event, the most frequent first: C2 inlines call sites in this order
        // until the method's node budget is spent, and a dossier built by an inlined constructor
        // costs a third less than one built by a call (docs/PERFORMANCE.md, lifecycle).
        EventData data = e.data();
        if (data instanceof EventData.HandedOver h) {
            return moved(e, DossierState.PROCESSING, Optional.of(h.to()));
        } else if (data instanceof EventData.SupplementRequested) {
            return clocked(e, DossierState.SUPPLEMENT_REQUESTED, requireClock().pause(pauseAt(e.at()),
                    PauseReason.SUPPLEMENT), supplementRequests + 1);
        } else if (data instanceof EventData.Supplemented || data instanceof EventData.FinancialObligationConfirmed) {
            return clocked(e, DossierState.PROCESSING, requireClock().resume(resumeAt(e.at())), supplementRequests);
        } else if (data instanceof EventData.FinancialObligationRequested) {
            return clocked(e, DossierState.FINANCIAL_OBLIGATION, requireClock().pause(pauseAt(e.at()),
                    PauseReason.FINANCIAL_OBLIGATION), supplementRequests);
        } else if (data instanceof EventData.Received r) {
            return new Dossier(fixed, e.version(), DossierState.RECEIVED, e.at(), Optional.of(r.clock()), position,
                    supplementRequests, new Milestones(Optional.of(r.dossierCode()), more.completionRequested(),
                            more.stateBeforeWithdrawal(), more.outcome(), more.finishedAt()));
        } else if (data instanceof EventData.ResultReturned) {
            return moved(e, DossierState.RETURNED, position);
        } else if (data instanceof EventData.Approved) {
            return finished(e, DossierState.RESOLVED, OUTCOME_APPROVED);
        } else if (data instanceof EventData.Rejected) {
            return finished(e, DossierState.RESOLVED, OUTCOME_REJECTED);
        } else if (data instanceof EventData.CompletionRequested) {
            return milestone(e, DossierState.COMPLETION_REQUESTED, new Milestones(more.code(), true,
                    more.stateBeforeWithdrawal(), more.outcome(), more.finishedAt()));
        } else if (data instanceof EventData.Completed) {
            return moved(e, DossierState.SUBMITTED, position);
        } else if (data instanceof EventData.ReceiptRefused) {
            return finished(e, DossierState.REFUSED, more.outcome());
        } else if (data instanceof EventData.ProcessingStopped) {
            return finished(e, DossierState.STOPPED, more.outcome());
        } else if (data instanceof EventData.Extended x) {
            return extended(e, x);
        } else if (data instanceof EventData.WithdrawalRequested w) {
            return withdrawal(e, DossierState.WITHDRAWAL_REQUESTED, Optional.of(w.from()), more.finishedAt());
        } else if (data instanceof EventData.WithdrawalAccepted) {
            return withdrawal(e, DossierState.WITHDRAWN, Optional.empty(), Optional.of(e.at()));
        } else if (data instanceof EventData.WithdrawalDeclined) {
            if (more.stateBeforeWithdrawal().isEmpty()) {
                throw new InvalidInputException("dossier.eventDoesNotFit", e.type(), state);
            }
            return withdrawal(e, more.stateBeforeWithdrawal().get(), Optional.empty(), more.finishedAt());
        }
        throw new InvalidInputException("dossier.eventDoesNotFit", e.type(), state);
    }

    private static final Optional<Outcome> OUTCOME_APPROVED = Optional.of(Outcome.APPROVED);
    private static final Optional<Outcome> OUTCOME_REJECTED = Optional.of(Outcome.REJECTED);

    /** A new state and position; nothing else changes. */
    private Dossier moved(DossierEvent e, DossierState to, Optional<Position> at) {
        return new Dossier(fixed, e.version(), to, e.at(), clock, at, supplementRequests, more);
    }

    /** A new state and clock (paused, resumed or extended). */
    private Dossier clocked(DossierEvent e, DossierState to, DossierClock c, int supplements) {
        return new Dossier(fixed, e.version(), to, e.at(), Optional.of(c), position, supplements, more);
    }

    /** A new state and milestones. */
    private Dossier milestone(DossierEvent e, DossierState to, Milestones m) {
        return new Dossier(fixed, e.version(), to, e.at(), clock, position, supplementRequests, m);
    }

    /** A final or resolved state, finished at the event's time. */
    private Dossier finished(DossierEvent e, DossierState to, Optional<Outcome> result) {
        return milestone(e, to, new Milestones(more.code(), more.completionRequested(), more.stateBeforeWithdrawal(),
                result, Optional.of(e.at())));
    }

    /** An apology with a new due: the extension joins the clock. */
    private Dossier extended(DossierEvent e, EventData.Extended x) {
        DossierClock c = requireClock();
        List<Extension> extensions = new ArrayList<>(c.extensions());
        extensions.add(x.extension());
        return clocked(e, state, new DossierClock(c.receivedAt(), c.channel(), c.limit(), c.start(), c.pauses(),
                extensions), supplementRequests);
    }

    /** A withdrawal requested, accepted or declined. */
    private Dossier withdrawal(DossierEvent e, DossierState to, Optional<DossierState> before,
            Optional<LocalDateTime> finished) {
        return milestone(e, to, new Milestones(more.code(), more.completionRequested(), before, more.outcome(),
                finished));
    }

    /**
     * A pause requested before the clock started (received after hours, asked before opening)
     * stops nothing until the clock starts, so it begins at the clock start.
     */
    private LocalDateTime pauseAt(LocalDateTime at) {
        LocalDateTime start = requireClock().start();
        return at.isBefore(start) ? start : at;
    }

    /** A resume before the (clamped) pause began resumes when it began: no time was paused. */
    private LocalDateTime resumeAt(LocalDateTime at) {
        LocalDateTime from = requireClock().openPause().map(p -> p.from()).orElse(at);
        return at.isBefore(from) ? from : at;
    }

    private DossierClock requireClock() {
        return clock.orElseThrow(() -> new InvalidInputException("dossier.eventDoesNotFit", "clock", state));
    }

    /**
     * The agency whose officers may act on the dossier now: the receiving agency before and after
     * processing, the agency holding it during processing.
     *
     * @return the agency
     */
    public String currentAgency() {
        return switch (state) {
            case PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION -> position.isPresent() ? position.get().agency()
                    : fixed.receivingAgency();
            case WITHDRAWAL_REQUESTED -> more.stateBeforeWithdrawal().filter(s -> s == DossierState.PROCESSING
                    || s == DossierState.SUPPLEMENT_REQUESTED || s == DossierState.FINANCIAL_OBLIGATION)
                    .flatMap(s -> position.map(Position::agency)).orElse(fixed.receivingAgency());
            default -> fixed.receivingAgency();
        };
    }

    /**
     * Returns the internal identity.
     *
     * @return the internal identity
     */
    public DossierId id() {
        return fixed.id();
    }

    /**
     * Returns the number of events applied: 1 after submission, one more per accepted command.
     *
     * @return the number of events applied: 1 after submission, one more per accepted command
     */
    public long version() {
        return version;
    }

    /**
     * Returns the procedure (mã thủ tục hành chính) the dossier applies for.
     *
     * @return the procedure (mã thủ tục hành chính) the dossier applies for
     */
    public String procedureCode() {
        return fixed.procedureCode();
    }

    /**
     * Returns the agency whose one-stop office received the dossier.
     *
     * @return the agency whose one-stop office received the dossier
     */
    public String receivingAgency() {
        return fixed.receivingAgency();
    }

    /**
     * Returns the owner; personal data, kept out of logs and the public view.
     *
     * @return the owner; personal data, kept out of logs and the public view
     */
    public Applicant applicant() {
        return fixed.applicant();
    }

    /**
     * Returns the channel the dossier was submitted through.
     *
     * @return how the dossier was submitted
     */
    public Channel channel() {
        return fixed.channel();
    }

    /**
     * Returns the applicant's portal account; empty for a guest.
     *
     * @return the applicant's portal account; empty for a guest
     */
    public Optional<String> account() {
        return fixed.account();
    }

    /**
     * Returns the procedure's time limit.
     *
     * @return the procedure's time limit
     */
    public TimeLimit limit() {
        return fixed.limit();
    }

    /**
     * Returns the dossier this one amends (a guest resubmitting), if any.
     *
     * @return the dossier this one amends (a guest resubmitting), if any
     */
    public Optional<DossierId> linkedTo() {
        return fixed.linkedTo();
    }

    /**
     * Returns the state.
     *
     * @return the state
     */
    public DossierState state() {
        return state;
    }

    /**
     * Returns when the dossier was submitted.
     *
     * @return when the dossier was submitted
     */
    public LocalDateTime submittedAt() {
        return fixed.submittedAt();
    }

    /**
     * Returns when the last event happened; no later command may be dated before it.
     *
     * @return when the last event happened; no later command may be dated before it
     */
    public LocalDateTime lastEventAt() {
        return lastEventAt;
    }

    /**
     * Returns the dossier code (mã hồ sơ), assigned at receipt.
     *
     * @return the dossier code (mã hồ sơ), assigned at receipt
     */
    public Optional<String> code() {
        return more.code();
    }

    /**
     * Returns the processing clock, from receipt on.
     *
     * @return the processing clock, from receipt on
     */
    public Optional<DossierClock> clock() {
        return clock;
    }

    /**
     * Returns the step and agency processing the dossier, from the first handover on.
     *
     * @return the step and agency processing the dossier, from the first handover on
     */
    public Optional<Position> position() {
        return position;
    }

    /**
     * Tells whether completion was already requested before receipt (allowed once).
     *
     * @return whether completion was already requested before receipt (allowed once)
     */
    public boolean completionRequested() {
        return more.completionRequested();
    }

    /**
     * Returns the number of supplements were requested after appraisal.
     *
     * @return how many supplements were requested after appraisal
     */
    public int supplementRequests() {
        return supplementRequests;
    }

    /**
     * Returns the state a declined withdrawal returns to, while a withdrawal is pending.
     *
     * @return the state a declined withdrawal returns to, while a withdrawal is pending
     */
    public Optional<DossierState> stateBeforeWithdrawal() {
        return more.stateBeforeWithdrawal();
    }

    /**
     * Returns the outcome, approved or rejected, once resolved.
     *
     * @return approved or rejected, once resolved
     */
    public Optional<Outcome> outcome() {
        return more.outcome();
    }

    /**
     * Returns when the dossier was resolved, refused, stopped or withdrawn.
     *
     * @return when the dossier was resolved, refused, stopped or withdrawn
     */
    public Optional<LocalDateTime> finishedAt() {
        return more.finishedAt();
    }

    /**
     * Whether the other object is a dossier with equal values, all twenty of them.
     *
     * @param o the other object
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Dossier d && version == d.version && state == d.state
                && supplementRequests == d.supplementRequests && lastEventAt.equals(d.lastEventAt)
                && clock.equals(d.clock) && position.equals(d.position) && more.equals(d.more) && fixed.equals(d.fixed);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(fixed, version, state, lastEventAt, clock, position, supplementRequests, more);
    }

    /**
     * The values, in the order of the constructor's parameters; the applicant masked as
     * {@link Applicant#toString()} masks it.
     *
     * @return e.g. {@code Dossier[id=hs-1, version=3, procedureCode=1.000894, ...]}
     */
    @Override
    public String toString() {
        return "Dossier[id=" + fixed.id() + ", version=" + version + ", procedureCode=" + fixed.procedureCode()
                + ", receivingAgency=" + fixed.receivingAgency() + ", applicant=" + fixed.applicant()
                + ", channel=" + fixed.channel() + ", account=" + fixed.account() + ", limit=" + fixed.limit()
                + ", linkedTo=" + fixed.linkedTo() + ", state=" + state + ", submittedAt=" + fixed.submittedAt()
                + ", lastEventAt=" + lastEventAt + ", code=" + more.code() + ", clock=" + clock + ", position=" + position
                + ", completionRequested=" + more.completionRequested() + ", supplementRequests=" + supplementRequests
                + ", stateBeforeWithdrawal=" + more.stateBeforeWithdrawal() + ", outcome=" + more.outcome()
                + ", finishedAt=" + more.finishedAt() + "]";
    }
}
