package vn.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.dvc.Channel;
import vn.dvc.deadline.DeadlinePolicy;
import vn.dvc.deadline.StepKind;
import vn.dvc.deadline.TimeLimit;

class InMemoryDossierStoreTest {

    private static final String AGENCY = "000.00.01.H29";
    private final DossierEngine engine = DossierEngine.standard();
    private final DeadlinePolicy policy = DeadlinePolicy.national();
    private final InMemoryDossierStore store = new InMemoryDossierStore();

    private Dossier processingDossier(DossierId id) {
        Actor reception = Actor.officer("cb-1", Role.RECEPTION_OFFICER, AGENCY);
        Transition.Accepted a = (Transition.Accepted) engine.submit(id, new DossierCommand.Submit("1.000894", AGENCY,
                new Applicant(ApplicantKind.CITIZEN, "Trần Thị Bình", "079199001234"), Channel.COUNTER, Optional.empty(),
                TimeLimit.workingDays(10), Optional.empty()), new Context(LocalDateTime.of(2025, 3, 3, 8, 0), reception, policy));
        store.create(a);
        Transition.Accepted r = (Transition.Accepted) engine.apply(a.dossier(), new DossierCommand.Receive("000.00.01.H29-250303-0001"),
                new Context(LocalDateTime.of(2025, 3, 3, 8, 5), reception, policy));
        store.append(1, r);
        Transition.Accepted h = (Transition.Accepted) engine.apply(r.dossier(), new DossierCommand.HandOver(StepKind.APPRAISAL,
                AGENCY), new Context(LocalDateTime.of(2025, 3, 3, 8, 10), reception, policy));
        store.append(2, h);
        return h.dossier();
    }

    /** Many officers act on one dossier at once: exactly one command per version wins. */
    @Test
    void exactlyOneCommandPerVersionWinsUnderContention() throws Exception {
        DossierId id = DossierId.of("race");
        processingDossier(id);
        int threads = 8;
        int attemptsPerThread = 300;
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicLong minute = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Actor officer = Actor.officer("cb-" + t, Role.PROCESSING_OFFICER, AGENCY);
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < attemptsPerThread; i++) {
                    Dossier current = store.find(id).orElseThrow();
                    LocalDateTime at = LocalDateTime.of(2025, 3, 3, 9, 0).plusSeconds(minute.incrementAndGet());
                    StepKind next = i % 2 == 0 ? StepKind.CONSULTATION : StepKind.APPRAISAL;
                    Transition tr = engine.apply(current, new DossierCommand.HandOver(next, AGENCY),
                            new Context(at, officer, policy));
                    if (tr instanceof Transition.Accepted a) {
                        try {
                            store.append(current.version(), a);
                            wins.incrementAndGet();
                        } catch (VersionConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<DossierEvent> events = store.events(id);
        Dossier stored = store.find(id).orElseThrow();
        assertThat(wins.get()).isPositive();
        assertThat(events).hasSize(3 + wins.get());
        assertThat(stored.version()).isEqualTo(3 + wins.get());
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).version()).isEqualTo(i + 1);
        }
        assertThat(Dossier.replay(events)).isEqualTo(stored);
        // every attempt either won, lost the race, or was refused for coming before the last event
        assertThat(wins.get() + conflicts.get()).isLessThanOrEqualTo(threads * attemptsPerThread);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        DossierId id = DossierId.of("stale");
        Dossier d = processingDossier(id);
        Actor officer = Actor.officer("cb-2", Role.PROCESSING_OFFICER, AGENCY);
        Transition.Accepted first = (Transition.Accepted) engine.apply(d, new DossierCommand.HandOver(StepKind.APPROVAL, AGENCY),
                new Context(LocalDateTime.of(2025, 3, 3, 9, 0), officer, policy));
        Transition.Accepted second = (Transition.Accepted) engine.apply(d, new DossierCommand.HandOver(StepKind.CONSULTATION,
                AGENCY), new Context(LocalDateTime.of(2025, 3, 3, 9, 1), officer, policy));
        store.append(3, first);
        assertThatThrownBy(() -> store.append(3, second)).isInstanceOf(VersionConflictException.class)
                .hasMessage("The dossier stale changed: the command was decided on version 3 but the store holds version 4."
                        + " Reload and try again.");
        assertThat(store.events(id)).hasSize(4);
        assertThat(store.find(id).orElseThrow()).isEqualTo(first.dossier());
        assertThatThrownBy(() -> store.create(first)).isInstanceOf(VersionConflictException.class);
        assertThat(store.find(DossierId.of("none"))).isEmpty();
        assertThat(store.events(DossierId.of("none"))).isEmpty();
    }
}
