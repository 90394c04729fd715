package vn.dvc.benchmarks;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.dvc.deadline.StepKind;
import vn.dvc.dossier.Actor;
import vn.dvc.dossier.Context;
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierCommand;
import vn.dvc.dossier.DossierEngine;
import vn.dvc.dossier.DossierEvent;
import vn.dvc.dossier.DossierState;
import vn.dvc.dossier.EventData;
import vn.dvc.dossier.Form;
import vn.dvc.dossier.Lifecycle;
import vn.dvc.dossier.Transition;

/**
 * The dossier lifecycle: dvc's {@link DossierEngine} side by side with the same lifecycle run by
 * stateless4j ({@link Stateless4jLifecycle}, built from {@link Lifecycle#edges()}, with the same
 * role check and an audit record per transition).
 *
 * <ol>
 *   <li>An accepted command with its audit event: HandOver of a dossier in PROCESSING to the next
 *       step at the same department, by a processing officer of that department. dvc checks the
 *       state, role, agency and time order, builds the control-slip entry and the event, and returns
 *       a new immutable dossier; stateless4j checks state and role, fires the re-entry transition
 *       and appends an audit record to the dossier's trail. Target: dvc at least 1.5 times
 *       stateless4j's throughput, at most 300 bytes allocated per transition.</li>
 *   <li>A refused command: Approve on a SUBMITTED dossier. dvc returns {@link Transition.Rejected};
 *       stateless4j either answers {@code canFire == false} or fires into a non-throwing
 *       unhandled-trigger action; both return a refusal object. Target: dvc at least as fast.</li>
 *   <li>The pipeline: the 12-command script of {@link DossierFixtures#script} (10 accepted, 2
 *       refused, the deadline computed at receipt), one command per operation, over 64 dossiers
 *       in turn. dvc's engine has one pluggable guard (a suspended-agency check) on top of its own
 *       checks. Target: at least one million commands per second on one core. stateless4j runs the
 *       same triggers and actors for reference (no deadline, no form, no agency check).</li>
 *   <li>Replaying a 20-event realistic trail ({@link Dossier#replay}); no peer.</li>
 * </ol>
 *
 * <p>The setup runs every input through both models and checks the outcomes (accepted or refused,
 * state, version, event types, refusal codes) before anything is measured; it throws
 * {@link IllegalStateException} on the first disagreement. Inputs are precomputed from seeded
 * random start times over 2025-09-15..2034-12-31, and each call takes the next one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LifecycleBenchmark {

    /** Number of precomputed dossiers per benchmark; a power of two. */
    static final int SIZE = 1024;
    /** Mask that wraps an index into the inputs. */
    static final int MASK = SIZE - 1;
    /** Number of dossiers the pipeline script runs over in turn; a power of two. */
    static final int SCRIPTS = 64;
    /** Number of realistic trails replayed in turn; a power of two. */
    static final int TRAILS = 64;
    /** The peer's trail is cleared when it reaches this size (the size of the realistic dossier). */
    static final int TRAIL_CAP = 20;
    /** The agency the pipeline's guard refuses; no dossier of the benchmark is held by it. */
    static final String SUSPENDED_AGENCY = "000.00.99.H29";

    private DossierEngine engine;
    private DossierEngine guardedEngine;
    private Stateless4jLifecycle peer;

    private Dossier[] processing;
    private DossierCommand.HandOver[] handOvers;
    private Context[] handOverContexts;
    private Stateless4jLifecycle.PeerDossier[] peerProcessing;

    private Dossier[] submitted;
    private DossierCommand.Approve approve;
    private Context[] approveContexts;
    private Stateless4jLifecycle.PeerDossier[] peerSubmitted;

    private DossierFixtures.Script[] scripts;
    private Dossier pipelineDossier;
    private Stateless4jLifecycle.PeerDossier peerPipelineDossier;
    private int script;
    private int step;

    private List<DossierEvent>[] trails;

    private int index;

    /**
     * Builds the inputs with the engine and checks both models on all of them.
     *
     * @throws IllegalStateException if dvc and stateless4j disagree, or dvc does not behave as the
     *     fixtures expect
     */
    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void setUp() {
        engine = DossierEngine.standard();
        guardedEngine = new DossierEngine(DossierEngine.Config.defaults().withGuards((dossier, command, context) ->
                dossier.isPresent() && dossier.get().currentAgency().equals(SUSPENDED_AGENCY)
                        ? List.of(vn.dvc.dossier.Refusal.of("agency.suspended", SUSPENDED_AGENCY)) : null));
        peer = new Stateless4jLifecycle(engine.lifecycle());
        peer.verify();

        LocalDateTime[] starts = DossierFixtures.startTimes(0xD05_0001L, SIZE);
        processing = new Dossier[SIZE];
        handOvers = new DossierCommand.HandOver[SIZE];
        handOverContexts = new Context[SIZE];
        peerProcessing = new Stateless4jLifecycle.PeerDossier[SIZE];
        submitted = new Dossier[SIZE];
        approveContexts = new Context[SIZE];
        peerSubmitted = new Stateless4jLifecycle.PeerDossier[SIZE];
        approve = new DossierCommand.Approve("Giấy xác nhận");
        for (int k = 0; k < SIZE; k++) {
            String dept = DossierFixtures.department(k);
            processing[k] = DossierFixtures.processing(engine, k, starts[k]);
            handOvers[k] = new DossierCommand.HandOver(StepKind.CONSULTATION, dept);
            handOverContexts[k] = DossierFixtures.ctx(starts[k].plusHours(2), DossierFixtures.specialist(dept, k));
            peerProcessing[k] = new Stateless4jLifecycle.PeerDossier(DossierState.PROCESSING, 3);
            submitted[k] = DossierFixtures.submitted(engine, k, starts[k]);
            approveContexts[k] = DossierFixtures.ctx(starts[k].plusHours(1), DossierFixtures.head(dept));
            peerSubmitted[k] = new Stateless4jLifecycle.PeerDossier(DossierState.SUBMITTED, 1);
            checkHandOver(k);
            checkRefusal(k);
        }

        LocalDateTime[] scriptStarts = DossierFixtures.startTimes(0xD05_0002L, SCRIPTS);
        scripts = new DossierFixtures.Script[SCRIPTS];
        for (int k = 0; k < SCRIPTS; k++) {
            scripts[k] = DossierFixtures.script(k, scriptStarts[k]);
            checkScript(scripts[k]);
        }

        LocalDateTime[] trailStarts = DossierFixtures.startTimes(0xD05_0003L, TRAILS);
        trails = new List[TRAILS];
        for (int k = 0; k < TRAILS; k++) {
            trails[k] = List.copyOf(DossierFixtures.realisticTrail(engine, k, trailStarts[k]));
            Dossier d = Dossier.replay(trails[k]);
            if (d.version() != 20 || d.state() != DossierState.RETURNED) {
                throw new IllegalStateException("replay of trail " + k + " gave " + d.state());
            }
        }
        index = 0;
        script = 0;
        step = 0;
    }

    /** Checks input {@code k} of benchmark 1 on both sides, then restores the peer's dossier. */
    private void checkHandOver(int k) {
        Transition.Accepted a = DossierFixtures.accepted(engine.apply(processing[k], handOvers[k], handOverContexts[k]),
                "HandOver");
        DossierEvent e = a.events().get(0);
        if (a.dossier().state() != DossierState.PROCESSING || a.dossier().version() != 4 || e.version() != 4
                || !(e.data() instanceof EventData.HandedOver h) || h.to().step() != StepKind.CONSULTATION
                || !(e.data().producedForm().orElseThrow() instanceof Form.ControlSlipEntry)) {
            throw new IllegalStateException("dvc HandOver " + k + " gave " + a);
        }
        Stateless4jLifecycle.PeerDossier pd = peerProcessing[k];
        Object r = peer.fire(pd, handOvers[k].name(), handOverContexts[k].actor(), handOverContexts[k].at());
        if (!(r instanceof Stateless4jLifecycle.AuditRecord rec) || pd.state != DossierState.PROCESSING
                || rec.version() != 4 || !rec.type().equals(e.type()) || !rec.at().equals(e.at())
                || !rec.actorId().equals(e.actor().id()) || rec.role() != e.actor().role()
                || !rec.agency().equals(e.actor().agency().orElseThrow())) {
            throw new IllegalStateException("stateless4j HandOver " + k + " gave " + r);
        }
        peerProcessing[k] = new Stateless4jLifecycle.PeerDossier(DossierState.PROCESSING, 3);
    }

    /** Checks input {@code k} of benchmark 2 on both sides (both refuse, nothing changes). */
    private void checkRefusal(int k) {
        Transition t = engine.apply(submitted[k], approve, approveContexts[k]);
        if (!(t instanceof Transition.Rejected r) || !r.codes().equals(List.of("dossier.wrongState"))) {
            throw new IllegalStateException("dvc Approve on SUBMITTED " + k + " gave " + t);
        }
        Stateless4jLifecycle.PeerDossier pd = peerSubmitted[k];
        Actor head = approveContexts[k].actor();
        if (peer.canFire(pd, approve.name(), head)
                || !(peer.fire(pd, approve.name(), head, approveContexts[k].at()) instanceof Stateless4jLifecycle.PeerRefusal)
                || pd.state != DossierState.SUBMITTED || pd.version != 1 || !pd.trail.isEmpty()) {
            throw new IllegalStateException("stateless4j Approve on SUBMITTED " + k + " was not refused");
        }
    }

    /** Runs a pipeline script through both models and checks they agree step by step. */
    private void checkScript(DossierFixtures.Script s) {
        Dossier d = null;
        Stateless4jLifecycle.PeerDossier pd = null;
        for (int i = 0; i < s.length(); i++) {
            Context c = s.contexts()[i];
            Transition t = i == 0 ? guardedEngine.submit(s.id(), s.submit(), c) : guardedEngine.apply(d, s.commands()[i], c);
            Object r = i == 0 ? pd = peer.submit(c.actor(), c.at()) : peer.fire(pd, s.triggers()[i], c.actor(), c.at());
            if (t.isAccepted() != s.accepted()[i]) {
                throw new IllegalStateException("dvc step " + i + " (" + s.triggers()[i] + ") gave " + t);
            }
            if (t instanceof Transition.Accepted a) {
                d = a.dossier();
                String type = a.events().get(0).type();
                String peerType = i == 0 ? pd.trail.get(0).type() : r instanceof Stateless4jLifecycle.AuditRecord rec
                        ? rec.type() : "refused";
                if (!type.equals(peerType) || pd.state != d.state() || pd.version != d.version()) {
                    throw new IllegalStateException("step " + i + ": dvc " + type + " " + d.state() + " v" + d.version()
                            + ", stateless4j " + peerType + " " + pd.state + " v" + pd.version);
                }
            } else if (!(r instanceof Stateless4jLifecycle.PeerRefusal)) {
                throw new IllegalStateException("step " + i + " refused by dvc, not by stateless4j: " + r);
            }
        }
        if (d.state() != DossierState.RETURNED || d.version() != 10
                || !(d.clock().isPresent() && d.finishedAt().isPresent())) {
            throw new IllegalStateException("script ended in " + d.state() + " v" + d.version());
        }
    }

    /**
     * The index of the next input.
     *
     * @return 0 to {@link #SIZE} - 1, in turn
     */
    private int next() {
        int k = index;
        index = (k + 1) & MASK;
        return k;
    }

    /**
     * dvc: HandOver of a PROCESSING dossier to the next step at the same department.
     *
     * @return the accepted transition (new dossier and its event)
     */
    @Benchmark
    public Transition dvcHandOver() {
        int k = next();
        return engine.apply(processing[k], handOvers[k], handOverContexts[k]);
    }

    /**
     * stateless4j: the same HandOver (PROCESSING to PROCESSING, role guard, audit record appended
     * to the dossier's trail, which is cleared every {@link #TRAIL_CAP} records).
     *
     * @return the audit record
     */
    @Benchmark
    public Object stateless4jHandOver() {
        int k = next();
        Stateless4jLifecycle.PeerDossier d = peerProcessing[k];
        if (d.trail.size() >= TRAIL_CAP) {
            d.trail.clear();
        }
        Context c = handOverContexts[k];
        return peer.fire(d, "HandOver", c.actor(), c.at());
    }

    /**
     * dvc: Approve on a SUBMITTED dossier, refused with {@code dossier.wrongState}.
     *
     * @return the rejected transition
     */
    @Benchmark
    public Transition dvcRefusedApprove() {
        int k = next();
        return engine.apply(submitted[k], approve, approveContexts[k]);
    }

    /**
     * stateless4j: Approve on a SUBMITTED dossier, refused by asking {@code canFire} first.
     *
     * @return the refusal
     */
    @Benchmark
    public Object stateless4jRefusedCanFire() {
        int k = next();
        Stateless4jLifecycle.PeerDossier d = peerSubmitted[k];
        Context c = approveContexts[k];
        if (!peer.canFire(d, "Approve", c.actor())) {
            return new Stateless4jLifecycle.PeerRefusal(d.state, "Approve");
        }
        return peer.fire(d, "Approve", c.actor(), c.at());
    }

    /**
     * stateless4j: Approve on a SUBMITTED dossier, fired into the non-throwing unhandled-trigger
     * action.
     *
     * @return the refusal
     */
    @Benchmark
    public Object stateless4jRefusedUnhandled() {
        int k = next();
        Context c = approveContexts[k];
        return peer.fire(peerSubmitted[k], "Approve", c.actor(), c.at());
    }

    /**
     * dvc: the next command of the pipeline script (see {@link DossierFixtures#script}).
     *
     * @return the transition
     */
    @Benchmark
    public Transition dvcPipeline() {
        DossierFixtures.Script s = scripts[script];
        int i = step;
        Context c = s.contexts()[i];
        Transition t = i == 0 ? guardedEngine.submit(s.id(), s.submit(), c)
                : guardedEngine.apply(pipelineDossier, s.commands()[i], c);
        if (t instanceof Transition.Accepted a) {
            pipelineDossier = a.dossier();
        }
        if (++step == s.length()) {
            step = 0;
            script = (script + 1) & (SCRIPTS - 1);
        }
        return t;
    }

    /**
     * stateless4j: the same command, trigger and actor as {@link #dvcPipeline()}.
     *
     * @return the audit record, the new dossier (submission) or the refusal
     */
    @Benchmark
    public Object stateless4jPipeline() {
        DossierFixtures.Script s = scripts[script];
        int i = step;
        Context c = s.contexts()[i];
        Object r;
        if (i == 0) {
            r = peerPipelineDossier = peer.submit(c.actor(), c.at());
        } else {
            r = peer.fire(peerPipelineDossier, s.triggers()[i], c.actor(), c.at());
        }
        if (++step == s.length()) {
            step = 0;
            script = (script + 1) & (SCRIPTS - 1);
        }
        return r;
    }

    /**
     * dvc: rebuilds a dossier from its 20-event trail.
     *
     * @return the dossier
     */
    @Benchmark
    public Dossier dvcReplay20() {
        return Dossier.replay(trails[next() & (TRAILS - 1)]);
    }
}
