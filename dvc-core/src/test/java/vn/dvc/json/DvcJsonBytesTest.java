package vn.dvc.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.dvc.json.DvcJsonStrictReadingTest.DOSSIER_JSON;
import static vn.dvc.json.DvcJsonStrictReadingTest.EVENT_JSON;
import static vn.dvc.json.DvcJsonStrictReadingTest.at;
import static vn.dvc.json.DvcJsonStrictReadingTest.mutate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvc.dossier.Actor;
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierEvent;
import vn.dvc.dossier.EventData;
import vn.dvc.i18n.Messages;

/**
 * The UTF-8 byte forms: the text's bytes, read as strictly as the text, with the same messages.
 *
 * <p>Every test runs on a thread of its own, and makes its documents there, for the reason
 * {@link DvcJsonStreamingTest} gives.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DvcJsonBytesTest {

    static final DvcJson JSON = DvcJson.create();

    /** Which document a case reads, as text and as bytes. */
    enum Kind {
        DOSSIER(JSON::readDossier, JSON::readDossier),
        EVENT(JSON::readEvent, JSON::readEvent),
        EVENTS(JSON::readEvents, JSON::readEvents);

        final Function<String, Object> text;
        final Function<byte[], Object> bytes;

        Kind(Function<String, Object> text, Function<byte[], Object> bytes) {
            this.text = text;
            this.bytes = bytes;
        }
    }

    @Test
    void everyDocumentIsItsTextInUtf8AndReadsBackEqual() {
        for (Lifecycles.Run run : Lifecycles.all()) {
            for (Dossier d : run.states) {
                byte[] bytes = JSON.writeBytes(d);
                assertThat(bytes).isEqualTo(JSON.write(d).getBytes(UTF_8));
                assertThat(JSON.readDossier(bytes)).isEqualTo(d);
            }
            byte[] trail = JSON.writeEventsBytes(run.trail);
            assertThat(trail).isEqualTo(JSON.writeEvents(run.trail).getBytes(UTF_8));
            assertThat(JSON.readEvents(trail)).isEqualTo(run.trail);
            for (DossierEvent e : run.trail) {
                assertThat(JSON.writeBytes(e)).isEqualTo(JSON.write(e).getBytes(UTF_8));
                assertThat(JSON.readEvent(JSON.writeBytes(e))).isEqualTo(e);
            }
        }
        assertThat(JSON.readEvents(JSON.writeEventsBytes(List.of()))).isEmpty();
        assertThat(JSON.readDossier((DOSSIER_JSON + " \n\t ").getBytes(UTF_8)))
                .isEqualTo(DvcJsonStrictReadingTest.DOSSIER);
    }

    @Test
    void charactersOutsideTheBasicPlaneAreUtf8AndLoneSurrogatesEscaped() {
        DossierEvent emoji = completed("Hồ sơ 😀, chữ Nôm 𠀧");
        assertThat(JSON.writeBytes(emoji)).isEqualTo(JSON.write(emoji).getBytes(UTF_8));
        assertThat(JSON.readEvent(JSON.writeBytes(emoji))).isEqualTo(emoji);
        // a String may hold half a pair, which UTF-8 cannot: the bytes escape it, and keep it
        DossierEvent half = completed("x\uD800y");
        assertThat(new String(JSON.writeBytes(half), UTF_8)).contains("x\\uD800y");
        assertThat(JSON.readEvent(JSON.writeBytes(half))).isEqualTo(half);
    }

    static DossierEvent completed(String note) {
        return new DossierEvent(3, LocalDateTime.of(2025, 1, 24, 16, 0), Actor.applicant("acc-001"),
                new EventData.Completed(note));
    }

    static Stream<Arguments> refusals() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "json.unknownEventType", Kind.EVENT, () -> mutate(EVENT_JSON, r -> at(r, "/event/data").put("type", "Teleported")));
        add(cases, "json.unknownFormType", Kind.EVENT, () -> mutate(EVENT_JSON, r -> at(r, "/event/data/form").put("form", "Leaflet")));
        add(cases, "json.formNotAllowed", Kind.EVENT, () -> mutate(EVENT_JSON, r -> {
            ObjectNode form = at(r, "/event/data/form");
            form.put("form", "StopNotice").remove(List.of("missing", "afterAppraisal", "late"));
        }));
        add(cases, "json.unknownField", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier/applicant").put("email", "an@example.vn")));
        add(cases, "json.unknownField", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> r.put("comment", "x")));
        add(cases, "json.unknownField", Kind.EVENT, () -> DOSSIER_JSON);
        add(cases, "json.missingField", Kind.EVENT, () -> mutate(EVENT_JSON, r -> at(r, "/event").remove("at")));
        add(cases, "json.missingField", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier/clock").remove("pauses")));
        add(cases, "json.wrongType", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier/limit").put("amount", "5")));
        add(cases, "json.wrongType", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier/limit").put("amount", 5.0)));
        add(cases, "json.wrongType", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier/clock").putObject("pauses")));
        add(cases, "json.wrongType", Kind.EVENT, () -> mutate(EVENT_JSON, r -> at(r, "/event/data/form").putArray("missing").add(7)));
        add(cases, "json.wrongType", Kind.DOSSIER, () -> "[" + DOSSIER_JSON + "]");
        add(cases, "json.wrongType", Kind.EVENTS, () -> "{\"schemaVersion\":1,\"events\":{}}");
        add(cases, "json.outOfRange", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier/limit").put("amount", 4_000_000_000L)));
        add(cases, "json.outOfRange", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("version", 0)));
        add(cases, "json.null", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier").putNull("code")));
        add(cases, "json.null", Kind.EVENT, () -> mutate(EVENT_JSON, r -> at(r, "/event").putNull("actor")));
        add(cases, "json.null", Kind.DOSSIER, () -> "null");
        for (String bad : new String[] {"2025-01-24 16:10:00", "2025-02-30T10:00:00", "2025-01-24T16:10:00.",
                "2025-01-24T24:00:00", "+12025-01-24T16:10:00.0000000001"}) {
            add(cases, "json.dateTime", Kind.EVENT, () -> mutate(EVENT_JSON, r -> at(r, "/event").put("at", bad)));
        }
        add(cases, "json.badEnum", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("channel", "FAX")));
        add(cases, "json.badEnum", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("state", 3)));
        add(cases, "json.badEnum", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier").putArray("state").add("Tạm dừng").addObject().put("a", 1.5)));
        add(cases, "json.invalid", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier/limit").put("amount", 0)));
        add(cases, "json.invalid", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier/clock/pauses/0").put("until", "2025-02-04T08:00:00")));
        add(cases, "json.invalid", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("id", "hs 1")));
        add(cases, "json.trailing", Kind.DOSSIER, () -> DOSSIER_JSON + " {}");
        add(cases, "json.trailing", Kind.DOSSIER, () -> DOSSIER_JSON + "\nxyz");
        add(cases, "json.malformed", Kind.DOSSIER, () -> "{\"schemaVersion\":1,");
        add(cases, "json.malformed", Kind.DOSSIER, () -> "{\"schemaVersion\":1,\"schemaVersion\":1}");
        add(cases, "json.malformed", Kind.DOSSIER, () -> DOSSIER_JSON.replace("\"name\":\"Nguyễn Văn An\"", "\"name\":\"Nguyễn Văn An\",\"name\":\"An\""));
        add(cases, "json.malformed", Kind.DOSSIER, () -> "/* x */ " + DOSSIER_JSON);
        add(cases, "json.malformed", Kind.DOSSIER, () -> DOSSIER_JSON.replace("Nguyễn Văn An\"", "Nguyễn Văn An"));
        add(cases, "json.malformed", Kind.DOSSIER, () -> DOSSIER_JSON.replace(":\"Nguyễn Văn An\"", ":Nguyễn"));
        add(cases, "json.malformed", Kind.DOSSIER, () -> "\uFEFF" + DOSSIER_JSON);
        add(cases, "json.malformed", Kind.DOSSIER, () -> "\u0000" + DOSSIER_JSON);
        add(cases, "json.empty", Kind.DOSSIER, () -> "  ");
        add(cases, "json.empty", Kind.EVENTS, () -> " \u2003\n");
        add(cases, "json.schemaVersionMissing", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> r.remove("schemaVersion")));
        add(cases, "json.schemaVersionUnsupported", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> r.put("schemaVersion", 2)));
        add(cases, "json.wrongType", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> r.put("schemaVersion", "1")));
        add(cases, "json.tooDeep", Kind.DOSSIER, () -> "{\"schemaVersion\":1,\"dossier\":" + "[".repeat(100) + "]".repeat(100) + "}");
        add(cases, "json.stringTooLong", Kind.DOSSIER, () -> mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("procedureCode", "ữ".repeat(70_000))));
        add(cases, "json.limit", Kind.DOSSIER, () -> "{\"" + "k".repeat(300) + "\":1}");
        add(cases, "json.limit", Kind.DOSSIER, () -> "{\"schemaVersion\":1" + "0".repeat(40) + "}");
        return cases.stream();
    }

    /** A case whose text is made when the test runs, on the test's own thread (see the class description). */
    private static void add(List<Arguments> cases, String code, Kind kind, Supplier<String> text) {
        cases.add(Arguments.of(code, kind, text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusals")
    void bytesAreRefusedAsTheirText(String code, Kind kind, Supplier<String> input) {
        String text = input.get();
        DvcJsonException asText = catchThrowableOfType(DvcJsonException.class, () -> kind.text.apply(text));
        assertThat(asText).as("refused as text").isNotNull();
        assertThat(asText.code()).isEqualTo(code);
        DvcJsonException asBytes = catchThrowableOfType(DvcJsonException.class,
                () -> kind.bytes.apply(text.getBytes(UTF_8)));
        assertThat(asBytes).as("refused as bytes").isNotNull();
        assertThat(asBytes.code()).isEqualTo(asText.code());
        assertThat(asBytes.path()).isEqualTo(asText.path());
        if (code.equals("json.stringTooLong")) {
            // where Jackson notices an over-long string depends on the buffers the other read left
            assertThat(asBytes.args().get(1)).isEqualTo(asText.args().get(1));
            return;
        }
        assertThat(asBytes.getMessage()).isEqualTo(asText.getMessage());
        assertThat(asBytes.message(Messages.VIETNAMESE)).isEqualTo(asText.message(Messages.VIETNAMESE));
        assertThat(comparable(asBytes.args())).isEqualTo(comparable(asText.args()));
    }

    /** Runs on a new thread (see the class description), throwing what the work throws. */
    static void onItsOwnThread(Runnable work) throws Throwable {
        FutureTask<Void> task = new FutureTask<>(work, null);
        new Thread(task, "dvc-json-test").start();
        try {
            task.get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    /** The arguments, with a domain exception (a new instance each time) as its class and message. */
    private static List<Object> comparable(List<Object> args) {
        return args.stream().map(a -> a instanceof Throwable t ? t.getClass() + ": " + t.getMessage() : a).toList();
    }

    static Stream<Arguments> malformedUtf8() {
        byte[] doc = EVENT_JSON.getBytes(UTF_8);
        int name = EVENT_JSON.indexOf("cb-0"); // ASCII, so the same offset in bytes
        return Stream.of(
                Arguments.of("a lone continuation byte", splice(doc, name, 0x80), name),
                Arguments.of("a byte that starts nothing", splice(doc, name, 0xFF), name),
                Arguments.of("an overlong '/'", splice(doc, name, 0xC0, 0xAF), name),
                Arguments.of("an overlong three-byte form", splice(doc, name, 0xE0, 0x80, 0xAF), name),
                Arguments.of("an encoded surrogate", splice(doc, name, 0xED, 0xA0, 0x80), name),
                Arguments.of("a code point above U+10FFFF", splice(doc, name, 0xF4, 0x90, 0x80, 0x80), name),
                Arguments.of("a cut sequence", splice(doc, name, 0xE1, 0xBB), name),
                Arguments.of("a cut sequence at the end", concat(doc, 0xC3), doc.length),
                Arguments.of("Latin-1", ("{\"schemaVersion\":1,\"event\":\"Tâm\"}").getBytes(StandardCharsets.ISO_8859_1),
                        "{\"schemaVersion\":1,\"event\":\"T".length()),
                Arguments.of("UTF-16 with a byte order mark", EVENT_JSON.getBytes(StandardCharsets.UTF_16), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedUtf8")
    void bytesThatAreNotUtf8AreRefused(String what, byte[] bytes, int offset) {
        DvcJsonException e = catchThrowableOfType(DvcJsonException.class, () -> JSON.readEvent(bytes));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("json.notUtf8");
        assertThat(e.path()).isEqualTo("$");
        assertThat(e.getMessage()).isEqualTo("The input is not well-formed UTF-8 at byte " + offset
                + " (counting from 0): expected JSON text encoded in UTF-8, as RFC 8259 requires.");
        assertThat(e.message(Messages.VIETNAMESE)).isEqualTo("Dữ liệu không phải UTF-8 hợp lệ tại byte " + offset
                + " (đếm từ 0): cần văn bản JSON mã hóa UTF-8 theo RFC 8259.");
    }

    @Test
    void utf16IsNotTakenForUtf8() {
        // ASCII text in UTF-16: well-formed UTF-8 (zeros and ASCII), which Jackson's byte parser would
        // decode as UTF-16; it is refused as the same text, zeros included, is refused
        String ascii = "{\"schemaVersion\":1,\"events\":[]}";
        byte[] utf16 = ascii.getBytes(StandardCharsets.UTF_16BE);
        DvcJsonException e = catchThrowableOfType(DvcJsonException.class, () -> JSON.readEvents(utf16));
        assertThat(e.code()).isEqualTo("json.malformed");
        assertThat(e.getMessage()).isEqualTo(catchThrowableOfType(DvcJsonException.class,
                () -> JSON.readEvents(new String(utf16, UTF_8))).getMessage());
        // Vietnamese text in UTF-16 is not even well-formed UTF-8
        assertThat(catchThrowableOfType(DvcJsonException.class,
                () -> JSON.readEvent(EVENT_JSON.getBytes(StandardCharsets.UTF_16LE))).code()).isEqualTo("json.notUtf8");
    }

    @Test
    void anOversizedDocumentIsCountedInBytes() {
        // fewer characters than the limit, more bytes: each 'ữ' is three bytes
        String text = "{\"schemaVersion\":1,\"dossier\":\"" + "ữ".repeat(DvcJson.MAX_DOCUMENT_BYTES / 3) + "\"}";
        assertThat(text.length()).isLessThan(DvcJson.MAX_DOCUMENT_CHARS);
        byte[] bytes = text.getBytes(UTF_8);
        DvcJsonException e = catchThrowableOfType(DvcJsonException.class, () -> JSON.readDossier(bytes));
        assertThat(e.code()).isEqualTo("json.tooManyBytes");
        assertThat(e.getMessage()).isEqualTo("The JSON document has " + bytes.length
                + " bytes: expected at most 4194304.");
        assertThat(e.message(Messages.VIETNAMESE)).isEqualTo("Tài liệu JSON dài " + bytes.length
                + " byte: tối đa 4194304 byte.");
        assertThatThrownBy(() -> JSON.readDossier((byte[]) null)).isInstanceOf(NullPointerException.class);
    }

    private static byte[] splice(byte[] doc, int at, int... bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(doc, 0, at);
        for (int b : bytes) {
            out.write(b);
        }
        out.write(doc, at, doc.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] doc, int... bytes) {
        return splice(doc, doc.length, bytes);
    }
}
