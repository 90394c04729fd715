package vn.dvc.benchmarks;

import com.github.oxo42.stateless4j.StateConfiguration;
import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.delegates.Action;
import com.github.oxo42.stateless4j.delegates.FuncBoolean;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvc.dossier.Actor;
import vn.dvc.dossier.DossierState;
import vn.dvc.dossier.Lifecycle;
import vn.dvc.dossier.Role;

/**
 * The peer model: dvc's dossier lifecycle run by stateless4j 2.6.0, with the same audit event.
 *
 * <p><b>What it models.</b> Every {@link DossierState} is configured, and every edge of
 * {@link Lifecycle#edges()} becomes one stateless4j transition, built in a loop over that list so
 * the two models cannot diverge: {@code permitIf(command, to, guard, audit)} for a move to another
 * state, {@code permitReentryIf(command, guard, audit)} for a move to the same state (stateless4j
 * forbids {@code permit} to the source state), and {@code permitDynamicIf} for the edge without a
 * fixed target (a declined withdrawal returns to the state recorded when the withdrawal was
 * requested). The trigger is the command's name, as in dvc's lifecycle index. The guard is the
 * edge's role check ({@code edge.roles().contains(actor.role())}); the transition action creates an
 * {@link AuditRecord} (version, time, actor id, role and agency, event type named as dvc's
 * {@code EventData} class) and appends it to the dossier's trail. A refused command produces a
 * {@link PeerRefusal} without an exception, either because {@code canFire} is asked first or
 * through an {@code onUnhandledTrigger} action that does not throw (stateless4j's default action
 * throws {@link IllegalStateException}).
 *
 * <p><b>What it does not do</b>, and dvc does on the same command: check that an officer belongs
 * to the agency holding the dossier and that an applicant owns it (guest policy included); refuse
 * a command dated before the last event; apply the command's own rules (reasons given, completion
 * requested once, an extension once and in time, ...); start the processing clock and compute the
 * due at receipt, pause and resume the clock, flag a late supplement request; build the form
 * each event carries (receipt slip, control slip entry, supplement request, ...); produce an
 * immutable new dossier rather than mutate one in place; give refusals bilingual reasons. The
 * peer's work per command is therefore a subset of dvc's.
 *
 * <p>One model (one {@link StateMachine} over one shared {@link StateMachineConfig}) serves many
 * dossiers: the machine's state accessor and mutator read and write the state of the dossier being
 * handled. Not thread-safe: one model per thread, as in the benchmarks.
 */
final class Stateless4jLifecycle {

    /**
     * The audit record the peer appends for each fired transition, the counterpart of dvc's
     * {@code DossierEvent} without its event data and form.
     *
     * @param version the dossier's version after the transition
     * @param at when
     * @param actorId who
     * @param role in which role
     * @param agency the officer's agency, or {@code null}
     * @param type the event type, named as dvc's event data, e.g. {@code HandedOver}
     */
    record AuditRecord(long version, LocalDateTime at, String actorId, Role role, String agency, String type) {
    }

    /**
     * A refused command.
     *
     * @param state the dossier's state
     * @param trigger the command's name
     */
    record PeerRefusal(DossierState state, String trigger) {
    }

    /** The peer's mutable dossier: state, version, the withdrawal's origin and the audit trail. */
    static final class PeerDossier {
        DossierState state;
        long version;
        DossierState stateBeforeWithdrawal;
        final List<AuditRecord> trail = new ArrayList<>();

        /**
         * A dossier in a state.
         *
         * @param state the state
         * @param version the number of events so far
         */
        PeerDossier(DossierState state, long version) {
            this.state = state;
            this.version = version;
        }

        /**
         * Appends an audit record with the next version.
         *
         * @param actor who
         * @param at when
         * @param type the event type
         * @return the record
         */
        AuditRecord append(Actor actor, LocalDateTime at, String type) {
            AuditRecord r = new AuditRecord(++version, at, actor.id(), actor.role(), actor.agency().orElse(null), type);
            trail.add(r);
            return r;
        }
    }

    /** dvc's event type for each command, e.g. {@code HandOver -> HandedOver}. */
    static final Map<String, String> EVENT_TYPES = Map.ofEntries(
            Map.entry("RequestCompletion", "CompletionRequested"), Map.entry("Complete", "Completed"),
            Map.entry("Receive", "Received"), Map.entry("RefuseReceipt", "ReceiptRefused"),
            Map.entry("HandOver", "HandedOver"), Map.entry("RequestSupplement", "SupplementRequested"),
            Map.entry("Supplement", "Supplemented"),
            Map.entry("RequestFinancialObligation", "FinancialObligationRequested"),
            Map.entry("ConfirmFinancialObligation", "FinancialObligationConfirmed"),
            Map.entry("RequestWithdrawal", "WithdrawalRequested"), Map.entry("AcceptWithdrawal", "WithdrawalAccepted"),
            Map.entry("DeclineWithdrawal", "WithdrawalDeclined"), Map.entry("StopProcessing", "ProcessingStopped"),
            Map.entry("Approve", "Approved"), Map.entry("Reject", "Rejected"),
            Map.entry("ApologizeAndExtend", "Extended"), Map.entry("ReturnResult", "ResultReturned"));

    private final Lifecycle lifecycle;
    private final StateMachineConfig<DossierState, String> config = new StateMachineConfig<>();
    private final StateMachine<DossierState, String> machine;
    /** The dossier, actor and time of the command being handled; read by guards and actions. */
    private PeerDossier current = new PeerDossier(DossierState.SUBMITTED, 0);
    private Actor actor;
    private LocalDateTime at;
    private Object outcome;

    /**
     * Builds the stateless4j configuration from a lifecycle's edges.
     *
     * @param lifecycle the lifecycle, normally {@link Lifecycle#standard()}
     */
    Stateless4jLifecycle(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
        for (DossierState s : DossierState.values()) {
            config.configure(s);
        }
        for (Lifecycle.Edge e : lifecycle.edges()) {
            Set<Role> roles = e.roles();
            String type = EVENT_TYPES.get(e.command());
            if (type == null) {
                throw new IllegalStateException("no event type for " + e.command());
            }
            DossierState from = e.from();
            boolean withdraws = e.command().equals("RequestWithdrawal");
            boolean returns = e.to().isEmpty();
            FuncBoolean guard = () -> roles.contains(actor.role());
            Action audit = () -> {
                PeerDossier d = current;
                if (withdraws) {
                    d.stateBeforeWithdrawal = from;
                } else if (returns) {
                    d.stateBeforeWithdrawal = null;
                }
                outcome = d.append(actor, at, type);
            };
            StateConfiguration<DossierState, String> c = config.configure(from);
            if (returns) {
                c.permitDynamicIf(e.command(), () -> current.stateBeforeWithdrawal, guard, audit);
            } else if (e.to().get() == from) {
                c.permitReentryIf(e.command(), guard, audit);
            } else {
                c.permitIf(e.command(), e.to().get(), guard, audit);
            }
        }
        machine = new StateMachine<>(DossierState.SUBMITTED, () -> current.state, s -> current.state = s, config);
        machine.onUnhandledTrigger((state, trigger) -> outcome = new PeerRefusal(state, trigger));
    }

    /**
     * Creates a dossier, as dvc's {@code submit}: checks the role against
     * {@link Lifecycle#SUBMIT_ROLES} and appends the {@code Submitted} record (version 1).
     *
     * @param actor who submits
     * @param at when
     * @return the new dossier, or {@code null} if the role may not submit
     */
    PeerDossier submit(Actor actor, LocalDateTime at) {
        if (!Lifecycle.SUBMIT_ROLES.contains(actor.role())) {
            return null;
        }
        PeerDossier d = new PeerDossier(DossierState.SUBMITTED, 0);
        d.append(actor, at, "Submitted");
        return d;
    }

    /**
     * Fires a command on a dossier; a refusal goes through the non-throwing unhandled-trigger
     * action.
     *
     * @param d the dossier, changed in place if the command is accepted
     * @param trigger the command's name
     * @param actor who issues it
     * @param at when
     * @return the appended {@link AuditRecord}, or a {@link PeerRefusal}
     */
    Object fire(PeerDossier d, String trigger, Actor actor, LocalDateTime at) {
        this.current = d;
        this.actor = actor;
        this.at = at;
        this.outcome = null;
        machine.fire(trigger);
        return outcome;
    }

    /**
     * Whether a command would be accepted (state, trigger and role guard), without firing it.
     *
     * @param d the dossier
     * @param trigger the command's name
     * @param actor who would issue it
     * @return {@code true} if {@link #fire} would append a record
     */
    boolean canFire(PeerDossier d, String trigger, Actor actor) {
        this.current = d;
        this.actor = actor;
        return machine.canFire(trigger);
    }

    /**
     * Checks the peer against the lifecycle it was built from, for every state, every command
     * name (and an unknown one) and every role: {@code canFire} is true exactly when the lifecycle
     * has the edge and the role may use it; firing an allowed command moves the dossier to the
     * edge's target (for a declined withdrawal, back to where it was), adds one version and appends
     * one record of the right type; firing a refused one changes nothing and returns a refusal.
     *
     * @throws IllegalStateException on the first disagreement
     */
    void verify() {
        Set<String> commands = new LinkedHashSet<>();
        for (Lifecycle.Edge e : lifecycle.edges()) {
            commands.add(e.command());
        }
        commands.add("NoSuchCommand");
        LocalDateTime t = LocalDateTime.of(2026, 1, 5, 9, 0);
        for (DossierState s : DossierState.values()) {
            for (String command : commands) {
                for (Role role : Role.values()) {
                    Actor who = new Actor("x", role, Optional.of("agency"));
                    Optional<Lifecycle.Edge> edge = lifecycle.edge(s, command);
                    boolean expected = edge.isPresent() && edge.get().roles().contains(role);
                    PeerDossier d = new PeerDossier(s, 5);
                    d.stateBeforeWithdrawal = DossierState.PROCESSING;
                    if (canFire(d, command, who) != expected) {
                        throw new IllegalStateException("canFire(" + s + ", " + command + ", " + role + ") != " + expected);
                    }
                    Object r = fire(d, command, who, t);
                    if (expected) {
                        DossierState to = edge.get().to().orElse(DossierState.PROCESSING);
                        if (!(r instanceof AuditRecord a) || d.state != to || d.version != 6 || d.trail.size() != 1
                                || a.version() != 6 || !a.type().equals(EVENT_TYPES.get(command))
                                || a.role() != role || !"x".equals(a.actorId()) || !"agency".equals(a.agency())) {
                            throw new IllegalStateException("fire(" + s + ", " + command + ", " + role + ") gave " + r
                                    + " in " + d.state);
                        }
                    } else if (!(r instanceof PeerRefusal) || d.state != s || d.version != 5 || !d.trail.isEmpty()) {
                        throw new IllegalStateException("refused fire(" + s + ", " + command + ", " + role + ") gave " + r);
                    }
                }
            }
        }
    }
}
