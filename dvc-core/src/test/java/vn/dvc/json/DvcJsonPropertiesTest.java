package vn.dvc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.dvc.dossier.Actor;
import vn.dvc.dossier.DossierEvent;
import vn.dvc.dossier.EventData;
import vn.dvc.i18n.Messages;

class DvcJsonPropertiesTest {

    static final DvcJson JSON = DvcJson.create();

    @Property(tries = 300)
    void anyTextAndAnyMomentReadBackEqual(@ForAll String note, @ForAll("moments") LocalDateTime at) {
        DossierEvent e = new DossierEvent(3, at, Actor.applicant("acc-001"), new EventData.Completed(note));
        String text = JSON.write(e);
        assertThat(JSON.readEvent(text)).isEqualTo(e);
        assertThat(JSON.readEvents(JSON.writeEvents(List.of(e, e)))).containsExactly(e, e);
    }

    @Provide
    Arbitrary<LocalDateTime> moments() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(
                LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                LocalDateTime.of(2199, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000));
        return seconds.flatMap(s -> nanos.map(n -> LocalDateTime.ofEpochSecond(s, n, ZoneOffset.UTC)));
    }

    @Test
    void aNullInsideADomainValueIsRefusedOnWriting() {
        DossierEvent e = new DossierEvent(3, LocalDateTime.of(2025, 1, 24, 16, 0), Actor.applicant("acc-001"),
                new EventData.Completed(null));
        DvcJsonException x = catchThrowableOfType(DvcJsonException.class, () -> JSON.write(e));
        assertThat(x.code()).isEqualTo("json.writeNull");
        assertThat(x.getMessage()).isEqualTo("Cannot write Completed as JSON: its field note is null, and dvc's JSON"
                + " has no nulls.");
        assertThat(catchThrowableOfType(DvcJsonException.class, () -> JSON.writeEvents(List.of(e))).code())
                .isEqualTo("json.writeNull");
    }

    @Test
    void everyJsonMessageExistsInBothLanguages() throws IOException {
        Set<String> en = jsonKeys("/vn/dvc/i18n/messages.properties");
        Set<String> vi = jsonKeys("/vn/dvc/i18n/messages_vi.properties");
        assertThat(vi).isEqualTo(en);
        for (JsonType t : JsonType.values()) {
            assertThat(en).contains(t.code());
            assertThat(t.message(Messages.VIETNAMESE)).isNotBlank();
            if (t != JsonType.NULL) {
                assertThat(t.message(Messages.VIETNAMESE)).isNotEqualTo(t.message(Locale.ENGLISH));
            }
        }
        for (String key : en) {
            Object[] args = {"$.x", 1, 2, 3, 4};
            assertThat(Messages.format(Messages.VIETNAMESE, key, args)).isNotBlank();
            assertThat(Messages.english(key, args)).isNotBlank();
        }
    }

    private static Set<String> jsonKeys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DvcJsonPropertiesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("json."))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
