package vn.dvc.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.dvc.json.DvcJsonStrictReadingTest.DOSSIER_JSON;
import static vn.dvc.json.DvcJsonStrictReadingTest.EVENT_JSON;
import static vn.dvc.json.DvcJsonStrictReadingTest.PLAIN;
import static vn.dvc.json.DvcJsonStrictReadingTest.at;
import static vn.dvc.json.DvcJsonStrictReadingTest.mutate;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import vn.dvc.deadline.TimeLimit;
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierEvent;

/**
 * Reading token by token: fields in any order, discriminators anywhere in their object, and, when
 * a document has several faults, the same one reported as when documents were read as trees.
 *
 * <p>Every test runs on a thread of its own: Jackson keeps its parsing buffers per thread, and
 * {@link DvcJsonStrictReadingTest#anOverlongString()} expects the column at which Jackson notices an
 * over-long string, which depends on the sizes of the buffers earlier reads left on the thread (it
 * fails after {@link DvcJsonRoundTripTest} as well).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DvcJsonStreamingTest {

    static final DvcJson JSON = DvcJson.create();

    /** Shuffles the fields of every object, the document's own included. */
    static String shuffled(String json, Random random) {
        try {
            JsonNode root = PLAIN.readTree(json);
            shuffle(root, random);
            return PLAIN.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static void shuffle(JsonNode node, Random random) {
        if (node instanceof ObjectNode o) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(o.properties());
            Collections.shuffle(fields, random);
            o.removeAll();
            fields.forEach(f -> o.set(f.getKey(), f.getValue()));
        }
        node.forEach(child -> shuffle(child, random));
    }

    @Test
    void fieldsAreReadInAnyOrder() {
        Random random = new Random(20250124);
        int discriminatorsLater = 0;
        for (Lifecycles.Run run : Lifecycles.all()) {
            for (Dossier d : run.states) {
                String text = shuffled(JSON.write(d), random);
                assertThat(JSON.readDossier(text)).as(text).isEqualTo(d);
                assertThat(JSON.readDossier(text.getBytes(UTF_8))).isEqualTo(d);
            }
            String trail = shuffled(JSON.writeEvents(run.trail), random);
            assertThat(JSON.readEvents(trail)).isEqualTo(run.trail);
            assertThat(JSON.readEvents(trail.getBytes(UTF_8))).isEqualTo(run.trail);
            discriminatorsLater += count(trail, "\"data\":{\"") - count(trail, "\"data\":{\"type\"");
        }
        assertThat(discriminatorsLater).as("data objects whose type is not first").isPositive();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theSchemaVersionMayComeLastAndIsStillCheckedFirst() {
        String last = "{\"dossier\":" + plainDossier() + ",\"schemaVersion\":1}";
        assertThat(JSON.readDossier(last)).isEqualTo(DvcJsonStrictReadingTest.DOSSIER);
        String newer = "{\"dossier\":{\"id\":\"hs 1\",\"teleported\":true},\"schemaVersion\":2}";
        refused(() -> JSON.readDossier(newer), "json.schemaVersionUnsupported", "$.schemaVersion");
        refused(() -> JSON.readDossier("{\"dossier\":{\"id\":7},\"comment\":1,\"schemaVersion\":1}"),
                "json.unknownField", "$");
        refused(() -> JSON.readDossier("{\"dossier\":{\"id\":7},\"schemaVersion\":1}"), "json.wrongType",
                "$.dossier.id");
    }

    private static String plainDossier() {
        try {
            return PLAIN.writeValueAsString(PLAIN.readTree(DOSSIER_JSON).get("dossier"));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDiscriminatorAfterOtherFieldsNamesTheSamePlaces() {
        String typeLast = mutate(EVENT_JSON, r -> moveToEnd(at(r, "/event/data"), "type"));
        assertThat(JSON.readEvent(typeLast)).isEqualTo(DvcJsonStrictReadingTest.EVENT);
        String unknownType = mutate(typeLast, r -> at(r, "/event/data").put("type", "Teleported"));
        refused(() -> JSON.readEvent(unknownType), "json.unknownEventType", "$.event.data.type");
        String missingType = mutate(typeLast, r -> at(r, "/event/data").remove("type"));
        refused(() -> JSON.readEvent(missingType), "json.missingField", "$.event.data");
        String formLast = mutate(typeLast, r -> moveToEnd(at(r, "/event/data/form"), "form"));
        assertThat(JSON.readEvent(formLast)).isEqualTo(DvcJsonStrictReadingTest.EVENT);
        String deep = mutate(formLast, r -> ((ArrayNode) at(r, "/event/data/form").get("missing")).removeAll().add("a").add(7));
        refused(() -> JSON.readEvent(deep), "json.wrongType", "$.event.data.form.missing[1]");
        String otherForm = mutate(formLast, r -> {
            ObjectNode form = at(r, "/event/data/form");
            form.put("form", "StopNotice").remove(List.of("missing", "afterAppraisal", "late"));
        });
        refused(() -> JSON.readEvent(otherForm), "json.formNotAllowed", "$.event.data.form.form");
        String extra = mutate(typeLast, r -> at(r, "/event/data").put("email", "x"));
        refused(() -> JSON.readEvent(extra), "json.unknownField", "$.event.data");
    }

    private static void moveToEnd(ObjectNode o, String field) {
        JsonNode value = o.remove(field);
        o.set(field, value);
    }

    @Test
    void ofSeveralFaultsTheFirstInTheFormatsOrderIsReported() {
        // an unknown field comes before any value of its object
        String unknownLast = mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("channel", "FAX").put("zzz", 1));
        refused(() -> JSON.readDossier(unknownLast), "json.unknownField", "$.dossier");
        // a missing field comes before a wrong value later in the format's order
        String missingFirst = mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("state", "LOST").remove("id"));
        refused(() -> JSON.readDossier(missingFirst), "json.missingField", "$.dossier");
        // the format's order, not the document's
        String stateBeforeChannel = mutate(DOSSIER_JSON, r -> {
            ObjectNode d = at(r, "/dossier");
            d.remove(List.of("state", "channel"));
            d.put("state", "LOST").put("channel", "FAX");
        });
        refused(() -> JSON.readDossier(stateBeforeChannel), "json.badEnum", "$.dossier.channel");
        // a bad discriminator comes before unknown fields, wherever it is
        refused(() -> JSON.readEvent(mutate(EVENT_JSON, r -> at(r, "/event/data").put("type", "Teleported")
                .put("email", "x"))), "json.unknownEventType", "$.event.data.type");
        // malformed JSON and trailing content, anywhere, come before the content's faults
        String bad = mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("channel", "FAX"));
        refused(() -> JSON.readDossier(bad.substring(0, bad.length() - 1)), "json.malformed", "$");
        refused(() -> JSON.readDossier(bad + " x"), "json.trailing", "$");
        refused(() -> JSON.readDossier(bad.replace("\"state\"", "\"code\":\"a\",\"code\"")), "json.malformed", "$");
        DvcJsonException duplicate = catchThrowableOfType(DvcJsonException.class,
                () -> JSON.readDossier(bad.replace("\"state\"", "\"code\":\"a\",\"code\"")));
        assertThat(duplicate.getMessage()).contains("(Duplicate field 'code')");
    }

    @Test
    void theModuleReadsFromTheParserItIsGiven() throws Exception {
        ObjectMapper mapper = DvcJson.objectMapper();
        Map<String, List<TimeLimit>> limits = mapper.readValue(
                "{\"a\":[{\"unit\":\"WORKING_DAYS\",\"amount\":5}],\"b\":[]}", new TypeReference<>() { });
        assertThat(limits).containsEntry("a", List.of(TimeLimit.workingDays(5)));
        DvcJsonException e = catchThrowableOfType(DvcJsonException.class, () -> mapper.readValue(
                "{\"a\":[{\"amount\":1,\"unit\":\"WEEKS\"}]}", new TypeReference<Map<String, List<TimeLimit>>>() { }));
        assertThat(e.path()).isEqualTo("$.a[0].unit");
        List<DossierEvent> events = mapper.readValue(shuffled(mapper.writeValueAsString(
                Lifecycles.approvedAndReturned().trail), new Random(7)), new TypeReference<>() { });
        assertThat(events).isEqualTo(Lifecycles.approvedAndReturned().trail);
        // a mapper of the caller's own, without duplicate detection: dvc's values still refuse duplicates
        ObjectMapper lenient = new ObjectMapper().registerModule(new DvcJsonModule());
        JsonParseException d = catchThrowableOfType(JsonParseException.class,
                () -> lenient.readValue("{\"amount\":1,\"amount\":2,\"unit\":\"WORKING_DAYS\"}", TimeLimit.class));
        assertThat(d.getOriginalMessage()).isEqualTo("Duplicate field 'amount'");
    }

    static void refused(Executable read, String code, String path) {
        DvcJsonException e = catchThrowableOfType(DvcJsonException.class, () -> {
            try {
                read.execute();
            } catch (Throwable t) {
                throw t instanceof Exception x ? x : new RuntimeException(t);
            }
        });
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        assertThat(e.path()).isEqualTo(path);
    }
}
