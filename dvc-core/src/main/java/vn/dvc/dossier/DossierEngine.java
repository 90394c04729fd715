package vn.dvc.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dvc.Channel;
import vn.dvc.deadline.ClockStateException;
import vn.dvc.deadline.DeadlinePolicy;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.Extension;
import vn.dvc.i18n.LocalizedMessage;
import vn.dvc.InvalidInputException;

/**
 * The dossier state machine: a pure function {@code (Dossier, Command, Context) -> Transition}.
 *
 * <p>For each command it checks, in order: the dossier is not finished; the {@link Lifecycle}
 * allows the command in the dossier's state; the actor's role may issue it; an officer belongs to
 * the agency that holds the dossier, an applicant owns it (with the {@link GuestPolicy} for
 * guests); the command does not come before the dossier's last event; the command's own rules
 * (completion requested once, an extension once and in time, reasons given, ...); then every
 * pluggable {@link TransitionGuard}. An accepted command produces exactly one {@link DossierEvent}
 * (with the form it requires) and the dossier that event leads to; a refused one produces reasons
 * in Vietnamese and English and changes nothing. No exception is thrown for a refusal.
 *
 * <p>The engine holds no per-dossier state: one instance serves every thread and every dossier.
 */
public final class DossierEngine {

    /**
     * The engine's settings.
     *
     * @param guards pluggable checks run on every command
     * @param guestPolicy what guests may do after submitting
     * @param circular03From the first date on which Circular 03/2025's forms are produced
     */
    public record Config(List<TransitionGuard> guards, GuestPolicy guestPolicy, LocalDate circular03From) {
        /** Copies the list. */
        public Config {
            guards = List.copyOf(guards);
            Objects.requireNonNull(guestPolicy, "guestPolicy");
            Objects.requireNonNull(circular03From, "circular03From");
        }

        /**
         * The defaults: no extra guard, guests resubmit a linked dossier, Circular 03/2025's forms
         * from 15 September 2025.
         *
         * @return the default settings
         */
        public static Config defaults() {
            return new Config(List.of(), GuestPolicy.NEW_LINKED_DOSSIER, FormEdition.CIRCULAR_03_2025_FROM);
        }

        /**
         * These settings with more guards.
         *
         * @param more the guards to add
         * @return the new settings
         */
        public Config withGuards(TransitionGuard... more) {
            List<TransitionGuard> all = new ArrayList<>(guards);
            all.addAll(List.of(more));
            return new Config(all, guestPolicy, circular03From);
        }

        /**
         * These settings with another guest policy.
         *
         * @param policy the policy
         * @return the new settings
         */
        public Config withGuestPolicy(GuestPolicy policy) {
            return new Config(guards, policy, circular03From);
        }
    }

    private final Lifecycle lifecycle = Lifecycle.standard();
    private final Config config;
    private final TransitionGuard[] guards;
    /** Refusals that depend only on the state and the command kind, built once. */
    private static final Transition.Rejected[][] TERMINAL = new Transition.Rejected[DossierState.values().length][];
    private static final Transition.Rejected[][] WRONG_STATE = new Transition.Rejected[DossierState.values().length][];

    static {
        for (DossierState s : DossierState.values()) {
            TERMINAL[s.ordinal()] = new Transition.Rejected[CommandKind.values().length];
            WRONG_STATE[s.ordinal()] = new Transition.Rejected[CommandKind.values().length];
            for (CommandKind k : CommandKind.values()) {
                TERMINAL[s.ordinal()][k.ordinal()] = reject("dossier.terminal", k.commandName(), s, s.label());
                WRONG_STATE[s.ordinal()][k.ordinal()] = reject("dossier.wrongState", k.commandName(), s, s.label());
            }
        }
    }

    /**
     * An engine with the given settings.
     *
     * @param config the settings
     */
    public DossierEngine(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.guards = config.guards().toArray(new TransitionGuard[0]);
    }

    /**
     * An engine with the default settings.
     *
     * @return the engine
     */
    public static DossierEngine standard() {
        return new DossierEngine(Config.defaults());
    }

    /**
     * The lifecycle this engine runs.
     *
     * @return the lifecycle
     */
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * Submits a new dossier.
     *
     * @param id the new dossier's identity
     * @param command the submission
     * @param context who submits, when, under which rules
     * @return accepted with the new dossier (version 1), or rejected
     */
    public Transition submit(DossierId id, DossierCommand.Submit command, Context context) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(context, "context");
        Actor actor = context.actor();
        if (!Lifecycle.SUBMIT_ROLES.contains(actor.role())) {
            return reject("dossier.wrongRole", actor.role(), Lifecycle.SUBMIT, Lifecycle.SUBMIT_ROLES);
        }
        if (actor.role() == Role.APPLICANT && command.account().isPresent()
                && !command.account().get().equals(actor.id())) {
            return reject("dossier.notOwner", actor.id());
        }
        if (actor.role() == Role.RECEPTION_OFFICER && !actor.agency().orElse("").equals(command.receivingAgency())) {
            return reject("dossier.wrongAgency", actor.agency().orElse(""), command.receivingAgency());
        }
        if (actor.role() == Role.RECEPTION_OFFICER && command.channel() != Channel.COUNTER
                || actor.role() == Role.POSTAL_AGENT && command.channel() != Channel.POST) {
            return reject("dossier.wrongChannel", actor.role(), command.channel());
        }
        if (blank(command.procedureCode()) || blank(command.receivingAgency())) {
            return reject("dossier.blankField", "procedureCode/receivingAgency");
        }
        List<Refusal> refusals = runGuards(Optional.empty(), command, context);
        if (refusals != null) {
            return new Transition.Rejected(refusals);
        }
        DossierEvent event = new DossierEvent(1, context.at(), actor, new EventData.Submitted(id,
                command.procedureCode(), command.receivingAgency(), command.applicant(), command.channel(),
                command.account(), command.limit(), command.linkedTo()));
        return new Transition.Accepted(Dossier.created(event), event);
    }

    /**
     * Applies a command to a dossier.
     *
     * @param dossier the dossier as it is now
     * @param command the command
     * @param context who issues it, when, under which rules
     * @return accepted with the new dossier and its event, or rejected with the reasons
     */
    public Transition apply(Dossier dossier, DossierCommand command, Context context) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(context, "context");
        if (command instanceof DossierCommand.Submit) {
            return reject("dossier.alreadySubmitted", dossier.id());
        }
        DossierState state = dossier.state();
        CommandKind kind = command.kind();
        if (state.isTerminal()) {
            return TERMINAL[state.ordinal()][kind.ordinal()];
        }
        int roles = lifecycle.roleMask(state, kind);
        if (roles == 0) {
            return WRONG_STATE[state.ordinal()][kind.ordinal()];
        }
        Actor actor = context.actor();
        if ((roles & (1 << actor.role().ordinal())) == 0) {
            return reject("dossier.wrongRole", actor.role(), command.name(), lifecycle.edgeOrNull(state, kind).roles());
        }
        Refusal who = checkActor(dossier, command, actor);
        if (who != null) {
            return new Transition.Rejected(List.of(who));
        }
        LocalDateTime at = context.at();
        if (at.isBefore(dossier.lastEventAt())) {
            return reject("dossier.timeOrder", at, dossier.lastEventAt());
        }
        EventData data;
        try {
            Object decided = decide(dossier, command, kind, context);
            if (decided instanceof Refusal r) {
                return new Transition.Rejected(List.of(r));
            }
            data = (EventData) decided;
        } catch (RuntimeException e) {
            if (e instanceof LocalizedMessage m) {
                return new Transition.Rejected(List.of(refusalOf(m, e)));
            }
            throw e;
        }
        if (guards.length > 0) {
            List<Refusal> refusals = runGuards(Optional.of(dossier), command, context);
            if (refusals != null) {
                return new Transition.Rejected(refusals);
            }
        }
        DossierEvent event = new DossierEvent(dossier.version() + 1, at, actor, data);
        Dossier next;
        try {
            next = dossier.next(event);
        } catch (RuntimeException e) {
            // The checks above should make this unreachable; a refusal is still better than a throw.
            if (e instanceof LocalizedMessage m) {
                return new Transition.Rejected(List.of(refusalOf(m, e)));
            }
            throw e;
        }
        return new Transition.Accepted(next, event);
    }

    private Refusal checkActor(Dossier dossier, DossierCommand command, Actor actor) {
        switch (actor.role()) {
            case RECEPTION_OFFICER:
            case PROCESSING_OFFICER:
            case APPROVER: {
                String agency = actor.agency().orElse("");
                if (!agency.equals(dossier.currentAgency())) {
                    return Refusal.of("dossier.wrongAgency", agency, dossier.currentAgency());
                }
                return null;
            }
            case APPLICANT: {
                if (dossier.account().isPresent()) {
                    return dossier.account().get().equals(actor.id()) ? null : Refusal.of("dossier.notOwner", actor.id());
                }
                boolean amends = command instanceof DossierCommand.Complete || command instanceof DossierCommand.Supplement;
                if (amends && config.guestPolicy() == GuestPolicy.NEW_LINKED_DOSSIER) {
                    return Refusal.of("dossier.guestMustResubmit", dossier.id());
                }
                return null;
            }
            default:
                return null;
        }
    }

    /** The event data for an allowed command, or a Refusal. */
    private Object decide(Dossier d, DossierCommand command, CommandKind kind, Context ctx) {
        LocalDateTime at = ctx.at();
        Actor actor = ctx.actor();
        DeadlinePolicy policy = ctx.policy();
        FormEdition edition = FormEdition.on(at.toLocalDate(), config.circular03From());
        String officer = actor.id();
        switch (kind) {
            case REQUEST_COMPLETION: {
                DossierCommand.RequestCompletion c = (DossierCommand.RequestCompletion) command;
                if (d.completionRequested()) {
                    return Refusal.of("dossier.completionOnce");
                }
                if (c.missing().isEmpty() || blank(c.guidance())) {
                    return Refusal.of("dossier.completionIncomplete");
                }
                return new EventData.CompletionRequested(new Form.SupplementRequest(edition, c.missing(), c.guidance(),
                        officer, agencyOf(actor, d), false, false));
            }
            case COMPLETE: {
                DossierCommand.Complete c = (DossierCommand.Complete) command;
                return new EventData.Completed(c.note());
            }
            case RECEIVE: {
                DossierCommand.Receive r = (DossierCommand.Receive) command;
                if (blank(r.dossierCode())) {
                    return Refusal.of("dossier.blankField", "dossierCode");
                }
                // a well-formed code (Circular 01/2018 Art. 19 or the centralised Circular 03/2025 form),
                // parsed: throws InvalidIdentifierException, turned into a refusal by the caller
                vn.dvc.id.DossierCode.parse(r.dossierCode());
                DossierClock clock = policy.startClock(at, d.channel(), d.limit());
                LocalDateTime due = policy.due(clock).value();
                return new EventData.Received(r.dossierCode(), clock, new Form.ReceiptSlip(edition, r.dossierCode(),
                        d.procedureCode(), d.applicant().name(), at, due, officer, d.receivingAgency()));
            }
            case REFUSE_RECEIPT: {
                DossierCommand.RefuseReceipt r = (DossierCommand.RefuseReceipt) command;
                if (r.reasons().isEmpty()) {
                    return Refusal.of("dossier.reasonsRequired", command.name());
                }
                return new EventData.ReceiptRefused(new Form.Refusal(edition, r.reasons(), officer, agencyOf(actor, d)));
            }
            case HAND_OVER: {
                DossierCommand.HandOver h = (DossierCommand.HandOver) command;
                Position to = h.to();
                if (blank(to.agency())) {
                    return Refusal.of("dossier.blankField", "agency");
                }
                return new EventData.HandedOver(to, new Form.ControlSlipEntry(edition, d.position(), to, at, officer));
            }
            case REQUEST_SUPPLEMENT: {
                DossierCommand.RequestSupplement s = (DossierCommand.RequestSupplement) command;
                if (s.missing().isEmpty() || blank(s.reason())) {
                    return Refusal.of("dossier.supplementIncomplete");
                }
                boolean late = policy.isSupplementRequestLate(d.clock().orElseThrow(), at);
                return new EventData.SupplementRequested(new Form.SupplementRequest(edition, s.missing(), s.reason(),
                        officer, agencyOf(actor, d), true, late));
            }
            case SUPPLEMENT: {
                DossierCommand.Supplement s = (DossierCommand.Supplement) command;
                return new EventData.Supplemented(s.note());
            }
            case REQUEST_FINANCIAL_OBLIGATION: {
                DossierCommand.RequestFinancialObligation f = (DossierCommand.RequestFinancialObligation) command;
                if (f.amountVnd() <= 0) {
                    return Refusal.of("dossier.badAmount", f.amountVnd());
                }
                return new EventData.FinancialObligationRequested(f.amountVnd(), f.description());
            }
            case CONFIRM_FINANCIAL_OBLIGATION: {
                DossierCommand.ConfirmFinancialObligation f = (DossierCommand.ConfirmFinancialObligation) command;
                return new EventData.FinancialObligationConfirmed(f.paymentReference());
            }
            case REQUEST_WITHDRAWAL: {
                DossierCommand.RequestWithdrawal w = (DossierCommand.RequestWithdrawal) command;
                return new EventData.WithdrawalRequested(w.reason(), d.state());
            }
            case ACCEPT_WITHDRAWAL: {
                return new EventData.WithdrawalAccepted();
            }
            case DECLINE_WITHDRAWAL: {
                DossierCommand.DeclineWithdrawal w = (DossierCommand.DeclineWithdrawal) command;
                if (blank(w.reason())) {
                    return Refusal.of("dossier.reasonsRequired", command.name());
                }
                return new EventData.WithdrawalDeclined(w.reason());
            }
            case STOP_PROCESSING: {
                DossierCommand.StopProcessing s = (DossierCommand.StopProcessing) command;
                if (blank(s.reason())) {
                    return Refusal.of("dossier.reasonsRequired", command.name());
                }
                return new EventData.ProcessingStopped(new Form.StopNotice(edition, s.reason(), officer, agencyOf(actor, d)));
            }
            case APPROVE: {
                DossierCommand.Approve a = (DossierCommand.Approve) command;
                if (blank(a.result())) {
                    return Refusal.of("dossier.blankField", "result");
                }
                return new EventData.Approved(a.result());
            }
            case REJECT: {
                DossierCommand.Reject r = (DossierCommand.Reject) command;
                if (r.reasons().isEmpty()) {
                    return Refusal.of("dossier.reasonsRequired", command.name());
                }
                return new EventData.Rejected(r.reasons());
            }
            case APOLOGIZE_AND_EXTEND: {
                DossierCommand.ApologizeAndExtend x = (DossierCommand.ApologizeAndExtend) command;
                DossierClock clock = d.clock().orElseThrow();
                Extension extension = new Extension(at, x.newDue(), x.reason(), x.agencyAtFault());
                Optional<ClockStateException> refusal = policy.extensionRefusal(clock, extension);
                if (refusal.isPresent()) {
                    return refusalOf(refusal.get(), refusal.get());
                }
                LocalDateTime previous = policy.dueAt(clock, at).value();
                return new EventData.Extended(extension, new Form.Apology(edition, x.reason(), previous, x.newDue(),
                        x.agencyAtFault()));
            }
            case RETURN_RESULT: {
                DossierCommand.ReturnResult r = (DossierCommand.ReturnResult) command;
                return new EventData.ResultReturned(r.channel());
            }
            default:
                break;
        }
        throw new AssertionError(command);
    }

    /** The agency a form names: the officer's, or for the system and applicants the one holding the dossier. */
    private static String agencyOf(Actor actor, Dossier d) {
        return actor.agency().isPresent() ? actor.agency().get() : d.currentAgency();
    }

    private List<Refusal> runGuards(Optional<Dossier> dossier, DossierCommand command, Context context) {
        List<Refusal> refusals = null;
        for (int g = 0; g < guards.length; g++) {
            List<Refusal> r = guards[g].check(dossier, command, context);
            if (r != null && !r.isEmpty()) {
                if (refusals == null) {
                    refusals = new ArrayList<>();
                }
                refusals.addAll(r);
            }
        }
        return refusals;
    }

    /**
     * {@link String#isBlank()} that answers from the first character for the usual, non-blank
     * text without scanning it.
     */
    private static boolean blank(String s) {
        return s.isEmpty() || Character.isWhitespace(s.charAt(0)) && s.isBlank();
    }

    private static Refusal refusalOf(LocalizedMessage m, RuntimeException e) {
        if (e instanceof InvalidInputException ie) {
            return new Refusal(ie.code(), ie.args());
        }
        return Refusal.of("dossier.refusedBy", m.code(), e.getMessage());
    }

    private static Transition.Rejected reject(String code, Object... args) {
        return new Transition.Rejected(List.of(Refusal.of(code, args)));
    }
}
