package vn.dvc.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
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
 * back, strict reading included), as text and as UTF-8 bytes, with writing and reading measured
 * apart and, as the floor, Jackson merely tokenizing the same two documents. Target: at least
 * 100 000 round trips per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {

    private DvcJson json;
    private Dossier dossier;
    private List<DossierEvent> events;
    private String dossierText;
    private String eventsText;
    private byte[] dossierBytes;
    private byte[] eventsBytes;
    private JsonFactory plain;

    /**
     * Builds a realistic 20-event dossier, writes both documents once for the reading benchmarks,
     * and checks that text and bytes survive the round trip.
     */
    @Setup(Level.Trial)
    public void setUp() {
        json = DvcJson.create();
        events = DossierFixtures.realisticTrail(DossierEngine.standard(), 1, LocalDateTime.of(2025, 10, 1, 8, 30));
        dossier = Dossier.replay(events);
        if (events.size() != 20) {
            throw new IllegalStateException("expected a 20-event trail, got " + events.size());
        }
        dossierText = json.write(dossier);
        eventsText = json.writeEvents(events);
        dossierBytes = json.writeBytes(dossier);
        eventsBytes = json.writeEventsBytes(events);
        if (!json.readDossier(dossierText).equals(dossier) || !json.readEvents(eventsText).equals(events)
                || !json.readDossier(dossierBytes).equals(dossier) || !json.readEvents(eventsBytes).equals(events)
                || !Arrays.equals(dossierBytes, dossierText.getBytes(StandardCharsets.UTF_8))
                || !Arrays.equals(eventsBytes, eventsText.getBytes(StandardCharsets.UTF_8))) {
            throw new IllegalStateException("the JSON round trip changed the dossier");
        }
        plain = new JsonFactory();
    }

    /**
     * Writes the dossier and its 20 events as text, and reads both back.
     *
     * @return the events read back
     */
    @Benchmark
    public List<DossierEvent> roundTripDossierWith20Events() {
        Dossier d = json.readDossier(json.write(dossier));
        List<DossierEvent> e = json.readEvents(json.writeEvents(events));
        return d.version() == e.size() ? e : List.of();
    }

    /**
     * Writes the dossier and its 20 events as UTF-8 bytes, and reads both back.
     *
     * @return the events read back
     */
    @Benchmark
    public List<DossierEvent> roundTripBytes() {
        Dossier d = json.readDossier(json.writeBytes(dossier));
        List<DossierEvent> e = json.readEvents(json.writeEventsBytes(events));
        return d.version() == e.size() ? e : List.of();
    }

    /**
     * Writes the dossier and its 20 events as text (the writing half of the round trip).
     *
     * @return the total length, so that nothing is optimized away
     */
    @Benchmark
    public int writeText() {
        return json.write(dossier).length() + json.writeEvents(events).length();
    }

    /**
     * Reads the two documents from text (the reading half of the round trip).
     *
     * @return the events read
     */
    @Benchmark
    public List<DossierEvent> readText() {
        Dossier d = json.readDossier(dossierText);
        List<DossierEvent> e = json.readEvents(eventsText);
        return d.version() == e.size() ? e : List.of();
    }

    /**
     * Writes the dossier and its 20 events as UTF-8 bytes.
     *
     * @return the total length
     */
    @Benchmark
    public int writeBytes() {
        return json.writeBytes(dossier).length + json.writeEventsBytes(events).length;
    }

    /**
     * Reads the two documents from UTF-8 bytes.
     *
     * @return the events read
     */
    @Benchmark
    public List<DossierEvent> readBytes() {
        Dossier d = json.readDossier(dossierBytes);
        List<DossierEvent> e = json.readEvents(eventsBytes);
        return d.version() == e.size() ? e : List.of();
    }

    /**
     * The floor of any Jackson-based reader: a plain {@link JsonFactory} tokenizing the same two
     * UTF-8 documents (every token, every string's text), decoding nothing.
     *
     * @return a checksum of token kinds and string lengths
     * @throws IOException never, for in-memory input
     */
    @Benchmark
    public int jacksonTokensOnly() throws IOException {
        return tokens(dossierBytes) + tokens(eventsBytes);
    }

    private int tokens(byte[] document) throws IOException {
        int sum = 0;
        try (JsonParser p = plain.createParser(document)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                sum += t == JsonToken.VALUE_STRING ? p.getTextLength() : t.id();
            }
        }
        return sum;
    }
}
