package vn.dvc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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
 * Writes dvc's domain values to a Jackson {@link JsonGenerator}, field by field in the order of
 * {@link Decoder}'s lists. An empty {@link Optional} is written by leaving its field out; lists are
 * always written, even empty. Field names, enum constants and discriminators are written
 * pre-serialized ({@link Names}, {@link NameTable}), date-times from a reused character buffer.
 * One instance writes to one generator; not thread-safe.
 */
final class Encoder {

    /** Writes one value. */
    @FunctionalInterface
    interface Write<T> {
        void write(Encoder e, T value) throws IOException;
    }

    private final JsonGenerator g;
    private final char[] dateTime = new char[Values.MAX_COMMON_DATE_TIME];

    Encoder(JsonGenerator g) {
        this.g = g;
    }

    private static <T> T present(T value, Object owner, SerializedString field) {
        if (value == null) {
            throw new DvcJsonException("json.writeNull", "$", owner.getClass().getSimpleName(), field.getValue());
        }
        return value;
    }

    private void string(Object owner, SerializedString field, String value) throws IOException {
        g.writeFieldName(field);
        g.writeString(present(value, owner, field));
    }

    private void dateTime(Object owner, SerializedString field, LocalDateTime value) throws IOException {
        g.writeFieldName(field);
        dateTime(present(value, owner, field));
    }

    private <E extends Enum<E>> void constant(Object owner, SerializedString field, E value, NameTable<E> names)
            throws IOException {
        g.writeFieldName(field);
        g.writeString(names.serialized(present(value, owner, field).ordinal()));
    }

    private <T> void object(Object owner, SerializedString field, T value, Write<T> writer) throws IOException {
        g.writeFieldName(field);
        writer.write(this, present(value, owner, field));
    }

    private <T> void optional(Object owner, SerializedString field, Optional<T> value, Write<T> writer)
            throws IOException {
        Optional<T> v = present(value, owner, field);
        if (v.isPresent()) {
            g.writeFieldName(field);
            writer.write(this, v.get());
        }
    }

    private <T> void list(Object owner, SerializedString field, List<T> values, Write<T> writer) throws IOException {
        g.writeFieldName(field);
        g.writeStartArray();
        for (T v : present(values, owner, field)) {
            writer.write(this, present(v, owner, field));
        }
        g.writeEndArray();
    }

    private void number(SerializedString field, long value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(value);
    }

    private void bool(SerializedString field, boolean value) throws IOException {
        g.writeFieldName(field);
        g.writeBoolean(value);
    }

    /** Starts a top-level document: {@code {"schemaVersion":1,"<payload>":}. */
    void startDocument(SerializedString payload) throws IOException {
        g.writeStartObject();
        number(Names.SCHEMA_VERSION, DvcJson.SCHEMA_VERSION);
        g.writeFieldName(payload);
    }

    void events(List<DossierEvent> events) throws IOException {
        g.writeStartArray();
        for (DossierEvent e : events) {
            event(e);
        }
        g.writeEndArray();
    }

    void endDocument() throws IOException {
        g.writeEndObject();
    }

    void text(String s) throws IOException {
        g.writeString(s);
    }

    void dateTime(LocalDateTime t) throws IOException {
        int n = Values.format(t, dateTime);
        if (n < 0) {
            g.writeString(Values.DATE_TIME.format(t));
        } else {
            g.writeString(dateTime, 0, n);
        }
    }

    <E extends Enum<E>> void constant(E e, NameTable<E> names) throws IOException {
        g.writeString(names.serialized(e.ordinal()));
    }

    void dossierId(DossierId id) throws IOException {
        g.writeString(id.value());
    }

    void actor(Actor a) throws IOException {
        g.writeStartObject();
        string(a, Names.ID, a.id());
        constant(a, Names.ROLE, a.role(), Decoder.ROLES);
        optional(a, Names.AGENCY, a.agency(), Encoder::text);
        g.writeEndObject();
    }

    void applicant(Applicant a) throws IOException {
        g.writeStartObject();
        constant(a, Names.KIND, a.kind(), Decoder.APPLICANT_KINDS);
        string(a, Names.NAME, a.name());
        string(a, Names.IDENTIFIER, a.identifier());
        g.writeEndObject();
    }

    void position(Position p) throws IOException {
        g.writeStartObject();
        constant(p, Names.STEP, p.step(), Decoder.STEP_KINDS);
        string(p, Names.AGENCY, p.agency());
        g.writeEndObject();
    }

    void timeLimit(TimeLimit l) throws IOException {
        g.writeStartObject();
        number(Names.AMOUNT, l.amount());
        constant(l, Names.UNIT, l.unit(), Decoder.LIMIT_UNITS);
        g.writeEndObject();
    }

    void pause(Pause p) throws IOException {
        g.writeStartObject();
        dateTime(p, Names.FROM, p.from());
        optional(p, Names.UNTIL, p.until(), Encoder::dateTime);
        constant(p, Names.REASON, p.reason(), Decoder.PAUSE_REASONS);
        g.writeEndObject();
    }

    void extension(Extension e) throws IOException {
        g.writeStartObject();
        dateTime(e, Names.ISSUED_AT, e.issuedAt());
        dateTime(e, Names.NEW_DUE, e.newDue());
        string(e, Names.REASON, e.reason());
        string(e, Names.AGENCY_AT_FAULT, e.agencyAtFault());
        g.writeEndObject();
    }

    void clock(DossierClock c) throws IOException {
        g.writeStartObject();
        dateTime(c, Names.RECEIVED_AT, c.receivedAt());
        constant(c, Names.CHANNEL, c.channel(), Decoder.CHANNELS);
        object(c, Names.LIMIT, c.limit(), Encoder::timeLimit);
        dateTime(c, Names.START, c.start());
        list(c, Names.PAUSES, c.pauses(), Encoder::pause);
        list(c, Names.EXTENSIONS, c.extensions(), Encoder::extension);
        g.writeEndObject();
    }

    void dossier(Dossier d) throws IOException {
        g.writeStartObject();
        object(d, Names.ID, d.id(), Encoder::dossierId);
        number(Names.VERSION, d.version());
        string(d, Names.PROCEDURE_CODE, d.procedureCode());
        string(d, Names.RECEIVING_AGENCY, d.receivingAgency());
        object(d, Names.APPLICANT, d.applicant(), Encoder::applicant);
        constant(d, Names.CHANNEL, d.channel(), Decoder.CHANNELS);
        optional(d, Names.ACCOUNT, d.account(), Encoder::text);
        object(d, Names.LIMIT, d.limit(), Encoder::timeLimit);
        optional(d, Names.LINKED_TO, d.linkedTo(), Encoder::dossierId);
        constant(d, Names.STATE, d.state(), Decoder.DOSSIER_STATES);
        dateTime(d, Names.SUBMITTED_AT, d.submittedAt());
        dateTime(d, Names.LAST_EVENT_AT, d.lastEventAt());
        optional(d, Names.CODE, d.code(), Encoder::text);
        optional(d, Names.CLOCK, d.clock(), Encoder::clock);
        optional(d, Names.POSITION, d.position(), Encoder::position);
        bool(Names.COMPLETION_REQUESTED, d.completionRequested());
        number(Names.SUPPLEMENT_REQUESTS, d.supplementRequests());
        optional(d, Names.STATE_BEFORE_WITHDRAWAL, d.stateBeforeWithdrawal(),
                (e, s) -> e.constant(s, Decoder.DOSSIER_STATES));
        optional(d, Names.OUTCOME, d.outcome(), (e, o) -> e.constant(o, Decoder.OUTCOMES));
        optional(d, Names.FINISHED_AT, d.finishedAt(), Encoder::dateTime);
        g.writeEndObject();
    }

    void event(DossierEvent e) throws IOException {
        g.writeStartObject();
        number(Names.VERSION, e.version());
        dateTime(e, Names.AT, e.at());
        object(e, Names.ACTOR, e.actor(), Encoder::actor);
        object(e, Names.DATA, e.data(), Encoder::eventData);
        g.writeEndObject();
    }

    private void type(int type) throws IOException {
        g.writeFieldName(Names.TYPE);
        g.writeString(Decoder.EVENT_TYPE_NAMES.serialized(type));
    }

    void eventData(EventData data) throws IOException {
        g.writeStartObject();
        if (data instanceof EventData.Submitted s) {
            type(Decoder.SUBMITTED);
            object(s, Names.ID, s.id(), Encoder::dossierId);
            string(s, Names.PROCEDURE_CODE, s.procedureCode());
            string(s, Names.RECEIVING_AGENCY, s.receivingAgency());
            object(s, Names.APPLICANT, s.applicant(), Encoder::applicant);
            constant(s, Names.CHANNEL, s.channel(), Decoder.CHANNELS);
            optional(s, Names.ACCOUNT, s.account(), Encoder::text);
            object(s, Names.LIMIT, s.limit(), Encoder::timeLimit);
            optional(s, Names.LINKED_TO, s.linkedTo(), Encoder::dossierId);
        } else if (data instanceof EventData.CompletionRequested c) {
            type(Decoder.COMPLETION_REQUESTED);
            object(c, Names.FORM, c.form(), Encoder::form);
        } else if (data instanceof EventData.Completed c) {
            type(Decoder.COMPLETED);
            string(c, Names.NOTE, c.note());
        } else if (data instanceof EventData.Received r) {
            type(Decoder.RECEIVED);
            string(r, Names.DOSSIER_CODE, r.dossierCode());
            object(r, Names.CLOCK, r.clock(), Encoder::clock);
            object(r, Names.FORM, r.form(), Encoder::form);
        } else if (data instanceof EventData.ReceiptRefused r) {
            type(Decoder.RECEIPT_REFUSED);
            object(r, Names.FORM, r.form(), Encoder::form);
        } else if (data instanceof EventData.HandedOver h) {
            type(Decoder.HANDED_OVER);
            object(h, Names.TO, h.to(), Encoder::position);
            object(h, Names.FORM, h.form(), Encoder::form);
        } else if (data instanceof EventData.SupplementRequested s) {
            type(Decoder.SUPPLEMENT_REQUESTED);
            object(s, Names.FORM, s.form(), Encoder::form);
        } else if (data instanceof EventData.Supplemented s) {
            type(Decoder.SUPPLEMENTED);
            string(s, Names.NOTE, s.note());
        } else if (data instanceof EventData.FinancialObligationRequested f) {
            type(Decoder.FINANCIAL_OBLIGATION_REQUESTED);
            number(Names.AMOUNT_VND, f.amountVnd());
            string(f, Names.DESCRIPTION, f.description());
        } else if (data instanceof EventData.FinancialObligationConfirmed f) {
            type(Decoder.FINANCIAL_OBLIGATION_CONFIRMED);
            string(f, Names.PAYMENT_REFERENCE, f.paymentReference());
        } else if (data instanceof EventData.WithdrawalRequested w) {
            type(Decoder.WITHDRAWAL_REQUESTED);
            string(w, Names.REASON, w.reason());
            constant(w, Names.FROM, w.from(), Decoder.DOSSIER_STATES);
        } else if (data instanceof EventData.WithdrawalAccepted) {
            type(Decoder.WITHDRAWAL_ACCEPTED);
        } else if (data instanceof EventData.WithdrawalDeclined w) {
            type(Decoder.WITHDRAWAL_DECLINED);
            string(w, Names.REASON, w.reason());
        } else if (data instanceof EventData.ProcessingStopped s) {
            type(Decoder.PROCESSING_STOPPED);
            object(s, Names.FORM, s.form(), Encoder::form);
        } else if (data instanceof EventData.Approved a) {
            type(Decoder.APPROVED);
            string(a, Names.RESULT, a.result());
        } else if (data instanceof EventData.Rejected r) {
            type(Decoder.REJECTED);
            list(r, Names.REASONS, r.reasons(), Encoder::text);
        } else if (data instanceof EventData.Extended x) {
            type(Decoder.EXTENDED);
            object(x, Names.EXTENSION, x.extension(), Encoder::extension);
            object(x, Names.FORM, x.form(), Encoder::form);
        } else if (data instanceof EventData.ResultReturned r) {
            type(Decoder.RESULT_RETURNED);
            constant(r, Names.CHANNEL, r.channel(), Decoder.CHANNELS);
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

    void form(Form form) throws IOException {
        g.writeStartObject();
        g.writeFieldName(Names.FORM);
        g.writeString(Decoder.FORM_TYPE_NAMES.serialized(formType(form)));
        constant(form, Names.EDITION, form.edition(), Decoder.FORM_EDITIONS);
        if (form instanceof Form.ReceiptSlip r) {
            string(r, Names.DOSSIER_CODE, r.dossierCode());
            string(r, Names.PROCEDURE_CODE, r.procedureCode());
            string(r, Names.APPLICANT_NAME, r.applicantName());
            dateTime(r, Names.RECEIVED_AT, r.receivedAt());
            dateTime(r, Names.APPOINTMENT, r.appointment());
            string(r, Names.OFFICER, r.officer());
            string(r, Names.AGENCY, r.agency());
        } else if (form instanceof Form.SupplementRequest s) {
            list(s, Names.MISSING, s.missing(), Encoder::text);
            string(s, Names.REASON, s.reason());
            string(s, Names.OFFICER, s.officer());
            string(s, Names.AGENCY, s.agency());
            bool(Names.AFTER_APPRAISAL, s.afterAppraisal());
            bool(Names.LATE, s.late());
        } else if (form instanceof Form.Refusal r) {
            list(r, Names.REASONS, r.reasons(), Encoder::text);
            string(r, Names.OFFICER, r.officer());
            string(r, Names.AGENCY, r.agency());
        } else if (form instanceof Form.Apology a) {
            string(a, Names.REASON, a.reason());
            dateTime(a, Names.PREVIOUS_DUE, a.previousDue());
            dateTime(a, Names.NEW_DUE, a.newDue());
            string(a, Names.AGENCY_AT_FAULT, a.agencyAtFault());
        } else if (form instanceof Form.StopNotice s) {
            string(s, Names.REASON, s.reason());
            string(s, Names.OFFICER, s.officer());
            string(s, Names.AGENCY, s.agency());
        } else if (form instanceof Form.ControlSlipEntry c) {
            optional(c, Names.FROM, c.from(), Encoder::position);
            object(c, Names.TO, c.to(), Encoder::position);
            dateTime(c, Names.AT, c.at());
            string(c, Names.OFFICER, c.officer());
        }
        g.writeEndObject();
    }
}
