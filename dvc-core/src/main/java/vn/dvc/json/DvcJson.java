package vn.dvc.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierEvent;

/**
 * Reads and writes dossiers and their events as versioned JSON documents: dvc's storage and
 * exchange format (see {@code docs/guide/json.md}).
 *
 * <pre>{@code
 * DvcJson json = DvcJson.create();
 * String text = json.write(dossier);          // {"schemaVersion":1,"dossier":{...}}
 * Dossier same = json.readDossier(text);      // same.equals(dossier)
 * String trail = json.writeEvents(events);    // {"schemaVersion":1,"events":[...]}
 * Dossier replayed = Dossier.replay(json.readEvents(trail));
 *
 * byte[] body = json.writeBytes(dossier);     // the same document as UTF-8, e.g. for HTTP
 * Dossier fromBody = json.readDossier(body);
 * }</pre>
 *
 * <p><b>Documents.</b> Each top-level document is an object with {@code "schemaVersion":1} and one
 * more field: {@code "dossier"}, {@code "event"} or {@code "events"}, holding the values as
 * {@link DvcJsonModule} writes them. Reading refuses a document without {@code schemaVersion} or
 * with one this version does not know ({@value #SCHEMA_VERSION} only, for now); the version is
 * checked before anything else in the document.
 *
 * <p><b>Strict reading.</b> Every failure is a {@link DvcJsonException} (an
 * {@link vn.dvc.InvalidInputException}) whose message, in English and Vietnamese, says where and
 * what was expected: text that is not JSON, content after the document, unknown fields, missing
 * fields, wrong JSON types, {@code null}s, malformed date-times, unknown enum constants, event or
 * form types, values the domain types refuse (the domain's exception is the cause), and input
 * over the limits below. A read either returns a complete value that the domain constructors
 * accepted or throws: nothing half-built escapes. Reading does not replay events, so a dossier
 * read back is the one written, not one checked against its trail.
 *
 * <p><b>Text or bytes.</b> Each method has a {@code String} form and a UTF-8 {@code byte[]} form
 * ({@link #writeBytes(Dossier)}, {@link #readDossier(byte[])}, ...), for portals that exchange
 * UTF-8 over HTTP, without converting bodies to and from Strings: the bytes are the text's UTF-8
 * encoding, read with the same strictness and the same messages (columns counted in characters),
 * plus a refusal of bytes that are not well-formed UTF-8 ({@code json.notUtf8}), checked first.
 *
 * <p><b>Limits</b> (Jackson's {@link StreamReadConstraints}): at most {@value #MAX_DOCUMENT_CHARS}
 * characters, or {@value #MAX_DOCUMENT_BYTES} bytes, per document (4 MiB, checked before parsing),
 * {@value #MAX_NESTING_DEPTH} levels of nesting (dvc's own documents use at most 7),
 * {@value #MAX_STRING_CHARS} characters per string (64 KiB), {@value #MAX_NAME_CHARS} characters
 * per field name and {@value #MAX_NUMBER_CHARS} characters per number.
 * Duplicate field names are refused.
 *
 * <p><b>Streaming.</b> Reading decodes the parser's tokens as they come, without a tree: fields
 * are expected in the order dvc writes them and accepted in any order. When a document has
 * several faults, the one reported is the one a reader of the whole document reports first:
 * malformed JSON and limits anywhere, then content after the document, then the schema version,
 * then the fields in the format's order.
 *
 * <p><b>Personal data.</b> A dossier's JSON contains its applicant (name and identification
 * number) and the identifiers of the officers who acted, in clear: it is the storage format.
 * Protect the text as you protect the store; do not log it.
 *
 * <p>Immutable and thread-safe: one instance may serve every thread.
 */
public final class DvcJson {

    /** The schema version this class writes, and the only one it reads. */
    public static final int SCHEMA_VERSION = 1;
    /** The longest document read as text, in characters (4 MiB). */
    public static final int MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;
    /** The longest document read as UTF-8, in bytes (4 MiB). */
    public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value read, in characters (64 KiB). */
    public static final int MAX_STRING_CHARS = 64 * 1024;
    /** The longest field name read, in characters. */
    public static final int MAX_NAME_CHARS = 256;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_CHARS = 32;

    /**
     * Parses dvc's documents, without Jackson's duplicate detection (a hash set per object): the
     * decoder finds duplicates by its field lists.
     */
    private final JsonFactory reading;
    /**
     * Generates dvc's documents, with buffers from a pool of its own: Jackson's default pool keeps
     * buffers per thread for parsers too, and where a parser notices an over-long string depends on
     * the sizes of the buffers it finds there. Supplementary characters are written as such in
     * UTF-8, as in text, rather than as escaped surrogate pairs.
     */
    private final JsonFactory writing;

    private DvcJson() {
        this.reading = factory(false).build();
        this.writing = factory(false).recyclerPool(JsonRecyclerPools.newConcurrentDequePool())
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    }

    /**
     * The reader and writer with dvc's module and strict settings.
     *
     * @return a new instance; instances are interchangeable
     */
    public static DvcJson create() {
        return new DvcJson();
    }

    private static JsonFactoryBuilder factory(boolean duplicateDetection) {
        JsonFactoryBuilder b = new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_CHARS)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNameLength(MAX_NAME_CHARS)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        return duplicateDetection ? b.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) : b;
    }

    /**
     * A new Jackson mapper with {@link DvcJsonModule}, the limits of this class and strict settings
     * (unknown properties, trailing tokens, {@code null} primitives, numbers for enums, float to
     * int and scalar coercion all refused; duplicate fields refused), for callers who embed dvc
     * values in documents of their own. {@code WRAP_EXCEPTIONS} is off, so a
     * {@link DvcJsonException} from a nested dvc value reaches the caller as it is. The mapper
     * writes no {@code schemaVersion}: documents of your own carry your own versioning. The caller
     * owns it (an {@code ObjectMapper} is mutable); {@link DvcJson} keeps its own.
     *
     * @return the mapper
     */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder(factory(true).build())
                .addModule(new DvcJsonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.WRAP_EXCEPTIONS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    // -- writing --------------------------------------------------------------------------------

    /**
     * Writes a dossier as {@code {"schemaVersion":1,"dossier":{...}}}.
     *
     * @param dossier the dossier
     * @return the JSON, compact, UTF-16 text
     * @throws DvcJsonException if a value inside the dossier is {@code null} ({@code json.writeNull})
     */
    public String write(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        return text(Names.DOSSIER, e -> e.dossier(dossier));
    }

    /**
     * Writes one event as {@code {"schemaVersion":1,"event":{...}}}.
     *
     * @param event the event
     * @return the JSON
     * @throws DvcJsonException if a value inside the event is {@code null}
     */
    public String write(DossierEvent event) {
        Objects.requireNonNull(event, "event");
        return text(Names.EVENT, e -> e.event(event));
    }

    /**
     * Writes events, in order, as {@code {"schemaVersion":1,"events":[...]}}.
     *
     * @param events the events, e.g. a dossier's audit trail; may be empty
     * @return the JSON
     * @throws DvcJsonException if a value inside an event is {@code null}
     */
    public String writeEvents(List<DossierEvent> events) {
        List<DossierEvent> copy = List.copyOf(events);
        return text(Names.EVENTS, e -> e.events(copy));
    }

    /**
     * Writes a dossier as {@link #write(Dossier)} does, encoded in UTF-8.
     *
     * @param dossier the dossier
     * @return the JSON's UTF-8 bytes, equal to {@code write(dossier).getBytes(UTF_8)}
     * @throws DvcJsonException if a value inside the dossier is {@code null} ({@code json.writeNull})
     */
    public byte[] writeBytes(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        return bytes(Names.DOSSIER, e -> e.dossier(dossier));
    }

    /**
     * Writes one event as {@link #write(DossierEvent)} does, encoded in UTF-8.
     *
     * @param event the event
     * @return the JSON's UTF-8 bytes
     * @throws DvcJsonException if a value inside the event is {@code null}
     */
    public byte[] writeBytes(DossierEvent event) {
        Objects.requireNonNull(event, "event");
        return bytes(Names.EVENT, e -> e.event(event));
    }

    /**
     * Writes events as {@link #writeEvents(List)} does, encoded in UTF-8.
     *
     * @param events the events, e.g. a dossier's audit trail; may be empty
     * @return the JSON's UTF-8 bytes
     * @throws DvcJsonException if a value inside an event is {@code null}
     */
    public byte[] writeEventsBytes(List<DossierEvent> events) {
        List<DossierEvent> copy = List.copyOf(events);
        return bytes(Names.EVENTS, e -> e.events(copy));
    }

    @FunctionalInterface
    private interface Body {
        void write(Encoder e) throws IOException;
    }

    /**
     * Writes a document into Jackson's recycled text segments, as {@code ObjectMapper} does:
     * faster than a growing {@code StringWriter} (a sixth, on a 20-event trail), with less than half
     * the garbage.
     */
    private String text(SerializedString payload, Body body) {
        BufferRecycler recycler = writing._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            document(writing.createGenerator(out), payload, body);
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a text buffer cannot fail to be written
        } finally {
            recycler.releaseToPool();
        }
    }

    /** As {@link #text}, in UTF-8 into Jackson's recycled byte segments. */
    private byte[] bytes(SerializedString payload, Body body) {
        BufferRecycler recycler = writing._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
            document(writing.createGenerator(out, JsonEncoding.UTF8), payload, body);
            return out.getClearAndRelease();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recycler.releaseToPool();
        }
    }

    private static void document(JsonGenerator generator, SerializedString payload, Body body) throws IOException {
        try (JsonGenerator g = generator) {
            Encoder e = new Encoder(g);
            e.startDocument(payload);
            body.write(e);
            e.endDocument();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dvc could not write its own JSON", e);
        }
    }

    // -- reading --------------------------------------------------------------------------------

    /**
     * Reads a dossier document.
     *
     * @param json the text {@link #write(Dossier)} produced
     * @return the dossier, equal to the one written
     * @throws DvcJsonException if the text is not such a document (see the class description)
     */
    public Dossier readDossier(String json) {
        return read(json, Decoder.DOSSIER_DOCUMENT);
    }

    /**
     * Reads an event document.
     *
     * @param json the text {@link #write(DossierEvent)} produced
     * @return the event
     * @throws DvcJsonException if the text is not such a document
     */
    public DossierEvent readEvent(String json) {
        return read(json, Decoder.EVENT_DOCUMENT);
    }

    /**
     * Reads an events document. The events are not replayed: use
     * {@link Dossier#replay(List)} to check them and rebuild their dossier.
     *
     * @param json the text {@link #writeEvents(List)} produced
     * @return the events in document order, unmodifiable
     * @throws DvcJsonException if the text is not such a document
     */
    public List<DossierEvent> readEvents(String json) {
        return read(json, Decoder.EVENTS_DOCUMENT);
    }

    /**
     * Reads a dossier document from its UTF-8 bytes, as {@link #readDossier(String)} reads the text.
     *
     * @param json the bytes {@link #writeBytes(Dossier)} produced, or any UTF-8 encoding of such a
     *     document, without a byte order mark
     * @return the dossier, equal to the one written
     * @throws DvcJsonException if the bytes are not such a document, including bytes that are not
     *     well-formed UTF-8 ({@code json.notUtf8}) and more than {@value #MAX_DOCUMENT_BYTES} bytes
     *     ({@code json.tooManyBytes})
     */
    public Dossier readDossier(byte[] json) {
        return read(json, Decoder.DOSSIER_DOCUMENT);
    }

    /**
     * Reads an event document from its UTF-8 bytes, as {@link #readEvent(String)} reads the text.
     *
     * @param json the bytes {@link #writeBytes(DossierEvent)} produced
     * @return the event
     * @throws DvcJsonException if the bytes are not such a document (see {@link #readDossier(byte[])})
     */
    public DossierEvent readEvent(byte[] json) {
        return read(json, Decoder.EVENT_DOCUMENT);
    }

    /**
     * Reads an events document from its UTF-8 bytes, as {@link #readEvents(String)} reads the text.
     *
     * @param json the bytes {@link #writeEventsBytes(List)} produced
     * @return the events in document order, unmodifiable
     * @throws DvcJsonException if the bytes are not such a document (see {@link #readDossier(byte[])})
     */
    public List<DossierEvent> readEvents(byte[] json) {
        return read(json, Decoder.EVENTS_DOCUMENT);
    }

    private <T> T read(String json, Decoder.Document<T> document) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_DOCUMENT_CHARS) {
            throw new DvcJsonException("json.tooLong", JsonPath.ROOT, json.length(), MAX_DOCUMENT_CHARS);
        }
        if (json.isBlank()) {
            throw new DvcJsonException("json.empty", JsonPath.ROOT);
        }
        try (JsonParser p = reading.createParser(json)) {
            T value = null;
            DvcJsonException refused = null;
            try {
                p.nextToken();
                value = new Decoder(p, JsonPath.ROOT).document(document);
            } catch (DvcJsonException e) {
                refused = e; // reported after the check for trailing content, which comes first
            } catch (JsonProcessingException e) {
                throw Faults.report(json, e, p);
            }
            try {
                JsonToken next = p.nextToken();
                if (next != null) {
                    JsonLocation at = p.currentTokenLocation();
                    throw new DvcJsonException("json.trailing", JsonPath.ROOT, at.getLineNr(), at.getColumnNr());
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw new DvcJsonException("json.trailing", JsonPath.ROOT, at.getLineNr(), at.getColumnNr());
            }
            if (refused != null) {
                throw refused;
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String cannot fail to be read
        }
    }

    /**
     * Reads UTF-8 with Jackson's byte parser. Whenever the bytes are not a well-formed document
     * (malformed JSON, a limit, trailing content), they are read again as text, so that the report
     * is exactly the one for the same text as a String (Jackson's byte and character parsers word
     * some faults differently and count columns in bytes and characters).
     */
    private <T> T read(byte[] json, Decoder.Document<T> document) {
        Objects.requireNonNull(json, "json");
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw new DvcJsonException("json.tooManyBytes", JsonPath.ROOT, json.length, MAX_DOCUMENT_BYTES);
        }
        int malformed = Utf8.firstMalformed(json);
        if (malformed >= 0) {
            throw new DvcJsonException("json.notUtf8", JsonPath.ROOT, malformed);
        }
        if (Utf8.isBlank(json)) {
            throw new DvcJsonException("json.empty", JsonPath.ROOT);
        }
        if (Utf8.misleadsEncodingDetection(json)) {
            return read(new String(json, StandardCharsets.UTF_8), document);
        }
        try (JsonParser p = reading.createParser(json)) {
            T value = null;
            try {
                p.nextToken();
                value = new Decoder(p, JsonPath.ROOT).document(document);
            } catch (DvcJsonException e) {
                if (p.nextToken() != null) {
                    return read(new String(json, StandardCharsets.UTF_8), document);
                }
                throw e;
            }
            if (p.nextToken() != null) {
                return read(new String(json, StandardCharsets.UTF_8), document);
            }
            return value;
        } catch (JsonProcessingException e) {
            return read(new String(json, StandardCharsets.UTF_8), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be read
        }
    }

    /**
     * Reports malformed JSON and exceeded limits exactly as when documents were parsed into a tree
     * before being read: the first fault in the document, with Jackson's wording and location. The
     * streaming reader meets the same faults, but may word one differently (its parser calls differ)
     * or meet one just after a duplicate field name, before it checks the name. So, on this rare
     * path only, the text is parsed again into a tree with Jackson's duplicate detection. A limit
     * that both parses meet is reported as the first met it: where Jackson notices an over-long
     * string depends on the sizes of its recycled buffers, which the first parse has changed.
     */
    private static final class Faults {
        private static final ObjectReader TREE = objectMapper().readerFor(JsonNode.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

        static DvcJsonException report(String json, JsonProcessingException found, JsonParser p) {
            try (JsonParser again = TREE.createParser(json)) {
                try {
                    TREE.readValue(again);
                } catch (JsonProcessingException e) {
                    boolean sameLimit = e instanceof StreamConstraintsException
                            && found instanceof StreamConstraintsException;
                    return sameLimit ? refusal(found, p) : refusal(e, again);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return refusal(found, p); // not met again: report it as met
        }

        private static DvcJsonException refusal(JsonProcessingException e, JsonParser p) {
            if (e instanceof StreamConstraintsException limit) {
                return limit(limit, p.currentLocation());
            }
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            return new DvcJsonException("json.malformed", JsonPath.ROOT, at.getLineNr(), at.getColumnNr(),
                    e.getOriginalMessage());
        }
    }

    private static DvcJsonException limit(StreamConstraintsException e, JsonLocation at) {
        String m = String.valueOf(e.getOriginalMessage()).strip();
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        if (m.contains("nesting depth")) {
            return new DvcJsonException("json.tooDeep", JsonPath.ROOT, MAX_NESTING_DEPTH, at.getLineNr(),
                    at.getColumnNr());
        }
        if (m.startsWith("String value length")) {
            return new DvcJsonException("json.stringTooLong", JsonPath.ROOT, MAX_STRING_CHARS, at.getLineNr(),
                    at.getColumnNr());
        }
        return new DvcJsonException("json.limit", JsonPath.ROOT, m, at.getLineNr(), at.getColumnNr());
    }
}
