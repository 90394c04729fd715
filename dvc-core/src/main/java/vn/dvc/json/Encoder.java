package vn.dvc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.Extension;
import vn.dvc.deadline.Pause;
import vn.dvc.deadline.TimeLimit;
import vn.dvc.dossier.Actor;
import vn.dvc.dossier.Applicant;
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierEvent;
import vn.dvc.dossier.DossierId;
import vn.dvc.dossier.EventData;
import vn.dvc.dossier.Form;
import vn.dvc.dossier.Position;

/**
 * Writes dvc's domain values as JSON, field by field in the order of {@link Decoder}'s lists.
 * An empty {@link Optional} is written by leaving its field out; lists are always written, even
 * empty. Stateless and thread-safe.
 */
final class Encoder {

    /** Writes one value. */
    @FunctionalInterface
    interface Write<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    private Encoder() {
    }

    private static <T> T present(T value, Object owner, String field) {
        if (value == null) {
            throw new DvcJsonException("json.writeNull", "$", owner.getClass().getSimpleName(), field);
        }
        return value;
    }

    private static void string(JsonGenerator g, Object owner, String field, String value) throws IOException {
        g.writeStringField(field, present(value, owner, field));
    }

    private static void dateTime(JsonGenerator g, Object owner, String field, LocalDateTime value) throws IOException {
        g.writeStringField(field, Values.format(present(value, owner, field)));
    }

    private static void name(JsonGenerator g, Object owner, String field, Enum<?> value) throws IOException {
        g.writeStringField(field, present(value, owner, field).name());
    }

    private static <T> void object(JsonGenerator g, Object owner, String field, T value, Write<T> writer)
            throws IOException {
        g.writeFieldName(field);
        writer.write(g, present(value, owner, field));
    }

    private static <T> void optional(JsonGenerator g, Object owner, String field, Optional<T> value, Write<T> writer)
            throws IOException {
        Optional<T> v = present(value, owner, field);
        if (v.isPresent()) {
            g.writeFieldName(field);
            writer.write(g, v.get());
        }
    }

    private static <T> void list(JsonGenerator g, Object owner, String field, List<T> values, Write<T> writer)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (T v : present(values, owner, field)) {
            writer.write(g, present(v, owner, field));
        }
        g.writeEndArray();
    }

    static void text(JsonGenerator g, String s) throws IOException {
        g.writeString(s);
    }

    static void dateTime(JsonGenerator g, LocalDateTime t) throws IOException {
        g.writeString(Values.format(t));
    }

    static void enumName(JsonGenerator g, Enum<?> e) throws IOException {
        g.writeString(e.name());
    }

    static void dossierId(JsonGenerator g, DossierId id) throws IOException {
        g.writeString(id.value());
    }

    static void actor(JsonGenerator g, Actor a) throws IOException {
        g.writeStartObject();
        string(g, a, "id", a.id());
        name(g, a, "role", a.role());
        optional(g, a, "agency", a.agency(), Encoder::text);
        g.writeEndObject();
    }

    static void applicant(JsonGenerator g, Applicant a) throws IOException {
        g.writeStartObject();
        name(g, a, "kind", a.kind());
        string(g, a, "name", a.name());
        string(g, a, "identifier", a.identifier());
        g.writeEndObject();
    }

    static void position(JsonGenerator g, Position p) throws IOException {
        g.writeStartObject();
        name(g, p, "step", p.step());
        string(g, p, "agency", p.agency());
        g.writeEndObject();
    }

    static void timeLimit(JsonGenerator g, TimeLimit l) throws IOException {
        g.writeStartObject();
        g.writeNumberField("amount", l.amount());
        name(g, l, "unit", l.unit());
        g.writeEndObject();
    }

    static void pause(JsonGenerator g, Pause p) throws IOException {
        g.writeStartObject();
        dateTime(g, p, "from", p.from());
        optional(g, p, "until", p.until(), Encoder::dateTime);
        name(g, p, "reason", p.reason());
        g.writeEndObject();
    }

    static void extension(JsonGenerator g, Extension e) throws IOException {
        g.writeStartObject();
        dateTime(g, e, "issuedAt", e.issuedAt());
        dateTime(g, e, "newDue", e.newDue());
        string(g, e, "reason", e.reason());
        string(g, e, "agencyAtFault", e.agencyAtFault());
        g.writeEndObject();
    }

    static void clock(JsonGenerator g, DossierClock c) throws IOException {
        g.writeStartObject();
        dateTime(g, c, "receivedAt", c.receivedAt());
        name(g, c, "channel", c.channel());
        object(g, c, "limit", c.limit(), Encoder::timeLimit);
        dateTime(g, c, "start", c.start());
        list(g, c, "pauses", c.pauses(), Encoder::pause);
        list(g, c, "extensions", c.extensions(), Encoder::extension);
        g.writeEndObject();
    }

    static void dossier(JsonGenerator g, Dossier d) throws IOException {
        g.writeStartObject();
        object(g, d, "id", d.id(), Encoder::dossierId);
        g.writeNumberField("version", d.version());
        string(g, d, "procedureCode", d.procedureCode());
        string(g, d, "receivingAgency", d.receivingAgency());
        object(g, d, "applicant", d.applicant(), Encoder::applicant);
        name(g, d, "channel", d.channel());
        optional(g, d, "account", d.account(), Encoder::text);
        object(g, d, "limit", d.limit(), Encoder::timeLimit);
        optional(g, d, "linkedTo", d.linkedTo(), Encoder::dossierId);
        name(g, d, "state", d.state());
        dateTime(g, d, "submittedAt", d.submittedAt());
        dateTime(g, d, "lastEventAt", d.lastEventAt());
        optional(g, d, "code", d.code(), Encoder::text);
        optional(g, d, "clock", d.clock(), Encoder::clock);
        optional(g, d, "position", d.position(), Encoder::position);
        g.writeBooleanField("completionRequested", d.completionRequested());
        g.writeNumberField("supplementRequests", d.supplementRequests());
        optional(g, d, "stateBeforeWithdrawal", d.stateBeforeWithdrawal(), Encoder::enumName);
        optional(g, d, "outcome", d.outcome(), Encoder::enumName);
        optional(g, d, "finishedAt", d.finishedAt(), Encoder::dateTime);
        g.writeEndObject();
    }

    static void event(JsonGenerator g, DossierEvent e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("version", e.version());
        dateTime(g, e, "at", e.at());
        object(g, e, "actor", e.actor(), Encoder::actor);
        object(g, e, "data", e.data(), Encoder::eventData);
        g.writeEndObject();
    }

    static void eventData(JsonGenerator g, EventData data) throws IOException {
        g.writeStartObject();
        if (data instanceof EventData.Submitted s) {
            g.writeStringField("type", "Submitted");
            object(g, s, "id", s.id(), Encoder::dossierId);
            string(g, s, "procedureCode", s.procedureCode());
            string(g, s, "receivingAgency", s.receivingAgency());
            object(g, s, "applicant", s.applicant(), Encoder::applicant);
            name(g, s, "channel", s.channel());
            optional(g, s, "account", s.account(), Encoder::text);
            object(g, s, "limit", s.limit(), Encoder::timeLimit);
            optional(g, s, "linkedTo", s.linkedTo(), Encoder::dossierId);
        } else if (data instanceof EventData.CompletionRequested c) {
            g.writeStringField("type", "CompletionRequested");
            object(g, c, "form", c.form(), Encoder::form);
        } else if (data instanceof EventData.Completed c) {
            g.writeStringField("type", "Completed");
            string(g, c, "note", c.note());
        } else if (data instanceof EventData.Received r) {
            g.writeStringField("type", "Received");
            string(g, r, "dossierCode", r.dossierCode());
            object(g, r, "clock", r.clock(), Encoder::clock);
            object(g, r, "form", r.form(), Encoder::form);
        } else if (data instanceof EventData.ReceiptRefused r) {
            g.writeStringField("type", "ReceiptRefused");
            object(g, r, "form", r.form(), Encoder::form);
        } else if (data instanceof EventData.HandedOver h) {
            g.writeStringField("type", "HandedOver");
            object(g, h, "to", h.to(), Encoder::position);
            object(g, h, "form", h.form(), Encoder::form);
        } else if (data instanceof EventData.SupplementRequested s) {
            g.writeStringField("type", "SupplementRequested");
            object(g, s, "form", s.form(), Encoder::form);
        } else if (data instanceof EventData.Supplemented s) {
            g.writeStringField("type", "Supplemented");
            string(g, s, "note", s.note());
        } else if (data instanceof EventData.FinancialObligationRequested f) {
            g.writeStringField("type", "FinancialObligationRequested");
            g.writeNumberField("amountVnd", f.amountVnd());
            string(g, f, "description", f.description());
        } else if (data instanceof EventData.FinancialObligationConfirmed f) {
            g.writeStringField("type", "FinancialObligationConfirmed");
            string(g, f, "paymentReference", f.paymentReference());
        } else if (data instanceof EventData.WithdrawalRequested w) {
            g.writeStringField("type", "WithdrawalRequested");
            string(g, w, "reason", w.reason());
            name(g, w, "from", w.from());
        } else if (data instanceof EventData.WithdrawalAccepted) {
            g.writeStringField("type", "WithdrawalAccepted");
        } else if (data instanceof EventData.WithdrawalDeclined w) {
            g.writeStringField("type", "WithdrawalDeclined");
            string(g, w, "reason", w.reason());
        } else if (data instanceof EventData.ProcessingStopped s) {
            g.writeStringField("type", "ProcessingStopped");
            object(g, s, "form", s.form(), Encoder::form);
        } else if (data instanceof EventData.Approved a) {
            g.writeStringField("type", "Approved");
            string(g, a, "result", a.result());
        } else if (data instanceof EventData.Rejected r) {
            g.writeStringField("type", "Rejected");
            list(g, r, "reasons", r.reasons(), Encoder::text);
        } else if (data instanceof EventData.Extended x) {
            g.writeStringField("type", "Extended");
            object(g, x, "extension", x.extension(), Encoder::extension);
            object(g, x, "form", x.form(), Encoder::form);
        } else if (data instanceof EventData.ResultReturned r) {
            g.writeStringField("type", "ResultReturned");
            name(g, r, "channel", r.channel());
        } else {
            throw new AssertionError("no JSON for " + data.getClass());
        }
        g.writeEndObject();
    }

    /** The {@code form} discriminator of a form: its index in {@link Decoder#FORM_TYPES}. */
    static int formType(Form f) {
        if (f instanceof Form.ReceiptSlip) {
            return Decoder.RECEIPT_SLIP;
        } else if (f instanceof Form.SupplementRequest) {
            return Decoder.SUPPLEMENT_REQUEST;
        } else if (f instanceof Form.Refusal) {
            return Decoder.REFUSAL;
        } else if (f instanceof Form.Apology) {
            return Decoder.APOLOGY;
        } else if (f instanceof Form.StopNotice) {
            return Decoder.STOP_NOTICE;
        } else if (f instanceof Form.ControlSlipEntry) {
            return Decoder.CONTROL_SLIP_ENTRY;
        }
        throw new AssertionError("no JSON for " + f.getClass());
    }

    static void form(JsonGenerator g, Form form) throws IOException {
        g.writeStartObject();
        g.writeStringField("form", Decoder.FORM_TYPE_NAMES.name(formType(form)));
        name(g, form, "edition", form.edition());
        if (form instanceof Form.ReceiptSlip r) {
            string(g, r, "dossierCode", r.dossierCode());
            string(g, r, "procedureCode", r.procedureCode());
            string(g, r, "applicantName", r.applicantName());
            dateTime(g, r, "receivedAt", r.receivedAt());
            dateTime(g, r, "appointment", r.appointment());
            string(g, r, "officer", r.officer());
            string(g, r, "agency", r.agency());
        } else if (form instanceof Form.SupplementRequest s) {
            list(g, s, "missing", s.missing(), Encoder::text);
            string(g, s, "reason", s.reason());
            string(g, s, "officer", s.officer());
            string(g, s, "agency", s.agency());
            g.writeBooleanField("afterAppraisal", s.afterAppraisal());
            g.writeBooleanField("late", s.late());
        } else if (form instanceof Form.Refusal r) {
            list(g, r, "reasons", r.reasons(), Encoder::text);
            string(g, r, "officer", r.officer());
            string(g, r, "agency", r.agency());
        } else if (form instanceof Form.Apology a) {
            string(g, a, "reason", a.reason());
            dateTime(g, a, "previousDue", a.previousDue());
            dateTime(g, a, "newDue", a.newDue());
            string(g, a, "agencyAtFault", a.agencyAtFault());
        } else if (form instanceof Form.StopNotice s) {
            string(g, s, "reason", s.reason());
            string(g, s, "officer", s.officer());
            string(g, s, "agency", s.agency());
        } else if (form instanceof Form.ControlSlipEntry c) {
            optional(g, c, "from", c.from(), Encoder::position);
            object(g, c, "to", c.to(), Encoder::position);
            dateTime(g, c, "at", c.at());
            string(g, c, "officer", c.officer());
        }
        g.writeEndObject();
    }
}
