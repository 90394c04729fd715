package vn.dvc.id;

import java.time.LocalDate;
import java.util.Locale;
import vn.dvc.i18n.LocalizedMessage;
import vn.dvc.i18n.Messages;

/**
 * Thrown by {@link DossierCodeGenerator} when an agency has used every sequence number of a day
 * (9999 in the {@link DossierCode.Format#ONE_STOP} format). The generator never wraps around to
 * 0001, which would issue a code twice; the agency needs another identifier or format for the rest
 * of the day.
 */
public final class DossierSequenceExhaustedException extends IllegalStateException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "id.dossier.exhausted";

    private final transient Object[] args;

    DossierSequenceExhaustedException(AgencyId agency, LocalDate day, long max) {
        this(new Object[] {agency.value(), max, day.toString()});
    }

    private DossierSequenceExhaustedException(Object[] args) {
        super(Messages.english(CODE, args));
        this.args = args;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(locale, CODE, args);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
