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
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierEngine;
import vn.dvc.dossier.DossierEvent;
import vn.dvc.json.DvcJson;

/**
 * JSON round trip of a dossier with 20 events (the dossier and its audit trail written and read
 * back, strict reading included). Target: at least 100 000 round trips per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {

    private DvcJson json;
    private Dossier dossier;
    private List<DossierEvent> events;

    /** Builds a realistic 20-event dossier and checks that it survives the round trip. */
    @Setup(Level.Trial)
    public void setUp() {
        json = DvcJson.create();
        events = DossierFixtures.realisticTrail(DossierEngine.standard(), 1, LocalDateTime.of(2025, 10, 1, 8, 30));
        dossier = Dossier.replay(events);
        if (events.size() != 20) {
            throw new IllegalStateException("expected a 20-event trail, got " + events.size());
        }
        if (!json.readDossier(json.write(dossier)).equals(dossier)
                || !json.readEvents(json.writeEvents(events)).equals(events)) {
            throw new IllegalStateException("the JSON round trip changed the dossier");
        }
    }

    /**
     * Writes the dossier and its 20 events, and reads both back.
     *
     * @return the events read back
     */
    @Benchmark
    public List<DossierEvent> roundTripDossierWith20Events() {
        Dossier d = json.readDossier(json.write(dossier));
        List<DossierEvent> e = json.readEvents(json.writeEvents(events));
        return d.version() == e.size() ? e : List.of();
    }
}
