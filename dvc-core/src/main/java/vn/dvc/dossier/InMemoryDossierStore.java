package vn.dvc.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link DossierStore} in memory, for tests, examples and single-node prototypes. Thread-safe:
 * each dossier's compare-and-set is atomic ({@link ConcurrentHashMap#compute}).
 */
public final class InMemoryDossierStore implements DossierStore {

    private record Entry(Dossier dossier, List<DossierEvent> events) {
    }

    private final ConcurrentHashMap<DossierId, Entry> entries = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryDossierStore() {
    }

    @Override
    public Optional<Dossier> find(DossierId id) {
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.dossier());
    }

    @Override
    public List<DossierEvent> events(DossierId id) {
        Entry e = entries.get(id);
        return e == null ? List.of() : e.events();
    }

    @Override
    public void create(Transition.Accepted accepted) {
        Dossier d = accepted.dossier();
        Entry previous = entries.putIfAbsent(d.id(), new Entry(d, List.copyOf(accepted.events())));
        if (previous != null) {
            throw new VersionConflictException(d.id(), 0, previous.dossier().version());
        }
    }

    @Override
    public void append(long expectedVersion, Transition.Accepted accepted) {
        Dossier d = accepted.dossier();
        entries.compute(d.id(), (id, current) -> {
            long actual = current == null ? 0 : current.dossier().version();
            if (current == null || actual != expectedVersion
                    || d.version() != expectedVersion + accepted.events().size()) {
                throw new VersionConflictException(id, expectedVersion, actual);
            }
            List<DossierEvent> events = new ArrayList<>(current.events().size() + accepted.events().size());
            events.addAll(current.events());
            events.addAll(accepted.events());
            return new Entry(d, List.copyOf(events));
        });
    }
}
