package vn.dvc.json;

import static vn.dvc.json.Fields.optional;
import static vn.dvc.json.Fields.required;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvc.Channel;
import vn.dvc.InvalidInputException;
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
 * Reads dvc's domain values token by token from a Jackson {@link JsonParser}, against explicit
 * field lists (the lists are the format; {@link Encoder} writes the same fields in the same order).
 * No tree is built: each value is read where it stands, into an array by field index, and the
 * object is checked (required fields) and built when it ends.
 *
 * <p><b>Order.</b> Fields are expected in the format's order, matched against pre-serialized names
 * without a symbol-table lookup, but may come in any order. An event's {@code data} and a form
 * carry their discriminator ({@code type}, {@code form}) first when dvc wrote them; if it comes
 * later, that one object is buffered (a {@link TokenBuffer}) until the discriminator is known.
 *
 * <p><b>Errors.</b> Each reader consumes exactly its value, even when it fails, so that the rest
 * of the document is still checked. A refusal is the one a reader of the whole tree reports first:
 * malformed JSON and limits anywhere in the document (they escape as Jackson exceptions at once),
 * then, within an object, a bad discriminator, then an unknown field, then the first field in the
 * format's order that is missing or wrong, then the domain's refusal of the whole object. So after
 * a failure an object is read to its end, validating only the fields that could still come first.
 *
 * <p>Duplicate field names are found by the field lists (a bit per field) rather than by Jackson's
 * duplicate detection, which costs a hash set per object; they are reported as Jackson reports them.
 *
 * <p>One instance reads one document (or one value, for {@link DvcJsonModule}); not thread-safe.
 */
final class Decoder {

    /** Reads one value at the parser's current token, consuming it even when it fails. */
    @FunctionalInterface
    interface Read<T> {
        T read(Decoder d) throws IOException;
    }

    /**
     * A field name given twice in one object: malformed JSON, reported with Jackson's message for
     * its own duplicate detection. {@link DvcJson} replaces it with Jackson's exact report.
     */
    static final class DuplicateFieldException extends JsonParseException {
        private static final long serialVersionUID = 1L;

        DuplicateFieldException(JsonParser p, String name) {
            super(p, "Duplicate field '" + name + "'");
        }
    }

    // -- value tables ---------------------------------------------------------------------------

    static final NameTable<Channel> CHANNELS = NameTable.of(Channel.values());
    static final NameTable<Role> ROLES = NameTable.of(Role.values());
    static final NameTable<ApplicantKind> APPLICANT_KINDS = NameTable.of(ApplicantKind.values());
    static final NameTable<StepKind> STEP_KINDS = NameTable.of(StepKind.values());
    static final NameTable<LimitUnit> LIMIT_UNITS = NameTable.of(LimitUnit.values());
    static final NameTable<PauseReason> PAUSE_REASONS = NameTable.of(PauseReason.values());
    static final NameTable<DossierState> DOSSIER_STATES = NameTable.of(DossierState.values());
    static final NameTable<Outcome> OUTCOMES = NameTable.of(Outcome.values());
    static final NameTable<FormEdition> FORM_EDITIONS = NameTable.of(FormEdition.values());
    static final NameTable<FormType> FORM_KINDS = NameTable.of(FormType.values());

    /** The event types, {@code type} values, in the order of {@link EventData}'s declaration. */
    static final List<String> EVENT_TYPES = List.of("Submitted", "CompletionRequested", "Completed", "Received",
            "ReceiptRefused", "HandedOver", "SupplementRequested", "Supplemented", "FinancialObligationRequested",
            "FinancialObligationConfirmed", "WithdrawalRequested", "WithdrawalAccepted", "WithdrawalDeclined",
            "ProcessingStopped", "Approved", "Rejected", "Extended", "ResultReturned");

    /** The form types, {@code form} values, in the order of {@link Form}'s declaration. */
    static final List<String> FORM_TYPES = List.of("ReceiptSlip", "SupplementRequest", "Refusal", "Apology",
            "StopNotice", "ControlSlipEntry");

    static final NameTable<String> EVENT_TYPE_NAMES = NameTable.of(EVENT_TYPES);
    static final NameTable<String> FORM_TYPE_NAMES = NameTable.of(FORM_TYPES);

    // Indexes into EVENT_TYPES and FORM_TYPES.
    static final int SUBMITTED = 0;
    static final int COMPLETION_REQUESTED = 1;
    static final int COMPLETED = 2;
    static final int RECEIVED = 3;
    static final int RECEIPT_REFUSED = 4;
    static final int HANDED_OVER = 5;
    static final int SUPPLEMENT_REQUESTED = 6;
    static final int SUPPLEMENTED = 7;
    static final int FINANCIAL_OBLIGATION_REQUESTED = 8;
    static final int FINANCIAL_OBLIGATION_CONFIRMED = 9;
    static final int WITHDRAWAL_REQUESTED = 10;
    static final int WITHDRAWAL_ACCEPTED = 11;
    static final int WITHDRAWAL_DECLINED = 12;
    static final int PROCESSING_STOPPED = 13;
    static final int APPROVED = 14;
    static final int REJECTED = 15;
    static final int EXTENDED = 16;
    static final int RESULT_RETURNED = 17;

    static final int RECEIPT_SLIP = 0;
    static final int SUPPLEMENT_REQUEST = 1;
    static final int REFUSAL = 2;
    static final int APOLOGY = 3;
    static final int STOP_NOTICE = 4;
    static final int CONTROL_SLIP_ENTRY = 5;

    // -- field lists ----------------------------------------------------------------------------

    /** Skips a discriminator already read and checked. */
    static final Read<Void> CHECKED = d -> null;

    private static final Read<String> STRING = Decoder::string;
    private static final Read<LocalDateTime> DATE_TIME = Decoder::dateTime;

    static final Fields DOSSIER_FIELDS = new Fields(
            required(Names.ID, JsonType.STRING, Decoder::dossierId),
            required(Names.VERSION, JsonType.INTEGER, Decoder::dossierVersion),
            required(Names.PROCEDURE_CODE, JsonType.STRING, STRING),
            required(Names.RECEIVING_AGENCY, JsonType.STRING, STRING),
            required(Names.APPLICANT, JsonType.OBJECT, Decoder::applicant),
            required(Names.CHANNEL, JsonType.STRING, d -> d.enumeration(CHANNELS)),
            optional(Names.ACCOUNT, STRING),
            required(Names.LIMIT, JsonType.OBJECT, Decoder::timeLimit),
            optional(Names.LINKED_TO, Decoder::dossierId),
            required(Names.STATE, JsonType.STRING, d -> d.enumeration(DOSSIER_STATES)),
            required(Names.SUBMITTED_AT, JsonType.DATE_TIME, DATE_TIME),
            required(Names.LAST_EVENT_AT, JsonType.DATE_TIME, DATE_TIME),
            optional(Names.CODE, STRING),
            optional(Names.CLOCK, Decoder::clock),
            optional(Names.POSITION, Decoder::position),
            required(Names.COMPLETION_REQUESTED, JsonType.BOOLEAN, Decoder::bool),
            required(Names.SUPPLEMENT_REQUESTS, JsonType.INTEGER, Decoder::supplementRequests),
            optional(Names.STATE_BEFORE_WITHDRAWAL, d -> d.enumeration(DOSSIER_STATES)),
            optional(Names.OUTCOME, d -> d.enumeration(OUTCOMES)),
            optional(Names.FINISHED_AT, DATE_TIME));
    static final Fields EVENT_FIELDS = new Fields(
            required(Names.VERSION, JsonType.INTEGER, Decoder::longInteger),
            required(Names.AT, JsonType.DATE_TIME, DATE_TIME),
            required(Names.ACTOR, JsonType.OBJECT, Decoder::actor),
            required(Names.DATA, JsonType.OBJECT, Decoder::eventData));
    static final Fields ACTOR_FIELDS = new Fields(
            required(Names.ID, JsonType.STRING, STRING),
            required(Names.ROLE, JsonType.STRING, d -> d.enumeration(ROLES)),
            optional(Names.AGENCY, STRING));
    static final Fields APPLICANT_FIELDS = new Fields(
            required(Names.KIND, JsonType.STRING, d -> d.enumeration(APPLICANT_KINDS)),
            required(Names.NAME, JsonType.STRING, STRING),
            required(Names.IDENTIFIER, JsonType.STRING, STRING));
    static final Fields POSITION_FIELDS = new Fields(
            required(Names.STEP, JsonType.STRING, d -> d.enumeration(STEP_KINDS)),
            required(Names.AGENCY, JsonType.STRING, STRING));
    static final Fields TIME_LIMIT_FIELDS = new Fields(
            required(Names.AMOUNT, JsonType.INTEGER, Decoder::integer),
            required(Names.UNIT, JsonType.STRING, d -> d.enumeration(LIMIT_UNITS)));
    static final Fields PAUSE_FIELDS = new Fields(
            required(Names.FROM, JsonType.DATE_TIME, DATE_TIME),
            optional(Names.UNTIL, DATE_TIME),
            required(Names.REASON, JsonType.STRING, d -> d.enumeration(PAUSE_REASONS)));
    static final Fields EXTENSION_FIELDS = new Fields(
            required(Names.ISSUED_AT, JsonType.DATE_TIME, DATE_TIME),
            required(Names.NEW_DUE, JsonType.DATE_TIME, DATE_TIME),
            required(Names.REASON, JsonType.STRING, STRING),
            required(Names.AGENCY_AT_FAULT, JsonType.STRING, STRING));
    static final Fields CLOCK_FIELDS = new Fields(
            required(Names.RECEIVED_AT, JsonType.DATE_TIME, DATE_TIME),
            required(Names.CHANNEL, JsonType.STRING, d -> d.enumeration(CHANNELS)),
            required(Names.LIMIT, JsonType.OBJECT, Decoder::timeLimit),
            required(Names.START, JsonType.DATE_TIME, DATE_TIME),
            required(Names.PAUSES, JsonType.ARRAY, d -> d.list(Decoder::pause)),
            required(Names.EXTENSIONS, JsonType.ARRAY, d -> d.list(Decoder::extension)));

    static final List<String> DOSSIER = DOSSIER_FIELDS.names();
    static final List<String> EVENT = EVENT_FIELDS.names();
    static final List<String> ACTOR = ACTOR_FIELDS.names();
    static final List<String> APPLICANT = APPLICANT_FIELDS.names();
    static final List<String> POSITION = POSITION_FIELDS.names();
    static final List<String> TIME_LIMIT = TIME_LIMIT_FIELDS.names();
    static final List<String> PAUSE = PAUSE_FIELDS.names();
    static final List<String> EXTENSION = EXTENSION_FIELDS.names();
    static final List<String> CLOCK = CLOCK_FIELDS.names();

    /** Each event type's fields, {@code type} first, by index in {@link #EVENT_TYPES}. */
    private static final Fields[] EVENT_DATA_FIELDS = {
        new Fields(required(Names.ID, JsonType.STRING, Decoder::dossierId),
                required(Names.PROCEDURE_CODE, JsonType.STRING, STRING),
                required(Names.RECEIVING_AGENCY, JsonType.STRING, STRING),
                required(Names.APPLICANT, JsonType.OBJECT, Decoder::applicant),
                required(Names.CHANNEL, JsonType.STRING, d -> d.enumeration(CHANNELS)),
                optional(Names.ACCOUNT, STRING),
                required(Names.LIMIT, JsonType.OBJECT, Decoder::timeLimit),
                optional(Names.LINKED_TO, Decoder::dossierId)).after(Names.TYPE),
        new Fields(required(Names.FORM, JsonType.OBJECT, d -> d.form(SUPPLEMENT_REQUEST))).after(Names.TYPE),
        new Fields(required(Names.NOTE, JsonType.STRING, STRING)).after(Names.TYPE),
        new Fields(required(Names.DOSSIER_CODE, JsonType.STRING, STRING),
                required(Names.CLOCK, JsonType.OBJECT, Decoder::clock),
                required(Names.FORM, JsonType.OBJECT, d -> d.form(RECEIPT_SLIP))).after(Names.TYPE),
        new Fields(required(Names.FORM, JsonType.OBJECT, d -> d.form(REFUSAL))).after(Names.TYPE),
        new Fields(required(Names.TO, JsonType.OBJECT, Decoder::position),
                required(Names.FORM, JsonType.OBJECT, d -> d.form(CONTROL_SLIP_ENTRY))).after(Names.TYPE),
        new Fields(required(Names.FORM, JsonType.OBJECT, d -> d.form(SUPPLEMENT_REQUEST))).after(Names.TYPE),
        new Fields(required(Names.NOTE, JsonType.STRING, STRING)).after(Names.TYPE),
        new Fields(required(Names.AMOUNT_VND, JsonType.INTEGER, Decoder::longInteger),
                required(Names.DESCRIPTION, JsonType.STRING, STRING)).after(Names.TYPE),
        new Fields(required(Names.PAYMENT_REFERENCE, JsonType.STRING, STRING)).after(Names.TYPE),
        new Fields(required(Names.REASON, JsonType.STRING, STRING),
                required(Names.FROM, JsonType.STRING, d -> d.enumeration(DOSSIER_STATES))).after(Names.TYPE),
        new Fields().after(Names.TYPE),
        new Fields(required(Names.REASON, JsonType.STRING, STRING)).after(Names.TYPE),
        new Fields(required(Names.FORM, JsonType.OBJECT, d -> d.form(STOP_NOTICE))).after(Names.TYPE),
        new Fields(required(Names.RESULT, JsonType.STRING, STRING)).after(Names.TYPE),
        new Fields(required(Names.REASONS, JsonType.ARRAY, Decoder::strings)).after(Names.TYPE),
        new Fields(required(Names.EXTENSION, JsonType.OBJECT, Decoder::extension),
                required(Names.FORM, JsonType.OBJECT, d -> d.form(APOLOGY))).after(Names.TYPE),
        new Fields(required(Names.CHANNEL, JsonType.STRING, d -> d.enumeration(CHANNELS))).after(Names.TYPE),
    };

    /** Each form's fields, {@code form} first, by index in {@link #FORM_TYPES}. */
    private static final Fields[] FORM_FIELDS = {
        new Fields(required(Names.EDITION, JsonType.STRING, d -> d.enumeration(FORM_EDITIONS)),
                required(Names.DOSSIER_CODE, JsonType.STRING, STRING),
                required(Names.PROCEDURE_CODE, JsonType.STRING, STRING),
                required(Names.APPLICANT_NAME, JsonType.STRING, STRING),
                required(Names.RECEIVED_AT, JsonType.DATE_TIME, DATE_TIME),
                required(Names.APPOINTMENT, JsonType.DATE_TIME, DATE_TIME),
                required(Names.OFFICER, JsonType.STRING, STRING),
                required(Names.AGENCY, JsonType.STRING, STRING)).after(Names.FORM),
        new Fields(required(Names.EDITION, JsonType.STRING, d -> d.enumeration(FORM_EDITIONS)),
                required(Names.MISSING, JsonType.ARRAY, Decoder::strings),
                required(Names.REASON, JsonType.STRING, STRING),
                required(Names.OFFICER, JsonType.STRING, STRING),
                required(Names.AGENCY, JsonType.STRING, STRING),
                required(Names.AFTER_APPRAISAL, JsonType.BOOLEAN, Decoder::bool),
                required(Names.LATE, JsonType.BOOLEAN, Decoder::bool)).after(Names.FORM),
        new Fields(required(Names.EDITION, JsonType.STRING, d -> d.enumeration(FORM_EDITIONS)),
                required(Names.REASONS, JsonType.ARRAY, Decoder::strings),
                required(Names.OFFICER, JsonType.STRING, STRING),
                required(Names.AGENCY, JsonType.STRING, STRING)).after(Names.FORM),
        new Fields(required(Names.EDITION, JsonType.STRING, d -> d.enumeration(FORM_EDITIONS)),
                required(Names.REASON, JsonType.STRING, STRING),
                required(Names.PREVIOUS_DUE, JsonType.DATE_TIME, DATE_TIME),
                required(Names.NEW_DUE, JsonType.DATE_TIME, DATE_TIME),
                required(Names.AGENCY_AT_FAULT, JsonType.STRING, STRING)).after(Names.FORM),
        new Fields(required(Names.EDITION, JsonType.STRING, d -> d.enumeration(FORM_EDITIONS)),
                required(Names.REASON, JsonType.STRING, STRING),
                required(Names.OFFICER, JsonType.STRING, STRING),
                required(Names.AGENCY, JsonType.STRING, STRING)).after(Names.FORM),
        new Fields(required(Names.EDITION, JsonType.STRING, d -> d.enumeration(FORM_EDITIONS)),
                optional(Names.FROM, Decoder::position),
                required(Names.TO, JsonType.OBJECT, Decoder::position),
                required(Names.AT, JsonType.DATE_TIME, DATE_TIME),
                required(Names.OFFICER, JsonType.STRING, STRING)).after(Names.FORM),
    };

    /**
     * A top-level document, {@code {"schemaVersion":1,"<payload>":...}}.
     *
     * @param fields {@code schemaVersion}, then the payload's field
     * @param payload the payload's reader
     */
    record Document<T>(Fields fields, Read<T> payload) {
        Document(SerializedString name, JsonType kind, Read<T> payload) {
            this(new Fields(required(Names.SCHEMA_VERSION, JsonType.INTEGER, Decoder::integer),
                    required(name, kind, payload)), payload);
        }
    }

    static final Document<Dossier> DOSSIER_DOCUMENT = new Document<>(Names.DOSSIER, JsonType.OBJECT, Decoder::dossier);
    static final Document<DossierEvent> EVENT_DOCUMENT = new Document<>(Names.EVENT, JsonType.OBJECT, Decoder::event);
    static final Document<List<DossierEvent>> EVENTS_DOCUMENT =
            new Document<>(Names.EVENTS, JsonType.ARRAY, d -> d.list(Decoder::event));

    private final JsonParser p;
    /** Where the parser's root value sits in the document (the parser may hold only part of it). */
    private final JsonPath base;
    /**
     * Whether to match the expected field names by {@code JsonParser.nextFieldName(SerializableString)}.
     * Off for a parser that is not dvc's own (in {@link DvcJsonModule}): on malformed input Jackson
     * words some faults differently, and places a duplicate name it detects itself at the name's
     * start, through that method; {@link DvcJson} reports such faults in a second parse anyway.
     */
    private final boolean matchNames;

    /**
     * @param p the parser, at the first token of the value to read
     * @param base the path of the parser's root value: {@link JsonPath#ROOT} for a whole document
     *     or a Jackson parser whose contexts name the full location
     * @param matchNames whether to match expected names without a symbol-table lookup
     */
    Decoder(JsonParser p, JsonPath base, boolean matchNames) {
        this.p = p;
        this.base = base;
        this.matchNames = matchNames;
    }

    /** A decoder of a whole document (or of a buffered part of one, at {@code base}) for {@link DvcJson}. */
    Decoder(JsonParser p, JsonPath base) {
        this(p, base, true);
    }

    // -- documents ------------------------------------------------------------------------------

    /**
     * Reads a document: the schema version is checked before anything else in it. The payload
     * normally follows the version and is read at once; one that comes first is buffered until the
     * version is known.
     */
    <T> T document(Document<T> document) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongKind(JsonType.OBJECT);
        }
        Fields f = document.fields();
        FieldScan scan = new FieldScan(f, 0L);
        DvcJsonException versionError = null;
        DvcJsonException payloadError = null;
        TokenBuffer pending = null;
        T value = null;
        for (int k; (k = scan.next()) >= 0;) {
            if (k == 0) {
                try {
                    schemaVersion();
                } catch (DvcJsonException e) {
                    versionError = e;
                }
            } else if (scan.unknown != null || versionError != null) {
                pass(null); // refused whatever it holds
            } else if ((scan.seen & 1) != 0) {
                try {
                    value = document.payload().read(this);
                } catch (DvcJsonException e) {
                    payloadError = e;
                }
            } else {
                pending = new TokenBuffer((ObjectCodec) null, false);
                pass(pending);
            }
        }
        if ((scan.seen & 1) == 0) {
            throw new DvcJsonException("json.schemaVersionMissing", here());
        }
        if (versionError != null) {
            throw versionError;
        }
        if (scan.unknown != null) {
            throw scan.unknown;
        }
        if ((scan.seen & 2) == 0) {
            throw missingField(f, 1);
        }
        if (payloadError != null) {
            throw payloadError;
        }
        if (pending != null) {
            try (JsonParser buffered = pending.asParser()) {
                buffered.nextToken();
                value = document.payload().read(new Decoder(buffered, here().field(f.name(1)), matchNames));
            }
        }
        return value;
    }

    private void schemaVersion() throws IOException {
        int v = integer();
        if (v != DvcJson.SCHEMA_VERSION) {
            throw new DvcJsonException("json.schemaVersionUnsupported", here(), v,
                    Integer.toString(DvcJson.SCHEMA_VERSION));
        }
    }

    // -- objects --------------------------------------------------------------------------------

    Dossier dossier() throws IOException {
        Object[] v = object(DOSSIER_FIELDS);
        try {
            return new Dossier((DossierId) v[0], (Long) v[1], (String) v[2], (String) v[3], (Applicant) v[4],
                    (Channel) v[5], orEmpty(v[6]), (TimeLimit) v[7], orEmpty(v[8]), (DossierState) v[9],
                    (LocalDateTime) v[10], (LocalDateTime) v[11], orEmpty(v[12]), orEmpty(v[13]), orEmpty(v[14]),
                    (Boolean) v[15], (Integer) v[16], orEmpty(v[17]), orEmpty(v[18]), orEmpty(v[19]));
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    private long dossierVersion() throws IOException {
        long version = longInteger();
        if (version < 1) {
            throw new DvcJsonException("json.outOfRange", here(), Long.toString(version), 1, Long.MAX_VALUE);
        }
        return version;
    }

    private int supplementRequests() throws IOException {
        int n = integer();
        if (n < 0) {
            throw new DvcJsonException("json.outOfRange", here(), Integer.toString(n), 0, Integer.MAX_VALUE);
        }
        return n;
    }

    DossierEvent event() throws IOException {
        Object[] v = object(EVENT_FIELDS);
        try {
            return new DossierEvent((Long) v[0], (LocalDateTime) v[1], (Actor) v[2], (EventData) v[3]);
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    Actor actor() throws IOException {
        Object[] v = object(ACTOR_FIELDS);
        try {
            return new Actor((String) v[0], (Role) v[1], orEmpty(v[2]));
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    Applicant applicant() throws IOException {
        Object[] v = object(APPLICANT_FIELDS);
        try {
            return new Applicant((ApplicantKind) v[0], (String) v[1], (String) v[2]);
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    Position position() throws IOException {
        Object[] v = object(POSITION_FIELDS);
        try {
            return new Position((StepKind) v[0], (String) v[1]);
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    TimeLimit timeLimit() throws IOException {
        Object[] v = object(TIME_LIMIT_FIELDS);
        try {
            return new TimeLimit((Integer) v[0], (LimitUnit) v[1]);
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    Pause pause() throws IOException {
        Object[] v = object(PAUSE_FIELDS);
        try {
            return new Pause((LocalDateTime) v[0], orEmpty(v[1]), (PauseReason) v[2]);
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    Extension extension() throws IOException {
        Object[] v = object(EXTENSION_FIELDS);
        try {
            return new Extension((LocalDateTime) v[0], (LocalDateTime) v[1], (String) v[2], (String) v[3]);
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    DossierClock clock() throws IOException {
        Object[] v = object(CLOCK_FIELDS);
        try {
            return new DossierClock((LocalDateTime) v[0], (Channel) v[1], (TimeLimit) v[2], (LocalDateTime) v[3],
                    asList(v[4]), asList(v[5]));
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    /** The values of a plain object's fields (see {@link #values}). */
    private Object[] object(Fields f) throws IOException {
        startObject();
        return values(f, 0L);
    }

    // -- event data and forms -------------------------------------------------------------------

    EventData eventData() throws IOException {
        return discriminated(Names.TYPE, EVENT_TYPE_NAMES, "json.unknownEventType", Decoder::eventData);
    }

    /** Reads the rest of a discriminated object once its type is known. */
    @FunctionalInterface
    private interface Rest<T> {
        T read(Decoder decoder, int type, long seen) throws IOException;
    }

    /**
     * An object whose first field names its type: read in place when the discriminator comes
     * first, as dvc writes it; otherwise buffered until the discriminator is found.
     */
    private <T> T discriminated(SerializedString field, NameTable names, String unknownCode, Rest<T> rest)
            throws IOException {
        startObject();
        if (!nextFieldIs(field)) {
            Buffered b = buffer(field, names, unknownCode);
            return rest.read(b.decoder(), b.type(), 0L);
        }
        p.nextToken();
        int type;
        try {
            type = discriminator(names, unknownCode);
        } catch (DvcJsonException e) {
            passRest(field.getValue());
            throw e;
        }
        return rest.read(this, type, 1L);
    }

    /**
     * Reads the fields after the discriminator ({@code seen} is 1: it is read) or, from a buffer,
     * all of them ({@code seen} is 0: the discriminator, checked already, is skipped where it stands).
     */
    private EventData eventData(int type, long seen) throws IOException {
        Object[] v = values(EVENT_DATA_FIELDS[type], seen);
        try {
            switch (type) {
                case SUBMITTED:
                    return new EventData.Submitted((DossierId) v[1], (String) v[2], (String) v[3], (Applicant) v[4],
                            (Channel) v[5], orEmpty(v[6]), (TimeLimit) v[7], orEmpty(v[8]));
                case COMPLETION_REQUESTED:
                    return new EventData.CompletionRequested((Form.SupplementRequest) v[1]);
                case COMPLETED:
                    return new EventData.Completed((String) v[1]);
                case RECEIVED:
                    return new EventData.Received((String) v[1], (DossierClock) v[2], (Form.ReceiptSlip) v[3]);
                case RECEIPT_REFUSED:
                    return new EventData.ReceiptRefused((Form.Refusal) v[1]);
                case HANDED_OVER:
                    return new EventData.HandedOver((Position) v[1], (Form.ControlSlipEntry) v[2]);
                case SUPPLEMENT_REQUESTED:
                    return new EventData.SupplementRequested((Form.SupplementRequest) v[1]);
                case SUPPLEMENTED:
                    return new EventData.Supplemented((String) v[1]);
                case FINANCIAL_OBLIGATION_REQUESTED:
                    return new EventData.FinancialObligationRequested((Long) v[1], (String) v[2]);
                case FINANCIAL_OBLIGATION_CONFIRMED:
                    return new EventData.FinancialObligationConfirmed((String) v[1]);
                case WITHDRAWAL_REQUESTED:
                    return new EventData.WithdrawalRequested((String) v[1], (DossierState) v[2]);
                case WITHDRAWAL_ACCEPTED:
                    return new EventData.WithdrawalAccepted();
                case WITHDRAWAL_DECLINED:
                    return new EventData.WithdrawalDeclined((String) v[1]);
                case PROCESSING_STOPPED:
                    return new EventData.ProcessingStopped((Form.StopNotice) v[1]);
                case APPROVED:
                    return new EventData.Approved((String) v[1]);
                case REJECTED:
                    return new EventData.Rejected(asList(v[1]));
                case EXTENDED:
                    return new EventData.Extended((Extension) v[1], (Form.Apology) v[2]);
                default:
                    return new EventData.ResultReturned((Channel) v[1]);
            }
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    /**
     * Reads the fields of the current object, in any order: their values by index in {@code f},
     * each read by its field list's reader (null for an absent optional field), once every
     * required field is known to be there. Every type shares this loop and casts the values for
     * its constructor: measured as fast as a loop per type with unboxed locals, in a third of the
     * code.
     *
     * @param seen the fields already read: none, or the discriminator; the first field expected is
     *     the first not read
     */
    private Object[] values(Fields f, long seen) throws IOException {
        Object[] values = new Object[f.size()];
        for (int k = Long.numberOfTrailingZeros(~seen); (k = field(f, k, seen)) >= 0; k++) {
            seen |= 1L << k;
            try {
                values[k] = f.reader(k).read(this);
            } catch (DvcJsonException e) {
                throw recover(f, seen, k, e);
            }
        }
        requireAll(f, seen);
        return values;
    }

    @SuppressWarnings("unchecked")
    private static <T> Optional<T> orEmpty(Object value) {
        return Optional.ofNullable((T) value);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> asList(Object value) {
        return (List<T>) value;
    }

    /**
     * A form that must be of one type (its index in {@link #FORM_TYPES}): checked once the form
     * is read, as a form of another type is still a form to be read whole.
     */
    private Form form(int allowed) throws IOException {
        Form form = form();
        int type = Encoder.formType(form);
        if (type != allowed) {
            throw new DvcJsonException("json.formNotAllowed", here().field(Names.FORM.getValue()),
                    Values.quoted(FORM_TYPE_NAMES.name(type)), FORM_TYPE_NAMES.name(allowed));
        }
        return form;
    }

    Form form() throws IOException {
        return discriminated(Names.FORM, FORM_TYPE_NAMES, "json.unknownFormType", Decoder::form);
    }

    /** As {@link #eventData(int, long)}, for forms. */
    private Form form(int type, long seen) throws IOException {
        Object[] v = values(FORM_FIELDS[type], seen);
        FormEdition edition = (FormEdition) v[1];
        try {
            switch (type) {
                case RECEIPT_SLIP:
                    return new Form.ReceiptSlip(edition, (String) v[2], (String) v[3], (String) v[4],
                            (LocalDateTime) v[5], (LocalDateTime) v[6], (String) v[7], (String) v[8]);
                case SUPPLEMENT_REQUEST:
                    return new Form.SupplementRequest(edition, asList(v[2]), (String) v[3], (String) v[4],
                            (String) v[5], (Boolean) v[6], (Boolean) v[7]);
                case REFUSAL:
                    return new Form.Refusal(edition, asList(v[2]), (String) v[3], (String) v[4]);
                case APOLOGY:
                    return new Form.Apology(edition, (String) v[2], (LocalDateTime) v[3], (LocalDateTime) v[4],
                            (String) v[5]);
                case STOP_NOTICE:
                    return new Form.StopNotice(edition, (String) v[2], (String) v[3], (String) v[4]);
                default:
                    return new Form.ControlSlipEntry(edition, orEmpty(v[2]), (Position) v[3], (LocalDateTime) v[4],
                            (String) v[5]);
            }
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    /** The discriminator (the current token, a string): its index in {@code types}. */
    private int discriminator(NameTable<String> types, String unknownCode) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongKind(JsonType.STRING);
        }
        int i = find(types);
        if (i >= 0) {
            return i;
        }
        throw new DvcJsonException(unknownCode, here(), Values.quoted(p.getText()), types.list());
    }

    /** An object buffered whole, and its discriminator's index. */
    private record Buffered(Decoder decoder, int type) {
    }

    /**
     * For an object whose discriminator is not its first field (the parser is at that first field's
     * name, or at the object's end): copies the object (with the checks of {@link #pass}), reads its
     * discriminator from the copy, and returns a decoder at the start of the copy to read it whole.
     */
    private Buffered buffer(SerializedString discriminator, NameTable<String> types, String unknownCode)
            throws IOException {
        JsonPath at = p.currentToken() == JsonToken.FIELD_NAME ? enclosing() : here();
        TokenBuffer copy = new TokenBuffer((ObjectCodec) null, false);
        copy.writeStartObject();
        Set<String> names = null;
        for (String name = p.currentName(); p.currentToken() == JsonToken.FIELD_NAME; name = p.nextFieldName()) {
            names = addName(names, name);
            copy.writeFieldName(name);
            p.nextToken();
            pass(copy);
        }
        copy.writeEndObject();
        Decoder scan = new Decoder(copy.asParser(), at, matchNames);
        scan.p.nextToken();
        int type = -1;
        while (type < 0 && scan.p.nextFieldName() != null) {
            boolean found = discriminator.getValue().equals(scan.p.currentName());
            scan.p.nextToken();
            if (found) {
                type = scan.discriminator(types, unknownCode);
            } else {
                scan.p.skipChildren();
            }
        }
        if (type < 0) {
            throw new DvcJsonException("json.missingField", at, discriminator.getValue(), JsonType.STRING);
        }
        Decoder whole = new Decoder(copy.asParser(), at, matchNames);
        whole.p.nextToken();
        return new Buffered(whole, type);
    }

    // -- fields ---------------------------------------------------------------------------------

    /**
     * Moves to the next field of the current object, then to its value: the field's index in
     * {@code f}, or -1 at the end of the object. The field at {@code expected} (the format's next
     * one) is tried first, by its pre-serialized name; any other is looked up.
     *
     * @throws DvcJsonException for a field {@code f} does not have, once the object is read
     * @throws DuplicateFieldException for a field already in {@code seen}
     */
    private int field(Fields f, int expected, long seen) throws IOException {
        int k;
        if (expected < f.size() && nextFieldIs(f.serialized(expected))) {
            k = expected;
        } else {
            if (expected >= f.size()) {
                p.nextFieldName();
            }
            if (p.currentToken() == JsonToken.END_OBJECT) {
                return -1;
            }
            k = f.index(p.currentName());
            if (k < 0) {
                throw recover(f, seen, -1, new DvcJsonException("json.unknownField", enclosing(),
                        Values.quoted(p.currentName()), f.list()));
            }
        }
        if ((seen & 1L << k) != 0) {
            throw duplicate();
        }
        p.nextToken();
        return k;
    }

    /**
     * Moves to the next token, the next field's name or the object's end: whether it is
     * {@code name}. Names are always read by {@code nextFieldName}, as Jackson's tree reader reads
     * them, so that Jackson words faults in the input as it always did.
     */
    private boolean nextFieldIs(SerializedString name) throws IOException {
        return matchNames ? p.nextFieldName(name) : name.getValue().equals(p.nextFieldName());
    }

    /**
     * After a failure inside an object, reads the rest of the object and returns the error a reader
     * of the whole object reports first: the first unknown field, else the first field in the
     * format's order that is missing or fails. Only the fields that could still come first are
     * read; the others are passed, with the checks of {@link #pass}.
     *
     * @param seen the fields read so far
     * @param failed the index of the field whose value failed with {@code error} (the parser is at
     *     the value's last token), or -1 if {@code error} is an unknown field (the parser is at its name)
     */
    private DvcJsonException recover(Fields f, long seen, int failed, DvcJsonException error) throws IOException {
        FieldScan scan = new FieldScan(f, seen);
        int first = failed;
        DvcJsonException firstError = error;
        if (failed < 0) {
            scan.skipUnknown(p.currentName(), error);
        }
        for (int k; (k = scan.next()) >= 0;) {
            if (scan.unknown == null && k < first) {
                try {
                    f.reader(k).read(this);
                } catch (DvcJsonException e) {
                    first = k;
                    firstError = e;
                }
            } else {
                pass(null);
            }
        }
        if (scan.unknown != null) {
            return scan.unknown;
        }
        long missing = f.requiredMask() & ~scan.seen & ((1L << first) - 1);
        return missing != 0 ? missingField(f, Long.numberOfTrailingZeros(missing)) : firstError;
    }

    /**
     * The general reading of an object's fields, in any order: unknown fields are passed over and
     * the first is kept as the error to report, a field seen twice is refused at once.
     */
    private final class FieldScan {
        private final Fields f;
        /** The fields seen, one bit per index in {@code f}. */
        long seen;
        /** The first unknown field's error, if any. */
        DvcJsonException unknown;
        private Set<String> unknownNames;

        FieldScan(Fields f, long seen) {
            this.f = f;
            this.seen = seen;
        }

        /**
         * Moves to the next known field's value.
         *
         * @return the field's index, or -1 at the object's end
         */
        int next() throws IOException {
            while (p.nextFieldName() != null) {
                String name = p.currentName();
                int k = f.index(name);
                if (k < 0) {
                    skipUnknown(name, null);
                    continue;
                }
                if ((seen & 1L << k) != 0) {
                    throw duplicate();
                }
                seen |= 1L << k;
                p.nextToken();
                return k;
            }
            return -1;
        }

        /** Passes over the unknown field the parser is at; {@code error} is its error if already built. */
        void skipUnknown(String name, DvcJsonException error) throws IOException {
            unknownNames = addName(unknownNames, name);
            if (unknown == null) {
                unknown = error != null ? error
                        : new DvcJsonException("json.unknownField", enclosing(), Values.quoted(name), f.list());
            }
            p.nextToken();
            pass(null);
        }
    }

    /** At the end of an object: refuses the first missing required field, in the format's order. */
    private void requireAll(Fields f, long seen) {
        long missing = f.requiredMask() & ~seen;
        if (missing != 0) {
            throw missingField(f, Long.numberOfTrailingZeros(missing));
        }
    }

    /** Field {@code i} missing from the object just read. */
    private DvcJsonException missingField(Fields f, int i) {
        return new DvcJsonException("json.missingField", here(), f.name(i), f.kind(i));
    }

    private void startObject() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongKind(JsonType.OBJECT);
        }
    }

    /** The domain's refusal of the object just read (its exception is the cause). */
    private DvcJsonException invalid(InvalidInputException e) {
        return e instanceof DvcJsonException d ? d : new DvcJsonException("json.invalid", here(), e);
    }

    private DuplicateFieldException duplicate() throws IOException {
        return new DuplicateFieldException(p, p.currentName());
    }

    private DuplicateFieldException duplicate(String name) {
        return new DuplicateFieldException(p, name);
    }

    /** Adds a field name to the names of one object, refusing a duplicate. */
    private Set<String> addName(Set<String> names, String name) throws DuplicateFieldException {
        Set<String> s = names == null ? new HashSet<>() : names;
        if (!s.add(name)) {
            throw duplicate(name);
        }
        return s;
    }

    /** The path of the current value; after an object's end, of that object. */
    JsonPath here() {
        return JsonPath.of(base, p.getParsingContext());
    }

    /** The path of the object whose field (name or value) the parser is at. */
    private JsonPath enclosing() {
        return JsonPath.of(base, p.getParsingContext().getParent());
    }

    // -- passing over values ----------------------------------------------------------------------

    /**
     * Reads past the current value, copying it to {@code out} unless null, with the checks reading
     * it into a tree made: every string is read whole (so that the string length limit applies)
     * and every object's field names are checked for duplicates. Malformed JSON and the parser's
     * other limits are refused by the parser itself.
     */
    private void pass(TokenBuffer out) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT:
                if (out != null) {
                    out.writeStartObject();
                }
                passFields(null, out);
                if (out != null) {
                    out.writeEndObject();
                }
                break;
            case START_ARRAY:
                if (out != null) {
                    out.writeStartArray();
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    pass(out);
                }
                if (out != null) {
                    out.writeEndArray();
                }
                break;
            case VALUE_STRING:
                String s = p.getText();
                if (out != null) {
                    out.writeString(s);
                }
                break;
            default:
                if (out != null) {
                    out.copyCurrentEvent(p);
                }
                break;
        }
    }

    /** Passes the fields after the current token up to the end of the object. */
    private void passFields(Set<String> names, TokenBuffer out) throws IOException {
        Set<String> seen = names;
        while (p.nextFieldName() != null) {
            String name = p.currentName();
            seen = addName(seen, name);
            if (out != null) {
                out.writeFieldName(name);
            }
            p.nextToken();
            pass(out);
        }
    }

    /** After a refused discriminator: passes the rest of its object. */
    private void passRest(String discriminator) throws IOException {
        passFields(addName(null, discriminator), null);
    }

    // -- scalars and lists ----------------------------------------------------------------------

    /**
     * Refuses the current value as not of the {@code expected} kind ({@code json.null} for a
     * {@code null}), after reading past it.
     */
    private DvcJsonException wrongKind(JsonType expected) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return new DvcJsonException("json.null", here(), expected);
        }
        DvcJsonException e = new DvcJsonException("json.wrongType", here(), expected, Values.kindOf(t));
        pass(null);
        return e;
    }

    String string() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        throw wrongKind(JsonType.STRING);
    }

    int integer() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongKind(JsonType.INTEGER);
        }
        if (p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        throw new DvcJsonException("json.outOfRange", here(), p.getNumberValue().toString(), Integer.MIN_VALUE,
                Integer.MAX_VALUE);
    }

    long longInteger() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongKind(JsonType.INTEGER);
        }
        if (p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        throw new DvcJsonException("json.outOfRange", here(), p.getNumberValue().toString(), Long.MIN_VALUE,
                Long.MAX_VALUE);
    }

    boolean bool() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongKind(JsonType.BOOLEAN);
    }

    /** A date-time, parsed from the parser's own characters in the common form. */
    LocalDateTime dateTime() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongKind(JsonType.DATE_TIME);
        }
        int n = p.getTextLength();
        if (n <= Values.MAX_COMMON_DATE_TIME) {
            LocalDateTime t;
            try {
                t = Values.parseCommon(p.getTextCharacters(), p.getTextOffset(), n);
            } catch (DateTimeException e) {
                throw new DvcJsonException("json.dateTime", here(), p.getText());
            }
            if (t != null) {
                return t;
            }
        }
        String text = p.getText(); // also applies the string length limit to a long value
        try {
            return Values.parse(text);
        } catch (DateTimeException e) {
            throw new DvcJsonException("json.dateTime", here(), text);
        }
    }

    /** An enum constant written by its name; anything else is refused with the list of names. */
    <E> E enumeration(NameTable<E> constants) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            int i = find(constants);
            if (i >= 0) {
                return constants.value(i);
            }
        } else if (t == JsonToken.VALUE_NULL) {
            throw new DvcJsonException("json.null", here(), JsonType.STRING);
        }
        JsonPath at = here();
        throw new DvcJsonException("json.badEnum", at, jsonText(), constants.list());
    }

    /** The index in {@code names} of the current string, found without creating a String; or -1. */
    private int find(NameTable<?> names) throws IOException {
        int n = p.getTextLength();
        return n > names.maxLength() ? -1 : names.find(p.getTextCharacters(), p.getTextOffset(), n);
    }

    /** The current value as JSON text, as Jackson's tree prints it (for messages), reading past it. */
    private String jsonText() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return Values.quoted(p.getText());
        }
        TokenBuffer copy = new TokenBuffer((ObjectCodec) null, false);
        pass(copy);
        try (JsonParser c = copy.asParser()) {
            return Trees.MAPPER.readTree(c).toString();
        }
    }

    /** Jackson's tree, only to print a refused value as it always was. */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    DossierId dossierId() throws IOException {
        String value = string();
        try {
            return new DossierId(value);
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
    }

    /** An array, each element read by {@code element}; unmodifiable. */
    <T> List<T> list(Read<T> element) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongKind(JsonType.ARRAY);
        }
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            try {
                out.add(element.read(this));
            } catch (DvcJsonException e) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    pass(null);
                }
                throw e;
            }
        }
        return List.copyOf(out);
    }

    List<String> strings() throws IOException {
        return list(STRING);
    }
}
