package vn.dvc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.dvc.InvalidInputException;
import vn.dvc.deadline.ClockStateException;
import vn.dvc.deadline.InvalidTimeLimitException;
import vn.dvc.deadline.TimeLimit;
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierEvent;
import vn.dvc.i18n.Messages;

/** One test per way a document can be refused, with the exact English message. */
class DvcJsonStrictReadingTest {

    static final DvcJson JSON = DvcJson.create();
    static final ObjectMapper PLAIN = new ObjectMapper();
    static final Dossier DOSSIER = Lifecycles.approvedAndReturned().dossier;
    static final String DOSSIER_JSON = JSON.write(DOSSIER);
    /** The SupplementRequested event of the approved dossier. */
    static final DossierEvent EVENT = Lifecycles.approvedAndReturned().trail.get(5);
    static final String EVENT_JSON = JSON.write(EVENT);

    static String mutate(String json, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) PLAIN.readTree(json);
            change.accept(root);
            return PLAIN.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    static DvcJsonException refused(Executable read, String code, String path, String english) {
        DvcJsonException e = catchThrowableOfType(DvcJsonException.class, () -> {
            try {
                read.execute();
            } catch (Throwable t) {
                throw t instanceof Exception x ? x : new RuntimeException(t);
            }
        });
        assertThat(e).as("no exception").isNotNull();
        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).isEqualTo(english);
        assertThat(e.message(Messages.VIETNAMESE)).isNotEqualTo(english);
        return e;
    }

    @Test
    void theUnchangedDocumentsAreRead() {
        assertThat(JSON.readDossier(DOSSIER_JSON)).isEqualTo(DOSSIER);
        assertThat(JSON.readEvent(EVENT_JSON)).isEqualTo(EVENT);
    }

    @Test
    void anUnknownEventType() {
        String json = mutate(EVENT_JSON, r -> at(r, "/event/data").put("type", "Teleported"));
        refused(() -> JSON.readEvent(json), "json.unknownEventType", "$.event.data.type",
                "Unknown event type \"Teleported\" at $.event.data.type: expected one of Submitted, CompletionRequested,"
                        + " Completed, Received, ReceiptRefused, HandedOver, SupplementRequested, Supplemented,"
                        + " FinancialObligationRequested, FinancialObligationConfirmed, WithdrawalRequested,"
                        + " WithdrawalAccepted, WithdrawalDeclined, ProcessingStopped, Approved, Rejected, Extended,"
                        + " ResultReturned.");
    }

    @Test
    void anUnknownFormType() {
        String json = mutate(EVENT_JSON, r -> at(r, "/event/data/form").put("form", "Leaflet"));
        refused(() -> JSON.readEvent(json), "json.unknownFormType", "$.event.data.form.form",
                "Unknown form \"Leaflet\" at $.event.data.form.form: expected one of ReceiptSlip, SupplementRequest,"
                        + " Refusal, Apology, StopNotice, ControlSlipEntry.");
    }

    @Test
    void aKnownFormWhereAnotherBelongs() {
        String json = mutate(EVENT_JSON, r -> {
            ObjectNode form = at(r, "/event/data/form");
            form.put("form", "StopNotice").remove(java.util.List.of("missing", "afterAppraisal", "late"));
        });
        refused(() -> JSON.readEvent(json), "json.formNotAllowed", "$.event.data.form.form",
                "The form \"StopNotice\" at $.event.data.form.form does not belong here: expected SupplementRequest.");
    }

    @Test
    void anUnknownField() {
        String json = mutate(DOSSIER_JSON, r -> at(r, "/dossier/applicant").put("email", "an@example.vn"));
        refused(() -> JSON.readDossier(json), "json.unknownField", "$.dossier.applicant",
                "Unknown field \"email\" at $.dossier.applicant: expected only the fields kind, name, identifier.");
        String envelope = mutate(DOSSIER_JSON, r -> r.put("comment", "x"));
        refused(() -> JSON.readDossier(envelope), "json.unknownField", "$",
                "Unknown field \"comment\" at $: expected only the fields schemaVersion, dossier.");
    }

    @Test
    void aMissingField() {
        String json = mutate(EVENT_JSON, r -> at(r, "/event").remove("at"));
        refused(() -> JSON.readEvent(json), "json.missingField", "$.event",
                "Missing field \"at\" at $.event: expected a date-time string such as 2025-01-24T16:10:00.");
        String list = mutate(DOSSIER_JSON, r -> at(r, "/dossier/clock").remove("pauses"));
        refused(() -> JSON.readDossier(list), "json.missingField", "$.dossier.clock",
                "Missing field \"pauses\" at $.dossier.clock: expected an array.");
        // a dossier document is not an event document
        refused(() -> JSON.readEvent(DOSSIER_JSON), "json.unknownField", "$",
                "Unknown field \"dossier\" at $: expected only the fields schemaVersion, event.");
    }

    @Test
    void aWrongJsonType() {
        String json = mutate(DOSSIER_JSON, r -> at(r, "/dossier/limit").put("amount", "5"));
        refused(() -> JSON.readDossier(json), "json.wrongType", "$.dossier.limit.amount",
                "Wrong JSON type at $.dossier.limit.amount: expected a whole number, found a string.");
        String decimal = mutate(DOSSIER_JSON, r -> at(r, "/dossier/limit").put("amount", 5.0));
        refused(() -> JSON.readDossier(decimal), "json.wrongType", "$.dossier.limit.amount",
                "Wrong JSON type at $.dossier.limit.amount: expected a whole number, found a number with a fraction or"
                        + " an exponent.");
        String bool = mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("completionRequested", "true"));
        refused(() -> JSON.readDossier(bool), "json.wrongType", "$.dossier.completionRequested",
                "Wrong JSON type at $.dossier.completionRequested: expected true or false, found a string.");
        String array = mutate(DOSSIER_JSON, r -> at(r, "/dossier/clock").putObject("pauses"));
        refused(() -> JSON.readDossier(array), "json.wrongType", "$.dossier.clock.pauses",
                "Wrong JSON type at $.dossier.clock.pauses: expected an array, found an object.");
        String element = mutate(EVENT_JSON, r -> at(r, "/event/data/form").putArray("missing").add(7));
        refused(() -> JSON.readEvent(element), "json.wrongType", "$.event.data.form.missing[0]",
                "Wrong JSON type at $.event.data.form.missing[0]: expected a string, found a whole number.");
        refused(() -> JSON.readDossier("[" + DOSSIER_JSON + "]"), "json.wrongType", "$",
                "Wrong JSON type at $: expected an object, found an array.");
    }

    @Test
    void aNumberOutOfRange() {
        String json = mutate(DOSSIER_JSON, r -> at(r, "/dossier/limit").put("amount", 4_000_000_000L));
        refused(() -> JSON.readDossier(json), "json.outOfRange", "$.dossier.limit.amount",
                "The number 4000000000 at $.dossier.limit.amount is out of range: expected a whole number from"
                        + " -2147483648 to 2147483647.");
        String version = mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("version", 0));
        refused(() -> JSON.readDossier(version), "json.outOfRange", "$.dossier.version",
                "The number 0 at $.dossier.version is out of range: expected a whole number from 1 to"
                        + " 9223372036854775807.");
    }

    @Test
    void aNullWhereNoneIsAllowed() {
        String optional = mutate(DOSSIER_JSON, r -> at(r, "/dossier").putNull("code"));
        refused(() -> JSON.readDossier(optional), "json.null", "$.dossier.code",
                "null at $.dossier.code: expected a string. dvc's JSON has no nulls: an empty optional value is written"
                        + " by leaving its field out.");
        String required = mutate(EVENT_JSON, r -> at(r, "/event").putNull("actor"));
        refused(() -> JSON.readEvent(required), "json.null", "$.event.actor",
                "null at $.event.actor: expected an object. dvc's JSON has no nulls: an empty optional value is written"
                        + " by leaving its field out.");
        // and an absent optional field is simply empty
        String absent = mutate(DOSSIER_JSON, r -> at(r, "/dossier").remove("code"));
        assertThat(JSON.readDossier(absent).code()).isEmpty();
    }

    @Test
    void aMalformedDateTime() {
        for (String bad : new String[] {"2025-01-24 16:10:00", "2025-01-24T16:10", "2025-02-30T10:00:00",
                "2025-1-24T16:10:00", "2025-01-24T16:10:00.", "2025-01-24T16:10:00Z", "2025-01-24T24:00:00"}) {
            String json = mutate(EVENT_JSON, r -> at(r, "/event").put("at", bad));
            refused(() -> JSON.readEvent(json), "json.dateTime", "$.event.at",
                    "Malformed date-time \"" + bad + "\" at $.event.at: expected an ISO-8601 local date-time"
                            + " yyyy-MM-ddTHH:mm:ss, with an optional fraction of a second, e.g. 2025-01-24T16:10:00.");
        }
        String number = mutate(EVENT_JSON, r -> at(r, "/event").put("at", 1737709800));
        refused(() -> JSON.readEvent(number), "json.wrongType", "$.event.at",
                "Wrong JSON type at $.event.at: expected a date-time string such as 2025-01-24T16:10:00, found a whole"
                        + " number.");
        String fraction = mutate(EVENT_JSON, r -> at(r, "/event").put("at", "2025-02-04T09:00:00.500"));
        assertThat(JSON.readEvent(fraction).at()).isEqualTo(Lifecycles.t("2025-02-04T09:00:00.5"));
    }

    @Test
    void anInvalidEnumConstant() {
        String json = mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("channel", "FAX"));
        refused(() -> JSON.readDossier(json), "json.badEnum", "$.dossier.channel",
                "Invalid value \"FAX\" at $.dossier.channel: expected one of COUNTER, ONLINE, POST.");
        String lowerCase = mutate(DOSSIER_JSON, r -> at(r, "/dossier/limit").put("unit", "working_days"));
        refused(() -> JSON.readDossier(lowerCase), "json.badEnum", "$.dossier.limit.unit",
                "Invalid value \"working_days\" at $.dossier.limit.unit: expected one of WORKING_DAYS, WORKING_HOURS,"
                        + " CALENDAR_DAYS, WITHIN_DAY.");
        String ordinal = mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("state", 3));
        refused(() -> JSON.readDossier(ordinal), "json.badEnum", "$.dossier.state",
                "Invalid value 3 at $.dossier.state: expected one of SUBMITTED, COMPLETION_REQUESTED, RECEIVED, REFUSED,"
                        + " PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION, WITHDRAWAL_REQUESTED, WITHDRAWN,"
                        + " STOPPED, RESOLVED, RETURNED.");
    }

    @Test
    void aTimeLimitTheDomainRefuses() {
        String json = mutate(DOSSIER_JSON, r -> at(r, "/dossier/limit").put("amount", 0));
        String domain = catchThrowableOfType(InvalidTimeLimitException.class, () -> TimeLimit.workingDays(0)).getMessage();
        DvcJsonException e = refused(() -> JSON.readDossier(json), "json.invalid", "$.dossier.limit",
                "Invalid value at $.dossier.limit: " + domain);
        assertThat(e.getCause()).isInstanceOf(InvalidTimeLimitException.class);
        assertThat(((InvalidTimeLimitException) e.getCause()).code()).isEqualTo("limit.badAmount");
        // the Vietnamese message carries the domain's Vietnamese text
        assertThat(e.message(Messages.VIETNAMESE)).isEqualTo("Giá trị tại $.dossier.limit không hợp lệ: "
                + ((InvalidTimeLimitException) e.getCause()).message(Messages.VIETNAMESE));
    }

    @Test
    void aPauseEndingBeforeItStarts() {
        String json = mutate(DOSSIER_JSON, r -> at(r, "/dossier/clock/pauses/0").put("until", "2025-02-04T08:00:00"));
        DvcJsonException e = refused(() -> JSON.readDossier(json), "json.invalid", "$.dossier.clock.pauses[0]",
                "Invalid value at $.dossier.clock.pauses[0]: "
                        + ((InvalidInputException) catchThrowableOfType(ClockStateException.class, () ->
                                new vn.dvc.deadline.Pause(Lifecycles.t("2025-02-04T09:00"),
                                        java.util.Optional.of(Lifecycles.t("2025-02-04T08:00")),
                                        vn.dvc.deadline.PauseReason.SUPPLEMENT))).getMessage());
        assertThat(e.getCause()).isInstanceOf(ClockStateException.class);
        // a clock whose pauses overlap is refused by the clock
        String overlap = mutate(DOSSIER_JSON, r -> at(r, "/dossier/clock/pauses/1").put("from", "2025-02-04T10:00:00"));
        DvcJsonException o = catchThrowableOfType(DvcJsonException.class, () -> JSON.readDossier(overlap));
        assertThat(o.path()).isEqualTo("$.dossier.clock");
        assertThat(((InvalidInputException) o.getCause()).code()).isEqualTo("clock.overlappingPause");
        // a blank applicant name, an id with a space
        String blank = mutate(DOSSIER_JSON, r -> at(r, "/dossier/applicant").put("name", " "));
        assertThat(catchThrowableOfType(DvcJsonException.class, () -> JSON.readDossier(blank)).path())
                .isEqualTo("$.dossier.applicant");
        String id = mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("id", "hs 1"));
        assertThat(catchThrowableOfType(DvcJsonException.class, () -> JSON.readDossier(id)).path())
                .isEqualTo("$.dossier.id");
    }

    @Test
    void trailingGarbage() {
        refused(() -> JSON.readDossier(DOSSIER_JSON + " {}"), "json.trailing", "$",
                "Unexpected content after the end of the JSON document at line 1, column " + (DOSSIER_JSON.length() + 2)
                        + ": expected nothing but white space after the document.");
        refused(() -> JSON.readDossier(DOSSIER_JSON + "\nxyz"), "json.trailing", "$",
                "Unexpected content after the end of the JSON document at line 2, column 1: expected nothing but white"
                        + " space after the document.");
        assertThat(JSON.readDossier(DOSSIER_JSON + " \n\t ")).isEqualTo(DOSSIER);
    }

    @Test
    void malformedOrEmptyInput() {
        refused(() -> JSON.readDossier("{\"schemaVersion\":1,"), "json.malformed", "$",
                "The input is not well-formed JSON at line 1, column 20 (Unexpected end-of-input within/between Object"
                        + " entries): expected JSON as RFC 8259 writes it, without comments,"
                        + " single quotes, trailing commas or duplicate field names.");
        DvcJsonException duplicate = catchThrowableOfType(DvcJsonException.class,
                () -> JSON.readDossier("{\"schemaVersion\":1,\"schemaVersion\":1}"));
        assertThat(duplicate.code()).isEqualTo("json.malformed");
        assertThat(duplicate.getMessage()).contains("Duplicate field 'schemaVersion'");
        DvcJsonException comment = catchThrowableOfType(DvcJsonException.class,
                () -> JSON.readDossier("/* x */ " + DOSSIER_JSON));
        assertThat(comment.code()).isEqualTo("json.malformed");
        refused(() -> JSON.readDossier("  "), "json.empty", "$",
                "The input is empty: expected a JSON document such as {\"schemaVersion\":1, ...}.");
    }

    @Test
    void aMissingOrUnknownSchemaVersion() {
        String missing = mutate(DOSSIER_JSON, r -> r.remove("schemaVersion"));
        refused(() -> JSON.readDossier(missing), "json.schemaVersionMissing", "$",
                "The document has no schemaVersion: expected \"schemaVersion\":1 at its top level.");
        String future = mutate(DOSSIER_JSON, r -> {
            r.put("schemaVersion", 2);
            r.put("somethingNew", true);
        });
        refused(() -> JSON.readDossier(future), "json.schemaVersionUnsupported", "$.schemaVersion",
                "The document has schemaVersion 2: this version of dvc reads schemaVersion 1 only, so a newer document"
                        + " needs a newer dvc.");
        String text = mutate(DOSSIER_JSON, r -> r.put("schemaVersion", "1"));
        refused(() -> JSON.readDossier(text), "json.wrongType", "$.schemaVersion",
                "Wrong JSON type at $.schemaVersion: expected a whole number, found a string.");
    }

    @Test
    void anOversizedDocument() {
        String huge = "{\"schemaVersion\":1,\"dossier\":\"" + "x".repeat(DvcJson.MAX_DOCUMENT_CHARS) + "\"}";
        refused(() -> JSON.readDossier(huge), "json.tooLong", "$",
                "The JSON document has " + huge.length() + " characters: expected at most 4194304.");
    }

    @Test
    void aDeeplyNestedDocument() {
        String deep = "{\"schemaVersion\":1,\"dossier\":" + "[".repeat(100) + "]".repeat(100) + "}";
        refused(() -> JSON.readDossier(deep), "json.tooDeep", "$",
                "The JSON document is nested more than 64 levels deep at line 1, column 94: expected at most 64 levels.");
        // 64 levels are fine for the parser; the reader then refuses the shape
        String ok = "{\"schemaVersion\":1,\"dossier\":" + "[".repeat(63) + "]".repeat(63) + "}";
        assertThat(catchThrowableOfType(DvcJsonException.class, () -> JSON.readDossier(ok)).code())
                .isEqualTo("json.wrongType");
    }

    @Test
    void anOverlongString() {
        String json = mutate(DOSSIER_JSON, r -> at(r, "/dossier").put("procedureCode", "x".repeat(70_000)));
        DvcJsonException e = catchThrowableOfType(DvcJsonException.class, () -> JSON.readDossier(json));
        assertThat(e.code()).isEqualTo("json.stringTooLong");
        assertThat(e.path()).isEqualTo("$");
        // Jackson notices the excess at a buffer boundary that depends on what the thread parsed
        // before, so the column is only known to lie inside the string, past the limit
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "A string is longer than 65536 characters \\(found at line 1, column (\\d+)\\): expected at most 65536\\.")
                .matcher(e.getMessage());
        assertThat(m.matches()).as(e.getMessage()).isTrue();
        int first = json.indexOf("xxxx") + 1;
        assertThat(Integer.parseInt(m.group(1))).isBetween(first + 65_536, first + 70_001);
        assertThat(e.message(Messages.VIETNAMESE)).contains("65536").isNotEqualTo(e.getMessage());
    }

    @Test
    void anOverlongFieldName() {
        String key = "{\"" + "k".repeat(300) + "\":1}";
        refused(() -> JSON.readDossier(key), "json.limit", "$",
                "The JSON document exceeds a reading limit at line 1, column 304: Name length (300) exceeds the maximum"
                        + " allowed (256, from `StreamReadConstraints.getMaxNameLength()`).");
    }

    @Test
    void theVietnameseMessageSaysTheSame() {
        String json = mutate(DOSSIER_JSON, r -> at(r, "/dossier/limit").put("amount", "5"));
        DvcJsonException e = catchThrowableOfType(DvcJsonException.class, () -> JSON.readDossier(json));
        assertThat(e.message(Messages.VIETNAMESE))
                .isEqualTo("Sai kiểu JSON tại $.dossier.limit.amount: cần một số nguyên, nhận được một chuỗi.");
        assertThat(e.args()).containsExactly("$.dossier.limit.amount", JsonType.INTEGER, JsonType.STRING);
        String missing = mutate(EVENT_JSON, r -> at(r, "/event").remove("at"));
        assertThat(catchThrowableOfType(DvcJsonException.class, () -> JSON.readEvent(missing)).message(Messages.VIETNAMESE))
                .isEqualTo("Thiếu trường \"at\" tại $.event: cần một chuỗi ngày giờ như 2025-01-24T16:10:00.");
    }

    @Test
    void theModuleIsAsStrictOnItsOwn() {
        ObjectMapper mapper = DvcJson.objectMapper();
        assertThatThrownBy(() -> mapper.readValue("{\"amount\":0,\"unit\":\"WORKING_DAYS\"}", TimeLimit.class))
                .isInstanceOf(DvcJsonException.class).hasMessageStartingWith("Invalid value at $: ");
        assertThatThrownBy(() -> mapper.readValue("[{\"amount\":1,\"unit\":\"WEEKS\"}]",
                new com.fasterxml.jackson.core.type.TypeReference<java.util.List<TimeLimit>>() { }))
                .isInstanceOf(DvcJsonException.class)
                .hasMessage("Invalid value \"WEEKS\" at $[0].unit: expected one of WORKING_DAYS, WORKING_HOURS,"
                        + " CALENDAR_DAYS, WITHIN_DAY.");
        assertThatThrownBy(() -> mapper.readValue("null", TimeLimit.class)).isInstanceOf(DvcJsonException.class)
                .hasMessageStartingWith("null at $: expected an object.");
    }
}
