package vn.dvc.json;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Every field name of dvc's JSON, pre-serialized once: {@link Encoder} writes them without
 * escaping them again and {@link Decoder} matches them against the input without a symbol-table
 * lookup ({@code JsonParser.nextFieldName(SerializableString)}). Which type has which fields, in
 * which order, is {@link Decoder}'s field lists.
 */
final class Names {

    static final SerializedString SCHEMA_VERSION = new SerializedString("schemaVersion");
    static final SerializedString DOSSIER = new SerializedString("dossier");
    static final SerializedString EVENT = new SerializedString("event");
    static final SerializedString EVENTS = new SerializedString("events");
    static final SerializedString ID = new SerializedString("id");
    static final SerializedString VERSION = new SerializedString("version");
    static final SerializedString PROCEDURE_CODE = new SerializedString("procedureCode");
    static final SerializedString RECEIVING_AGENCY = new SerializedString("receivingAgency");
    static final SerializedString APPLICANT = new SerializedString("applicant");
    static final SerializedString CHANNEL = new SerializedString("channel");
    static final SerializedString ACCOUNT = new SerializedString("account");
    static final SerializedString LIMIT = new SerializedString("limit");
    static final SerializedString LINKED_TO = new SerializedString("linkedTo");
    static final SerializedString STATE = new SerializedString("state");
    static final SerializedString SUBMITTED_AT = new SerializedString("submittedAt");
    static final SerializedString LAST_EVENT_AT = new SerializedString("lastEventAt");
    static final SerializedString CODE = new SerializedString("code");
    static final SerializedString CLOCK = new SerializedString("clock");
    static final SerializedString POSITION = new SerializedString("position");
    static final SerializedString COMPLETION_REQUESTED = new SerializedString("completionRequested");
    static final SerializedString SUPPLEMENT_REQUESTS = new SerializedString("supplementRequests");
    static final SerializedString STATE_BEFORE_WITHDRAWAL = new SerializedString("stateBeforeWithdrawal");
    static final SerializedString OUTCOME = new SerializedString("outcome");
    static final SerializedString FINISHED_AT = new SerializedString("finishedAt");
    static final SerializedString AT = new SerializedString("at");
    static final SerializedString ACTOR = new SerializedString("actor");
    static final SerializedString DATA = new SerializedString("data");
    static final SerializedString ROLE = new SerializedString("role");
    static final SerializedString AGENCY = new SerializedString("agency");
    static final SerializedString KIND = new SerializedString("kind");
    static final SerializedString NAME = new SerializedString("name");
    static final SerializedString IDENTIFIER = new SerializedString("identifier");
    static final SerializedString STEP = new SerializedString("step");
    static final SerializedString AMOUNT = new SerializedString("amount");
    static final SerializedString UNIT = new SerializedString("unit");
    static final SerializedString FROM = new SerializedString("from");
    static final SerializedString UNTIL = new SerializedString("until");
    static final SerializedString REASON = new SerializedString("reason");
    static final SerializedString ISSUED_AT = new SerializedString("issuedAt");
    static final SerializedString NEW_DUE = new SerializedString("newDue");
    static final SerializedString AGENCY_AT_FAULT = new SerializedString("agencyAtFault");
    static final SerializedString RECEIVED_AT = new SerializedString("receivedAt");
    static final SerializedString START = new SerializedString("start");
    static final SerializedString PAUSES = new SerializedString("pauses");
    static final SerializedString EXTENSIONS = new SerializedString("extensions");
    static final SerializedString TYPE = new SerializedString("type");
    static final SerializedString FORM = new SerializedString("form");
    static final SerializedString NOTE = new SerializedString("note");
    static final SerializedString DOSSIER_CODE = new SerializedString("dossierCode");
    static final SerializedString TO = new SerializedString("to");
    static final SerializedString AMOUNT_VND = new SerializedString("amountVnd");
    static final SerializedString DESCRIPTION = new SerializedString("description");
    static final SerializedString PAYMENT_REFERENCE = new SerializedString("paymentReference");
    static final SerializedString RESULT = new SerializedString("result");
    static final SerializedString REASONS = new SerializedString("reasons");
    static final SerializedString EXTENSION = new SerializedString("extension");
    static final SerializedString EDITION = new SerializedString("edition");
    static final SerializedString APPLICANT_NAME = new SerializedString("applicantName");
    static final SerializedString APPOINTMENT = new SerializedString("appointment");
    static final SerializedString OFFICER = new SerializedString("officer");
    static final SerializedString MISSING = new SerializedString("missing");
    static final SerializedString AFTER_APPRAISAL = new SerializedString("afterAppraisal");
    static final SerializedString LATE = new SerializedString("late");
    static final SerializedString PREVIOUS_DUE = new SerializedString("previousDue");

    private Names() {
    }
}
