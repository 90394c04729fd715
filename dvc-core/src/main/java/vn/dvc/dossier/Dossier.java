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
 * returned result. Immutable; it changes only by {@linkplain #apply(DossierEvent) applying} the
 * events the {@link DossierEngine} produces, so that replaying the audit trail always gives the
 * same dossier.
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
 */
public record Dossier(DossierId id, long version, String procedureCode, String receivingAgency, Applicant applicant,
        Channel channel, Optional<String> account, TimeLimit limit, Optional<DossierId> linkedTo, DossierState state,
        LocalDateTime submittedAt, LocalDateTime lastEventAt, Optional<String> code, Optional<DossierClock> clock,
        Optional<Position> position, boolean completionRequested, int supplementRequests,
        Optional<DossierState> stateBeforeWithdrawal, Optional<Outcome> outcome, Optional<LocalDateTime> finishedAt) {

    /**
     * Checks the values.
     */
    public Dossier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(receivingAgency, "receivingAgency");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(linkedTo, "linkedTo");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(lastEventAt, "lastEventAt");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(stateBeforeWithdrawal, "stateBeforeWithdrawal");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(finishedAt, "finishedAt");
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
        return new Dossier(s.id(), 1, s.procedureCode(), s.receivingAgency(), s.applicant(), s.channel(), s.account(),
                s.limit(), s.linkedTo(), DossierState.SUBMITTED, e.at(), e.at(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, 0, Optional.empty(), Optional.empty(), Optional.empty());
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
        // locals shadow the fields: each starts as this dossier's value and the event changes some
        DossierState state = this.state;
        Optional<String> code = this.code;
        Optional<DossierClock> clock = this.clock;
        Optional<Position> position = this.position;
        boolean completionRequested = this.completionRequested;
        int supplementRequests = this.supplementRequests;
        Optional<DossierState> stateBeforeWithdrawal = this.stateBeforeWithdrawal;
        Optional<Outcome> outcome = this.outcome;
        Optional<LocalDateTime> finishedAt = this.finishedAt;
        EventData data = e.data();
        if (data instanceof EventData.CompletionRequested) {
            state = DossierState.COMPLETION_REQUESTED;
            completionRequested = true;
        } else if (data instanceof EventData.Completed) {
            state = DossierState.SUBMITTED;
        } else if (data instanceof EventData.Received r) {
            state = DossierState.RECEIVED;
            code = Optional.of(r.dossierCode());
            clock = Optional.of(r.clock());
        } else if (data instanceof EventData.ReceiptRefused) {
            state = DossierState.REFUSED;
            finishedAt = Optional.of(e.at());
        } else if (data instanceof EventData.HandedOver h) {
            state = DossierState.PROCESSING;
            position = Optional.of(h.to());
        } else if (data instanceof EventData.SupplementRequested) {
            state = DossierState.SUPPLEMENT_REQUESTED;
            supplementRequests++;
            clock = Optional.of(requireClock().pause(pauseAt(e.at()), PauseReason.SUPPLEMENT));
        } else if (data instanceof EventData.Supplemented) {
            state = DossierState.PROCESSING;
            clock = Optional.of(requireClock().resume(resumeAt(e.at())));
        } else if (data instanceof EventData.FinancialObligationRequested) {
            state = DossierState.FINANCIAL_OBLIGATION;
            clock = Optional.of(requireClock().pause(pauseAt(e.at()), PauseReason.FINANCIAL_OBLIGATION));
        } else if (data instanceof EventData.FinancialObligationConfirmed) {
            state = DossierState.PROCESSING;
            clock = Optional.of(requireClock().resume(resumeAt(e.at())));
        } else if (data instanceof EventData.WithdrawalRequested w) {
            state = DossierState.WITHDRAWAL_REQUESTED;
            stateBeforeWithdrawal = Optional.of(w.from());
        } else if (data instanceof EventData.WithdrawalAccepted) {
            state = DossierState.WITHDRAWN;
            finishedAt = Optional.of(e.at());
            stateBeforeWithdrawal = Optional.empty();
        } else if (data instanceof EventData.WithdrawalDeclined) {
            if (stateBeforeWithdrawal.isEmpty()) {
                throw new InvalidInputException("dossier.eventDoesNotFit", e.type(), state);
            }
            state = stateBeforeWithdrawal.get();
            stateBeforeWithdrawal = Optional.empty();
        } else if (data instanceof EventData.ProcessingStopped) {
            state = DossierState.STOPPED;
            finishedAt = Optional.of(e.at());
        } else if (data instanceof EventData.Approved) {
            state = DossierState.RESOLVED;
            outcome = Optional.of(Outcome.APPROVED);
            finishedAt = Optional.of(e.at());
        } else if (data instanceof EventData.Rejected) {
            state = DossierState.RESOLVED;
            outcome = Optional.of(Outcome.REJECTED);
            finishedAt = Optional.of(e.at());
        } else if (data instanceof EventData.Extended x) {
            DossierClock c = requireClock();
            List<Extension> extensions = new ArrayList<>(c.extensions());
            extensions.add(x.extension());
            clock = Optional.of(new DossierClock(c.receivedAt(), c.channel(), c.limit(), c.start(), c.pauses(), extensions));
        } else if (data instanceof EventData.ResultReturned) {
            state = DossierState.RETURNED;
        } else {
            throw new InvalidInputException("dossier.eventDoesNotFit", e.type(), state);
        }
        return new Dossier(id, e.version(), procedureCode, receivingAgency, applicant, channel, account, limit, linkedTo,
                state, submittedAt, e.at(), code, clock, position, completionRequested, supplementRequests,
                stateBeforeWithdrawal, outcome, finishedAt);
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
                    : receivingAgency;
            case WITHDRAWAL_REQUESTED -> stateBeforeWithdrawal.filter(s -> s == DossierState.PROCESSING
                    || s == DossierState.SUPPLEMENT_REQUESTED || s == DossierState.FINANCIAL_OBLIGATION)
                    .flatMap(s -> position.map(Position::agency)).orElse(receivingAgency);
            default -> receivingAgency;
        };
    }
}
