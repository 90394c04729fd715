package vn.dvc.benchmarks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierEngine;
import vn.dvc.dossier.DossierEvent;

/**
 * The retained memory of a realistic dossier with 20 events ({@link DossierFixtures#realisticTrail}),
 * measured with JOL's {@link GraphLayout}: the {@link Dossier} object, its 20-event list, and both
 * together. Not a JMH benchmark; run it with
 * the command in docs/PERFORMANCE.md.
 *
 * <p>What "retained" means here: every object reachable from the root, except objects that are
 * shared by all dossiers and would stay alive without this one: enum constants and everything
 * reachable from them, the JDK's cached {@code Optional.empty()} and the empty immutable list.
 * Every string counts, including the fixture's literals (procedure code, ward code, the Vietnamese
 * texts of commands), as it would for a dossier loaded from storage, where each string is its own
 * copy. Objects reachable from both the dossier and its events (the applicant, the clock, times,
 * positions, ...) are counted once in the combined figure, which is therefore less than the sum.
 *
 * <p>JOL subtracts layouts by address, so the program must run without a moving GC: use Epsilon
 * ({@code -XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xms2g -Xmx2g}); and JDK 17 refuses
 * {@code Unsafe.objectFieldOffset} on records, so add {@code -Djol.magicFieldOffset=true}.
 */
public final class LifecycleFootprint {

    private LifecycleFootprint() {
    }

    /**
     * Builds the dossier, prints the JOL figures and a breakdown by class.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(VM.current().details());
        DossierEngine engine = DossierEngine.standard();
        LocalDateTime start = DossierFixtures.startTimes(0xD05_0003L, 1)[0];
        List<DossierEvent> trail = new ArrayList<>(DossierFixtures.realisticTrail(engine, 7, start));
        Dossier dossier = Dossier.replay(trail);

        GraphLayout shared = sharedLayout(dossier, trail);
        GraphLayout ofDossier = GraphLayout.parseInstance(dossier).subtract(shared);
        GraphLayout ofEvents = GraphLayout.parseInstance(trail).subtract(shared);
        GraphLayout ofBoth = GraphLayout.parseInstance(dossier, trail).subtract(shared);

        System.out.printf("Dossier (version %d, %s): %d objects, %d bytes retained%n", dossier.version(),
                dossier.state(), ofDossier.totalCount(), ofDossier.totalSize());
        System.out.printf("Event list (%d events, ArrayList): %d objects, %d bytes retained%n", trail.size(),
                ofEvents.totalCount(), ofEvents.totalSize());
        System.out.printf("Both together: %d objects, %d bytes retained%n", ofBoth.totalCount(), ofBoth.totalSize());
        System.out.printf("Excluded as shared: %d objects, %d bytes%n", shared.totalCount(), shared.totalSize());
        System.out.println();
        System.out.println("Dossier by class:");
        System.out.println(ofDossier.toFootprint());
        System.out.println("Event list by class:");
        System.out.println(ofEvents.toFootprint());
    }

    /**
     * The objects reachable from the dossier and trail that every dossier shares: enum constants
     * (and what they reach: labels, tables), {@code Optional.empty()} and the empty immutable list.
     *
     * @param dossier the dossier
     * @param trail its events
     * @return their layout
     */
    private static GraphLayout sharedLayout(Dossier dossier, List<DossierEvent> trail) {
        List<Object> roots = new ArrayList<>(List.of(Optional.empty(), List.of()));
        for (Class<?> c : GraphLayout.parseInstance(dossier, trail).getClasses()) {
            Class<?> e = c.isEnum() ? c : c.getSuperclass() != null && c.getSuperclass().isEnum() ? c.getSuperclass() : null;
            if (e != null) {
                roots.addAll(List.of(e.getEnumConstants()));
            }
        }
        return GraphLayout.parseInstance(roots.toArray());
    }
}
