package vn.dvc.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.Pause;
import vn.dvc.deadline.TimeLimit;
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierEvent;
import vn.dvc.dossier.EventData;
import vn.dvc.dossier.Form;
import vn.dvc.dossier.FormEdition;

class DvcJsonRoundTripTest {

    static final DvcJson JSON = DvcJson.create();
    static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void theLifecyclesProduceEveryEventTypeAndEveryForm() {
        Set<String> events = new TreeSet<>();
        Set<String> forms = new TreeSet<>();
        Set<FormEdition> editions = new HashSet<>();
        for (Lifecycles.Run run : Lifecycles.all()) {
            for (DossierEvent e : run.trail) {
                events.add(e.type());
                e.data().producedForm().ifPresent(f -> {
                    forms.add(f.getClass().getSimpleName());
                    editions.add(f.edition());
                });
            }
        }
        assertThat(events).containsExactlyInAnyOrderElementsOf(simpleNames(EventData.class));
        assertThat(forms).containsExactlyInAnyOrderElementsOf(simpleNames(Form.class));
        assertThat(editions).containsExactlyInAnyOrder(FormEdition.values());
        assertThat(Decoder.EVENT_TYPES).containsExactlyInAnyOrderElementsOf(simpleNames(EventData.class));
        assertThat(Decoder.FORM_TYPES).containsExactlyInAnyOrderElementsOf(simpleNames(Form.class));
    }

    @Test
    void everyDossierOnTheWayReadsBackEqual() {
        for (Lifecycles.Run run : Lifecycles.all()) {
            for (Dossier d : run.states) {
                String text = JSON.write(d);
                assertThat(JSON.readDossier(text)).as(text).isEqualTo(d);
                assertThat(JSON.write(JSON.readDossier(text))).isEqualTo(text);
            }
        }
    }

    @Test
    void eventTrailsReadBackEqualAndReplayToTheSameDossier() {
        for (Lifecycles.Run run : Lifecycles.all()) {
            String text = JSON.writeEvents(run.trail);
            List<DossierEvent> back = JSON.readEvents(text);
            assertThat(back).isEqualTo(run.trail);
            assertThat(Dossier.replay(back)).isEqualTo(run.dossier);
            for (DossierEvent e : run.trail) {
                assertThat(JSON.readEvent(JSON.write(e))).isEqualTo(e);
            }
        }
        assertThat(JSON.readEvents(JSON.writeEvents(List.of()))).isEmpty();
        assertThat(JSON.writeEvents(List.of())).isEqualTo("{\"schemaVersion\":1,\"events\":[]}");
    }

    @Test
    void theJsonFieldsAreTheRecordComponents() throws IOException {
        // Dossier is a value class, not a record: its values are its public accessors
        assertThat(Decoder.DOSSIER).containsExactlyInAnyOrderElementsOf(Arrays.stream(Dossier.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
                        && !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
                .map(java.lang.reflect.Method::getName)
                .filter(n -> !List.of("hashCode", "toString", "currentAgency").contains(n))
                .collect(Collectors.toList()));
        assertThat(Decoder.EVENT).containsExactlyElementsOf(components(DossierEvent.class));
        assertThat(Decoder.CLOCK).containsExactlyElementsOf(components(DossierClock.class));
        assertThat(Decoder.PAUSE).containsExactlyElementsOf(components(Pause.class));
        assertThat(Decoder.TIME_LIMIT).containsExactlyElementsOf(components(TimeLimit.class));
        assertThat(Decoder.EXTENSION).containsExactlyElementsOf(components(vn.dvc.deadline.Extension.class));
        assertThat(Decoder.ACTOR).containsExactlyElementsOf(components(vn.dvc.dossier.Actor.class));
        assertThat(Decoder.APPLICANT).containsExactlyElementsOf(components(vn.dvc.dossier.Applicant.class));
        assertThat(Decoder.POSITION).containsExactlyElementsOf(components(vn.dvc.dossier.Position.class));
        // event data and forms: every component is written, in order, unless it is an empty Optional
        for (Lifecycles.Run run : Lifecycles.all()) {
            for (DossierEvent e : run.trail) {
                JsonNode data = PLAIN.readTree(JSON.write(e)).get("event").get("data");
                assertThat(data.get("type").asText()).isEqualTo(e.type());
                assertWrittenComponents(e.data(), data, "type");
                Optional<Form> form = e.data().producedForm();
                if (form.isPresent()) {
                    assertThat(data.get("form").get("form").asText()).isEqualTo(form.get().getClass().getSimpleName());
                    assertWrittenComponents(form.get(), data.get("form"), "form");
                }
            }
        }
    }

    private static void assertWrittenComponents(Object r, JsonNode node, String discriminator) {
        List<String> expected = new ArrayList<>();
        expected.add(discriminator);
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (!(value instanceof Optional<?> o && o.isEmpty())) {
                expected.add(c.getName());
            }
        }
        List<String> written = new ArrayList<>();
        node.fieldNames().forEachRemaining(written::add);
        assertThat(written).as("%s", r.getClass()).containsExactlyElementsOf(expected);
    }

    /** The golden sample pins the format: field names, order, date-times, enums, discriminators. */
    @Test
    void theReceivedEventMatchesTheGoldenSample() throws IOException {
        DossierEvent received = Lifecycles.approvedAndReturned().trail.get(3);
        assertThat(received.data()).isInstanceOf(EventData.Received.class);
        String golden = resource("received-event.json");
        String compactGolden = PLAIN.writeValueAsString(PLAIN.readTree(golden));
        assertThat(JSON.write(received)).isEqualTo(compactGolden);
        assertThat(JSON.readEvent(golden)).isEqualTo(received);
    }

    @Test
    void dateTimesAlwaysHaveSecondsAndAFractionOnlyWhenNeeded() throws IOException {
        List<DossierEvent> trail = Lifecycles.approvedAndReturned().trail;
        JsonNode events = PLAIN.readTree(JSON.writeEvents(trail)).get("events");
        assertThat(events.get(0).get("at").asText()).isEqualTo("2025-01-24T15:50:00");
        assertThat(events.get(8).get("at").asText()).isEqualTo("2025-02-05T11:00:30.25");
        assertThat(events.get(8).get("actor").has("agency")).isFalse();
        // an open pause has no "until"
        Dossier stopped = Lifecycles.stopped().dossier;
        JsonNode pause = PLAIN.readTree(JSON.write(stopped)).get("dossier").get("clock").get("pauses").get(0);
        assertThat(pause.has("until")).isFalse();
        assertThat(JSON.readDossier(JSON.write(stopped)).clock().orElseThrow().isPaused()).isTrue();
    }

    @Test
    void theModuleWritesWhatTheFacadeWritesAndReadsItBack() throws IOException {
        ObjectMapper mapper = DvcJson.objectMapper();
        for (Lifecycles.Run run : Lifecycles.all()) {
            String viaModule = mapper.writeValueAsString(run.dossier);
            JsonNode viaFacade = PLAIN.readTree(JSON.write(run.dossier)).get("dossier");
            assertThat(viaModule).isEqualTo(PLAIN.writeValueAsString(viaFacade));
            assertThat(mapper.readValue(viaModule, Dossier.class)).isEqualTo(run.dossier);
            String events = mapper.writeValueAsString(run.trail);
            assertThat(mapper.readValue(events, new TypeReference<List<DossierEvent>>() { })).isEqualTo(run.trail);
        }
        assertThat(mapper.writeValueAsString(TimeLimit.workingDays(5))).isEqualTo("{\"amount\":5,\"unit\":\"WORKING_DAYS\"}");
        assertThat(mapper.readValue("{\"amount\":4,\"unit\":\"WORKING_HOURS\"}", TimeLimit.class))
                .isEqualTo(TimeLimit.workingHours(4));
    }

    private static List<String> simpleNames(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses()).map(Class::getSimpleName).collect(Collectors.toList());
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toList());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DvcJsonRoundTripTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> i = node.fieldNames(); i.hasNext();) {
            out.add(i.next());
        }
        return out;
    }
}
