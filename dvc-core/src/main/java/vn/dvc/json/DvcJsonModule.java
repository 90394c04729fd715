package vn.dvc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDateTime;
import vn.dvc.Channel;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.Extension;
import vn.dvc.deadline.LimitUnit;
import vn.dvc.deadline.Pause;
import vn.dvc.deadline.PauseReason;
import vn.dvc.deadline.StepKind;
import vn.dvc.deadline.TimeLimit;
import vn.dvc.dossier.Actor;
import vn.dvc.dossier.Applicant;
import vn.dvc.dossier.ApplicantKind;
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierEvent;
import vn.dvc.dossier.DossierId;
import vn.dvc.dossier.DossierState;
import vn.dvc.dossier.EventData;
import vn.dvc.dossier.Form;
import vn.dvc.dossier.FormEdition;
import vn.dvc.dossier.FormType;
import vn.dvc.dossier.Outcome;
import vn.dvc.dossier.Position;
import vn.dvc.dossier.Role;

/**
 * A Jackson module that reads and writes dvc's domain types in dvc's JSON format, without
 * annotations on the domain classes and without reflection: each type has an explicit field list.
 * The format is described in {@code docs/guide/json.md}; {@link DvcJson} wraps it in versioned
 * documents and is what most callers want.
 *
 * <table>
 *   <caption>Types and their JSON</caption>
 *   <tr><th>type</th><th>JSON</th></tr>
 *   <tr><td>{@link Dossier}</td><td>an object with every record component by name</td></tr>
 *   <tr><td>{@link DossierEvent}</td><td>{@code {"version":2,"at":...,"actor":{...},"data":{...}}}</td></tr>
 *   <tr><td>{@link EventData}</td><td>an object whose {@code "type"} is the record's simple name, e.g.
 *       {@code {"type":"SupplementRequested","form":{...}}}</td></tr>
 *   <tr><td>{@link Form}</td><td>an object whose {@code "form"} is the record's simple name, e.g.
 *       {@code {"form":"ReceiptSlip","edition":"CIRCULAR_01_2018",...}}</td></tr>
 *   <tr><td>{@link DossierClock}, {@link Pause}, {@link Extension}, {@link Applicant}, {@link Actor},
 *       {@link Position}</td><td>objects with their record components by name</td></tr>
 *   <tr><td>{@link TimeLimit}</td><td>{@code {"amount":5,"unit":"WORKING_DAYS"}}</td></tr>
 *   <tr><td>{@link DossierId}</td><td>its value as a string, {@code "hs-1"}</td></tr>
 *   <tr><td>{@link LocalDateTime}</td><td>ISO-8601 text with seconds, {@code "2025-01-24T16:10:00"}; a
 *       fraction of a second only when not zero</td></tr>
 *   <tr><td>dvc's enums ({@link Channel}, {@link DossierState}, {@link Role}, ...)</td><td>the constant's
 *       name, {@code "ONLINE"}</td></tr>
 * </table>
 *
 * <p>An empty {@link java.util.Optional} is written by <b>leaving its field out</b>; on reading an
 * absent optional field is empty and an explicit {@code null} is refused, like every {@code null}
 * (dvc's JSON has none). Lists are always written, even empty, and required on reading.
 *
 * <p>Reading is strict: unknown fields, missing fields, wrong JSON types, {@code null}s,
 * malformed date-times, unknown enum constants, event types and form types, and values the domain
 * types refuse each fail with a {@link DvcJsonException} naming the JSONPath. A field given twice
 * in a dvc value is refused as Jackson refuses malformed JSON (a {@code JsonParseException}), even
 * by a mapper that does not detect duplicates itself. Values are read token by token from the
 * parser Jackson passes, without a tree. Where a dvc value sits inside a bean or collection of
 * another type, Jackson wraps the exception in its own {@code JsonMappingException} (the
 * {@link DvcJsonException} is then its cause) unless
 * {@code DeserializationFeature.WRAP_EXCEPTIONS} is off, as in {@link DvcJson#objectMapper()}.
 * Limits on input size belong to the {@code JsonFactory}: that mapper has them too.
 *
 * <p>Personal data: the JSON of a dossier or of a {@code Submitted} event holds the applicant's
 * name and identification number, and forms hold officers' identifiers, in clear: it is a storage
 * format, to be protected like the database it goes to, not a log or display format.
 *
 * <p>The module is configured in its constructor; do not add to it afterwards. Its serializers and
 * deserializers are stateless, so a registered module is safe to share between threads.
 */
public final class DvcJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with every dvc type registered. */
    public DvcJsonModule() {
        super("dvc-json");
        add(Dossier.class, JsonType.OBJECT, Encoder::dossier, Decoder::dossier);
        add(DossierEvent.class, JsonType.OBJECT, Encoder::event, Decoder::event);
        add(EventData.class, JsonType.OBJECT, Encoder::eventData, Decoder::eventData);
        add(Form.class, JsonType.OBJECT, Encoder::form, Decoder::form);
        add(DossierClock.class, JsonType.OBJECT, Encoder::clock, Decoder::clock);
        add(Pause.class, JsonType.OBJECT, Encoder::pause, Decoder::pause);
        add(Extension.class, JsonType.OBJECT, Encoder::extension, Decoder::extension);
        add(TimeLimit.class, JsonType.OBJECT, Encoder::timeLimit, Decoder::timeLimit);
        add(Applicant.class, JsonType.OBJECT, Encoder::applicant, Decoder::applicant);
        add(Actor.class, JsonType.OBJECT, Encoder::actor, Decoder::actor);
        add(Position.class, JsonType.OBJECT, Encoder::position, Decoder::position);
        add(DossierId.class, JsonType.STRING, Encoder::dossierId, Decoder::dossierId);
        add(LocalDateTime.class, JsonType.DATE_TIME, Encoder::dateTime, Decoder::dateTime);
        addEnum(Channel.class, Decoder.CHANNELS);
        addEnum(DossierState.class, Decoder.DOSSIER_STATES);
        addEnum(Outcome.class, Decoder.OUTCOMES);
        addEnum(Role.class, Decoder.ROLES);
        addEnum(ApplicantKind.class, Decoder.APPLICANT_KINDS);
        addEnum(FormEdition.class, Decoder.FORM_EDITIONS);
        addEnum(FormType.class, Decoder.FORM_KINDS);
        addEnum(StepKind.class, Decoder.STEP_KINDS);
        addEnum(LimitUnit.class, Decoder.LIMIT_UNITS);
        addEnum(PauseReason.class, Decoder.PAUSE_REASONS);
    }

    private <E extends Enum<E>> void addEnum(Class<E> type, NameTable<E> constants) {
        add(type, JsonType.STRING, (e, value) -> e.constant(value, constants), d -> d.enumeration(constants));
    }

    private <T> void add(Class<T> type, JsonType kind, Encoder.Write<? super T> writer, Decoder.Read<? extends T> reader) {
        addSerializer(type, new Serializer<>(type, writer));
        addDeserializer(type, new Deserializer<>(type, kind, reader));
    }

    /** Writes one type with its {@link Encoder} method. */
    private static final class Serializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Encoder.Write<? super T> writer;

        Serializer(Class<T> type, Encoder.Write<? super T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writer.write(new Encoder(gen), value);
        }
    }

    /**
     * Reads one type with its {@link Decoder} method, streaming from the parser it is given (no
     * tree); paths in messages come from the parser's contexts, so they name the full location.
     */
    private static final class Deserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        /** What a {@code null} is refused for: the kind of JSON value the type is written as. */
        private final JsonType kind;
        private final transient Decoder.Read<? extends T> reader;

        Deserializer(Class<T> type, JsonType kind, Decoder.Read<? extends T> reader) {
            super(type);
            this.kind = kind;
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return reader.read(new Decoder(p, JsonPath.ROOT, false));
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) {
            JsonParser p = ctxt.getParser();
            JsonPath path = p == null ? JsonPath.ROOT : JsonPath.of(p.getParsingContext());
            throw new DvcJsonException("json.null", path, kind);
        }
    }
}
