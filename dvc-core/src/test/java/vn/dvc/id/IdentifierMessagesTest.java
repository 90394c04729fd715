package vn.dvc.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every identifier message exists in English and in Vietnamese. */
class IdentifierMessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IdentifierMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p, String prefix) {
        return p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @CsvSource({
        "/vn/dvc/i18n/messages.properties,        /vn/dvc/i18n/messages_vi.properties,        id.",
        "/ValidationMessages.properties,            /ValidationMessages_vi.properties,            vn.dvc.id.",
        "/ContributorValidationMessages.properties, /ContributorValidationMessages_vi.properties, vn.dvc.id.",
    })
    void bothLanguagesHaveTheSameKeys(String english, String vietnamese, String prefix) throws IOException {
        Set<String> en = keys(load(english), prefix);
        Set<String> vi = keys(load(vietnamese), prefix);
        assertThat(en).isNotEmpty();
        assertThat(vi).isEqualTo(en);
        for (String k : vi) {
            assertThat(load(vietnamese).getProperty(k)).as(k).isNotEqualTo(load(english).getProperty(k));
        }
    }

    @ParameterizedTest
    @CsvSource({"/ValidationMessages.properties, /ContributorValidationMessages.properties",
        "/ValidationMessages_vi.properties, /ContributorValidationMessages_vi.properties"})
    void contributorBundlesRepeatTheValidationMessages(String main, String contributor) throws IOException {
        assertThat(load(contributor)).isEqualTo(load(main));
    }
}
