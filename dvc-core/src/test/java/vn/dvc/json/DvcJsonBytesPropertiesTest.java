package vn.dvc.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import vn.dvc.dossier.DossierEvent;

/** Properties of the UTF-8 byte forms (reads run on their own threads, see {@link DvcJsonStreamingTest}). */
class DvcJsonBytesPropertiesTest {

    static final DvcJson JSON = DvcJson.create();

    @Property(tries = 300)
    void anyTextReadsBackEqualFromBytes(@ForAll String note) throws Throwable {
        DvcJsonBytesTest.onItsOwnThread(() -> {
            DossierEvent e = DvcJsonBytesTest.completed(note);
            assertThat(JSON.readEvent(JSON.writeBytes(e))).isEqualTo(e);
            assertThat(JSON.readEvents(JSON.writeEventsBytes(List.of(e, e)))).containsExactly(e, e);
        });
    }

    @Property(tries = 3000)
    void theUtf8CheckAgreesWithTheJdksStrictDecoder(@ForAll("nearlyUtf8") byte[] bytes) {
        CharsetDecoder strict = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = strict.decode(in, CharBuffer.allocate(2 * bytes.length + 2), true);
        assertThat(Utf8.firstMalformed(bytes)).isEqualTo(result.isError() ? in.position() : -1);
    }

    /** Runs of ASCII (longer than the check's blocks), encoded characters of every length, and stray bytes. */
    @Provide
    Arbitrary<byte[]> nearlyUtf8() {
        Arbitrary<byte[]> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40).map(t -> t.getBytes(UTF_8));
        Arbitrary<byte[]> encoded = Arbitraries.integers().between(0x80, 0x10FFFF)
                .filter(c -> c < 0xD800 || c > 0xDFFF).map(c -> new String(Character.toChars(c)).getBytes(UTF_8));
        Arbitrary<byte[]> stray = Arbitraries.of(0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xF8, 0xFF, 0x00).map(b -> new byte[] {(byte) (int) b});
        return Arbitraries.frequencyOf(Tuple.of(4, ascii), Tuple.of(4, encoded),
                Tuple.of(1, stray)).list().ofMaxSize(12).map(parts -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    parts.forEach(out::writeBytes);
                    return out.toByteArray();
                });
    }
}
