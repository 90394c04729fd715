package vn.dvc.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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
import vn.dvc.dossier.Outcome;
import vn.dvc.dossier.Position;
import vn.dvc.dossier.Role;

/**
 * Reads dvc's domain values from a JSON tree with explicit field lists (the lists are the format;
 * {@link Encoder} writes the same fields in the same order). Stateless and thread-safe.
 */
final class Decoder {

    static final List<String> DOSSIER = List.of("id", "version", "procedureCode", "receivingAgency", "applicant",
            "channel", "account", "limit", "linkedTo", "state", "submittedAt", "lastEventAt", "code", "clock",
            "position", "completionRequested", "supplementRequests", "stateBeforeWithdrawal", "outcome", "finishedAt");
    static final List<String> EVENT = List.of("version", "at", "actor", "data");
    static final List<String> ACTOR = List.of("id", "role", "agency");
    static final List<String> APPLICANT = List.of("kind", "name", "identifier");
    static final List<String> POSITION = List.of("step", "agency");
    static final List<String> TIME_LIMIT = List.of("amount", "unit");
    static final List<String> PAUSE = List.of("from", "until", "reason");
    static final List<String> EXTENSION = List.of("issuedAt", "newDue", "reason", "agencyAtFault");
    static final List<String> CLOCK = List.of("receivedAt", "channel", "limit", "start", "pauses", "extensions");

    /** The event types, {@code type} values, in the order of {@link EventData}'s declaration. */
    static final List<String> EVENT_TYPES = List.of("Submitted", "CompletionRequested", "Completed", "Received",
            "ReceiptRefused", "HandedOver", "SupplementRequested", "Supplemented", "FinancialObligationRequested",
            "FinancialObligationConfirmed", "WithdrawalRequested", "WithdrawalAccepted", "WithdrawalDeclined",
            "ProcessingStopped", "Approved", "Rejected", "Extended", "ResultReturned");

    /** The form types, {@code form} values, in the order of {@link Form}'s declaration. */
    static final List<String> FORM_TYPES = List.of("ReceiptSlip", "SupplementRequest", "Refusal", "Apology",
            "StopNotice", "ControlSlipEntry");

    private Decoder() {
    }

    static DossierId dossierId(JsonNode n, JsonPath p) {
        String value = Values.string(n, p);
        return Values.build(p, () -> new DossierId(value));
    }

    static Actor actor(JsonNode n, JsonPath p) {
        Obj o = Obj.open(n, p, ACTOR);
        String id = o.string("id");
        Role role = o.enumeration("role", Role.values());
        var agency = o.optionalString("agency");
        return Values.build(p, () -> new Actor(id, role, agency));
    }

    static Applicant applicant(JsonNode n, JsonPath p) {
        Obj o = Obj.open(n, p, APPLICANT);
        ApplicantKind kind = o.enumeration("kind", ApplicantKind.values());
        String name = o.string("name");
        String identifier = o.string("identifier");
        return Values.build(p, () -> new Applicant(kind, name, identifier));
    }

    static Position position(JsonNode n, JsonPath p) {
        Obj o = Obj.open(n, p, POSITION);
        StepKind step = o.enumeration("step", StepKind.values());
        String agency = o.string("agency");
        return Values.build(p, () -> new Position(step, agency));
    }

    static TimeLimit timeLimit(JsonNode n, JsonPath p) {
        Obj o = Obj.open(n, p, TIME_LIMIT);
        int amount = o.integer("amount");
        LimitUnit unit = o.enumeration("unit", LimitUnit.values());
        return Values.build(p, () -> new TimeLimit(amount, unit));
    }

    static Pause pause(JsonNode n, JsonPath p) {
        Obj o = Obj.open(n, p, PAUSE);
        var from = o.dateTime("from");
        var until = o.optionalDateTime("until");
        PauseReason reason = o.enumeration("reason", PauseReason.values());
        return Values.build(p, () -> new Pause(from, until, reason));
    }

    static Extension extension(JsonNode n, JsonPath p) {
        Obj o = Obj.open(n, p, EXTENSION);
        var issuedAt = o.dateTime("issuedAt");
        var newDue = o.dateTime("newDue");
        String reason = o.string("reason");
        String agencyAtFault = o.string("agencyAtFault");
        return Values.build(p, () -> new Extension(issuedAt, newDue, reason, agencyAtFault));
    }

    static DossierClock clock(JsonNode n, JsonPath p) {
        Obj o = Obj.open(n, p, CLOCK);
        var receivedAt = o.dateTime("receivedAt");
        Channel channel = o.enumeration("channel", Channel.values());
        TimeLimit limit = o.object("limit", Decoder::timeLimit);
        var start = o.dateTime("start");
        List<Pause> pauses = o.list("pauses", Decoder::pause);
        List<Extension> extensions = o.list("extensions", Decoder::extension);
        return Values.build(p, () -> new DossierClock(receivedAt, channel, limit, start, pauses, extensions));
    }

    static Dossier dossier(JsonNode n, JsonPath p) {
        Obj o = Obj.open(n, p, DOSSIER);
        DossierId id = o.value("id", JsonType.STRING, Decoder::dossierId);
        long version = o.longInteger("version");
        if (version < 1) {
            throw new DvcJsonException("json.outOfRange", p.field("version"), Long.toString(version), 1, Long.MAX_VALUE);
        }
        String procedureCode = o.string("procedureCode");
        String receivingAgency = o.string("receivingAgency");
        Applicant applicant = o.object("applicant", Decoder::applicant);
        Channel channel = o.enumeration("channel", Channel.values());
        var account = o.optionalString("account");
        TimeLimit limit = o.object("limit", Decoder::timeLimit);
        var linkedTo = o.optional("linkedTo", Decoder::dossierId);
        DossierState state = o.enumeration("state", DossierState.values());
        var submittedAt = o.dateTime("submittedAt");
        var lastEventAt = o.dateTime("lastEventAt");
        var code = o.optionalString("code");
        var clock = o.optional("clock", Decoder::clock);
        var position = o.optional("position", Decoder::position);
        boolean completionRequested = o.bool("completionRequested");
        int supplementRequests = o.integer("supplementRequests");
        if (supplementRequests < 0) {
            throw new DvcJsonException("json.outOfRange", p.field("supplementRequests"),
                    Integer.toString(supplementRequests), 0, Integer.MAX_VALUE);
        }
        var stateBeforeWithdrawal = o.optional("stateBeforeWithdrawal", Values.enumeration(DossierState.values()));
        var outcome = o.optional("outcome", Values.enumeration(Outcome.values()));
        var finishedAt = o.optionalDateTime("finishedAt");
        return Values.build(p, () -> new Dossier(id, version, procedureCode, receivingAgency, applicant, channel,
                account, limit, linkedTo, state, submittedAt, lastEventAt, code, clock, position, completionRequested,
                supplementRequests, stateBeforeWithdrawal, outcome, finishedAt));
    }

    static DossierEvent event(JsonNode n, JsonPath p) {
        Obj o = Obj.open(n, p, EVENT);
        long version = o.longInteger("version");
        var at = o.dateTime("at");
        Actor actor = o.object("actor", Decoder::actor);
        EventData data = o.object("data", Decoder::eventData);
        return Values.build(p, () -> new DossierEvent(version, at, actor, data));
    }

    /** The discriminator's value: a string, read before the fields so that it picks the field list. */
    private static String discriminator(JsonNode n, JsonPath p, String field) {
        Obj.requireObject(n, p);
        JsonNode t = n.get(field);
        if (t == null) {
            throw new DvcJsonException("json.missingField", p, field, JsonType.STRING);
        }
        return Values.string(t, p.field(field));
    }

    private static Obj fields(JsonNode n, JsonPath p, String discriminator, String... fields) {
        String[] all = new String[fields.length + 1];
        all[0] = discriminator;
        System.arraycopy(fields, 0, all, 1, fields.length);
        return Obj.open(n, p, List.of(all));
    }

    static EventData eventData(JsonNode n, JsonPath p) {
        String type = discriminator(n, p, "type");
        switch (type) {
            case "Submitted": {
                Obj o = fields(n, p, "type", "id", "procedureCode", "receivingAgency", "applicant", "channel",
                        "account", "limit", "linkedTo");
                DossierId id = o.value("id", JsonType.STRING, Decoder::dossierId);
                String procedureCode = o.string("procedureCode");
                String receivingAgency = o.string("receivingAgency");
                Applicant applicant = o.object("applicant", Decoder::applicant);
                Channel channel = o.enumeration("channel", Channel.values());
                var account = o.optionalString("account");
                TimeLimit limit = o.object("limit", Decoder::timeLimit);
                var linkedTo = o.optional("linkedTo", Decoder::dossierId);
                return Values.build(p, () -> new EventData.Submitted(id, procedureCode, receivingAgency, applicant,
                        channel, account, limit, linkedTo));
            }
            case "CompletionRequested": {
                Obj o = fields(n, p, "type", "form");
                var form = o.object("form", formReader(Form.SupplementRequest.class, "SupplementRequest"));
                return Values.build(p, () -> new EventData.CompletionRequested(form));
            }
            case "Completed": {
                String note = fields(n, p, "type", "note").string("note");
                return Values.build(p, () -> new EventData.Completed(note));
            }
            case "Received": {
                Obj o = fields(n, p, "type", "dossierCode", "clock", "form");
                String dossierCode = o.string("dossierCode");
                DossierClock clock = o.object("clock", Decoder::clock);
                var form = o.object("form", formReader(Form.ReceiptSlip.class, "ReceiptSlip"));
                return Values.build(p, () -> new EventData.Received(dossierCode, clock, form));
            }
            case "ReceiptRefused": {
                var form = fields(n, p, "type", "form").object("form", formReader(Form.Refusal.class, "Refusal"));
                return Values.build(p, () -> new EventData.ReceiptRefused(form));
            }
            case "HandedOver": {
                Obj o = fields(n, p, "type", "to", "form");
                Position to = o.object("to", Decoder::position);
                var form = o.object("form", formReader(Form.ControlSlipEntry.class, "ControlSlipEntry"));
                return Values.build(p, () -> new EventData.HandedOver(to, form));
            }
            case "SupplementRequested": {
                var form = fields(n, p, "type", "form").object("form",
                        formReader(Form.SupplementRequest.class, "SupplementRequest"));
                return Values.build(p, () -> new EventData.SupplementRequested(form));
            }
            case "Supplemented": {
                String note = fields(n, p, "type", "note").string("note");
                return Values.build(p, () -> new EventData.Supplemented(note));
            }
            case "FinancialObligationRequested": {
                Obj o = fields(n, p, "type", "amountVnd", "description");
                long amount = o.longInteger("amountVnd");
                String description = o.string("description");
                return Values.build(p, () -> new EventData.FinancialObligationRequested(amount, description));
            }
            case "FinancialObligationConfirmed": {
                String reference = fields(n, p, "type", "paymentReference").string("paymentReference");
                return Values.build(p, () -> new EventData.FinancialObligationConfirmed(reference));
            }
            case "WithdrawalRequested": {
                Obj o = fields(n, p, "type", "reason", "from");
                String reason = o.string("reason");
                DossierState from = o.enumeration("from", DossierState.values());
                return Values.build(p, () -> new EventData.WithdrawalRequested(reason, from));
            }
            case "WithdrawalAccepted": {
                fields(n, p, "type");
                return new EventData.WithdrawalAccepted();
            }
            case "WithdrawalDeclined": {
                String reason = fields(n, p, "type", "reason").string("reason");
                return Values.build(p, () -> new EventData.WithdrawalDeclined(reason));
            }
            case "ProcessingStopped": {
                var form = fields(n, p, "type", "form").object("form", formReader(Form.StopNotice.class, "StopNotice"));
                return Values.build(p, () -> new EventData.ProcessingStopped(form));
            }
            case "Approved": {
                String result = fields(n, p, "type", "result").string("result");
                return Values.build(p, () -> new EventData.Approved(result));
            }
            case "Rejected": {
                List<String> reasons = fields(n, p, "type", "reasons").strings("reasons");
                return Values.build(p, () -> new EventData.Rejected(reasons));
            }
            case "Extended": {
                Obj o = fields(n, p, "type", "extension", "form");
                Extension extension = o.object("extension", Decoder::extension);
                var form = o.object("form", formReader(Form.Apology.class, "Apology"));
                return Values.build(p, () -> new EventData.Extended(extension, form));
            }
            case "ResultReturned": {
                Channel channel = fields(n, p, "type", "channel").enumeration("channel", Channel.values());
                return Values.build(p, () -> new EventData.ResultReturned(channel));
            }
            default:
                throw new DvcJsonException("json.unknownEventType", p.field("type"), quoted(type),
                        String.join(", ", EVENT_TYPES));
        }
    }

    private static <F extends Form> Obj.Read<F> formReader(Class<F> type, String name) {
        return (n, p) -> {
            Form f = form(n, p);
            if (!type.isInstance(f)) {
                throw new DvcJsonException("json.formNotAllowed", p.field("form"), quoted(Encoder.formName(f)), name);
            }
            return type.cast(f);
        };
    }

    static Form form(JsonNode n, JsonPath p) {
        String type = discriminator(n, p, "form");
        switch (type) {
            case "ReceiptSlip": {
                Obj o = fields(n, p, "form", "edition", "dossierCode", "procedureCode", "applicantName", "receivedAt",
                        "appointment", "officer", "agency");
                FormEdition edition = o.enumeration("edition", FormEdition.values());
                String dossierCode = o.string("dossierCode");
                String procedureCode = o.string("procedureCode");
                String applicantName = o.string("applicantName");
                var receivedAt = o.dateTime("receivedAt");
                var appointment = o.dateTime("appointment");
                String officer = o.string("officer");
                String agency = o.string("agency");
                return Values.build(p, () -> new Form.ReceiptSlip(edition, dossierCode, procedureCode, applicantName,
                        receivedAt, appointment, officer, agency));
            }
            case "SupplementRequest": {
                Obj o = fields(n, p, "form", "edition", "missing", "reason", "officer", "agency", "afterAppraisal",
                        "late");
                FormEdition edition = o.enumeration("edition", FormEdition.values());
                List<String> missing = o.strings("missing");
                String reason = o.string("reason");
                String officer = o.string("officer");
                String agency = o.string("agency");
                boolean afterAppraisal = o.bool("afterAppraisal");
                boolean late = o.bool("late");
                return Values.build(p, () -> new Form.SupplementRequest(edition, missing, reason, officer, agency,
                        afterAppraisal, late));
            }
            case "Refusal": {
                Obj o = fields(n, p, "form", "edition", "reasons", "officer", "agency");
                FormEdition edition = o.enumeration("edition", FormEdition.values());
                List<String> reasons = o.strings("reasons");
                String officer = o.string("officer");
                String agency = o.string("agency");
                return Values.build(p, () -> new Form.Refusal(edition, reasons, officer, agency));
            }
            case "Apology": {
                Obj o = fields(n, p, "form", "edition", "reason", "previousDue", "newDue", "agencyAtFault");
                FormEdition edition = o.enumeration("edition", FormEdition.values());
                String reason = o.string("reason");
                var previousDue = o.dateTime("previousDue");
                var newDue = o.dateTime("newDue");
                String agencyAtFault = o.string("agencyAtFault");
                return Values.build(p, () -> new Form.Apology(edition, reason, previousDue, newDue, agencyAtFault));
            }
            case "StopNotice": {
                Obj o = fields(n, p, "form", "edition", "reason", "officer", "agency");
                FormEdition edition = o.enumeration("edition", FormEdition.values());
                String reason = o.string("reason");
                String officer = o.string("officer");
                String agency = o.string("agency");
                return Values.build(p, () -> new Form.StopNotice(edition, reason, officer, agency));
            }
            case "ControlSlipEntry": {
                Obj o = fields(n, p, "form", "edition", "from", "to", "at", "officer");
                FormEdition edition = o.enumeration("edition", FormEdition.values());
                var from = o.optional("from", Decoder::position);
                Position to = o.object("to", Decoder::position);
                var at = o.dateTime("at");
                String officer = o.string("officer");
                return Values.build(p, () -> new Form.ControlSlipEntry(edition, from, to, at, officer));
            }
            default:
                throw new DvcJsonException("json.unknownFormType", p.field("form"), quoted(type),
                        String.join(", ", FORM_TYPES));
        }
    }

    /** The text as a JSON string literal, quoted and escaped, e.g. {@code "Leaflet"}. */
    static String quoted(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }
}
