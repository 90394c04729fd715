package vn.dvc.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A dossier code (mã số hồ sơ): the receiving agency, the receipt date and a sequence number in the
 * day (Decree 61/2018/NĐ-CP, Art. 26), printed on the receipt slip and used to look the dossier up.
 * Two {@link Format formats}:
 * <ul>
 *   <li>{@link Format#ONE_STOP}: {@code agency-YYMMDD-XXXX} (Circular 01/2018/TT-VPCP, Art. 19),
 *       e.g. {@code 000.00.00.H30-250129-0001}: a 4-digit sequence, 0001 to 9999, per agency and
 *       day;</li>
 *   <li>{@link Format#CENTRALISED}: {@code MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX} for nationally
 *       centralised information systems (Circular 03/2025/TT-VPCP, Art. 13(3), added by Circular
 *       04/2025/TT-VPCP, Art. 23), e.g. {@code H29.123.45-250129-010001}: {@code AA} = the
 *       2-digit identifier of the owning system, {@code XXXX} = a sequence of at least 4 digits.</li>
 * </ul>
 *
 * <p>{@code YYMMDD} is read as a date of 2000–2099. {@link #toString()} prints the code back exactly
 * as parsed; in particular a centralised sequence written with more than 4 digits keeps its width
 * (e.g. {@code 01000123}), which is part of {@link #equals(Object)}.
 *
 * <p><b>Uncertain.</b> Whether a sequence of 0 ({@code 0000}) can occur: dvc refuses it, numbering
 * from 1. dvc accepts at most 12 sequence digits in the centralised format. Art. 13(1)–(2) of
 * Circular 03/2025 were not seen.
 *
 * <p>Immutable and thread-safe.
 */
public final class DossierCode {

    /** The largest sequence number of the {@link Format#ONE_STOP} format. */
    public static final int MAX_ONE_STOP_SEQUENCE = 9999;
    /** The most sequence digits accepted in the {@link Format#CENTRALISED} format. */
    public static final int MAX_CENTRALISED_DIGITS = 12;

    /** The two formats of a dossier code. */
    public enum Format {
        /** {@code agency-YYMMDD-XXXX} (Circular 01/2018/TT-VPCP, Art. 19). */
        ONE_STOP,
        /** {@code MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX} (Circular 03/2025/TT-VPCP, Art. 13(3)). */
        CENTRALISED
    }

    private final Format format;
    private final AgencyId agency;
    private final LocalDate receiptDate;
    private final int systemId;
    private final long sequence;
    private final int sequenceDigits;

    private DossierCode(Format format, AgencyId agency, LocalDate receiptDate, int systemId, long sequence,
            int sequenceDigits) {
        this.format = format;
        this.agency = agency;
        this.receiptDate = receiptDate;
        this.systemId = systemId;
        this.sequence = sequence;
        this.sequenceDigits = sequenceDigits;
    }

    /**
     * A code in the {@link Format#ONE_STOP} format.
     *
     * @param agency the receiving agency
     * @param receiptDate the receipt date, 2000-01-01 to 2099-12-31
     * @param sequence the number in the day, 1 to 9999
     * @return the code
     * @throws InvalidIdentifierException if the date or the sequence is out of range
     */
    public static DossierCode of(AgencyId agency, LocalDate receiptDate, int sequence) {
        Objects.requireNonNull(agency, "agency");
        checkDate(receiptDate);
        if (sequence < 1 || sequence > MAX_ONE_STOP_SEQUENCE) {
            throw new InvalidIdentifierException("id.dossier.sequenceRange", sequence, MAX_ONE_STOP_SEQUENCE);
        }
        return new DossierCode(Format.ONE_STOP, agency, receiptDate, -1, sequence, 4);
    }

    /**
     * A code in the {@link Format#CENTRALISED} format, its sequence written with at least 4 digits.
     *
     * @param agency the receiving agency, of the shape {@code MX1X2.Y1Y2Y3.Z1Z2}
     * @param receiptDate the receipt date, 2000-01-01 to 2099-12-31
     * @param systemId the owning system's identifier, 0 to 99
     * @param sequence the number in the day, 1 to 999 999 999 999
     * @return the code
     * @throws InvalidIdentifierException if the agency has another shape or a number is out of range
     */
    public static DossierCode centralised(AgencyId agency, LocalDate receiptDate, int systemId, long sequence) {
        Objects.requireNonNull(agency, "agency");
        checkDate(receiptDate);
        checkCentralisedAgency(agency, agency.value());
        if (systemId < 0 || systemId > 99) {
            throw new InvalidIdentifierException("id.dossier.systemId", systemId);
        }
        long max = maxCentralisedSequence();
        if (sequence < 1 || sequence > max) {
            throw new InvalidIdentifierException("id.dossier.sequenceRange", sequence, max);
        }
        int digits = Math.max(4, Long.toString(sequence).length());
        return new DossierCode(Format.CENTRALISED, agency, receiptDate, systemId, sequence, digits);
    }

    static long maxCentralisedSequence() {
        return 999_999_999_999L;
    }

    /**
     * Reads a dossier code of either format. The format follows from the last part: 4 digits for
     * {@link Format#ONE_STOP}, 6 or more for {@link Format#CENTRALISED}.
     *
     * @param text e.g. {@code 000.00.00.H30-250129-0001} or {@code H29.123.45-250129-010001}
     * @return the code
     * @throws InvalidIdentifierException if the text is not {@code agency-YYMMDD-sequence}, the
     *     agency is malformed, the date does not exist, or the sequence has the wrong length or is 0
     */
    public static DossierCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        String[] parts = s.split("-", -1);
        if (parts.length != 3) {
            throw new InvalidIdentifierException("id.dossier.parts", s);
        }
        AgencyId agency = AgencyId.parse(parts[0]);
        if (parts[0].length() != parts[0].strip().length()) {
            throw new InvalidIdentifierException("id.dossier.parts", s);
        }
        LocalDate date = parseDate(s, parts[1]);
        String tail = parts[2];
        if (!Digits.allDigits(tail) || tail.length() == 5 || tail.length() < 4
                || tail.length() > 2 + MAX_CENTRALISED_DIGITS) {
            throw new InvalidIdentifierException("id.dossier.sequence", s, tail);
        }
        if (tail.length() == 4) {
            int seq = Integer.parseInt(tail);
            if (seq == 0) {
                throw new InvalidIdentifierException("id.dossier.sequenceZero", s);
            }
            return new DossierCode(Format.ONE_STOP, agency, date, -1, seq, 4);
        }
        checkCentralisedAgency(agency, s);
        int system = Integer.parseInt(tail.substring(0, 2));
        String seqText = tail.substring(2);
        long seq = Long.parseLong(seqText);
        if (seq == 0) {
            throw new InvalidIdentifierException("id.dossier.sequenceZero", s);
        }
        return new DossierCode(Format.CENTRALISED, agency, date, system, seq, seqText.length());
    }

    /**
     * Reads a dossier code, or gives nothing if it is malformed.
     *
     * @param text the text
     * @return the code, or empty if {@link #parse(CharSequence)} would refuse it
     */
    public static Optional<DossierCode> tryParse(CharSequence text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    private static LocalDate parseDate(String code, String yymmdd) {
        if (yymmdd.length() != 6 || !Digits.allDigits(yymmdd)) {
            throw new InvalidIdentifierException("id.dossier.date", code, yymmdd);
        }
        try {
            return LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4)));
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("id.dossier.date", code, yymmdd);
        }
    }

    private static void checkDate(LocalDate date) {
        Objects.requireNonNull(date, "receiptDate");
        if (date.getYear() < 2000 || date.getYear() > 2099) {
            throw new InvalidIdentifierException("id.dossier.year", date);
        }
    }

    private static void checkCentralisedAgency(AgencyId agency, String code) {
        if (!agency.isCentralisedShape()) {
            throw new InvalidIdentifierException("id.dossier.centralAgency", code, agency.value());
        }
    }

    /**
     * The format of this code.
     *
     * @return {@link Format#ONE_STOP} or {@link Format#CENTRALISED}
     */
    public Format format() {
        return format;
    }

    /**
     * The receiving agency.
     *
     * @return the agency identifier
     */
    public AgencyId agency() {
        return agency;
    }

    /**
     * The receipt date ({@code YYMMDD} read as 20YY).
     *
     * @return a date of 2000–2099
     */
    public LocalDate receiptDate() {
        return receiptDate;
    }

    /**
     * The number in the day ({@code XXXX}).
     *
     * @return 1 or more
     */
    public long sequence() {
        return sequence;
    }

    /**
     * The identifier of the owning system ({@code AA}) of a centralised code.
     *
     * @return 0 to 99, or empty for a {@link Format#ONE_STOP} code
     */
    public OptionalInt systemId() {
        return systemId < 0 ? OptionalInt.empty() : OptionalInt.of(systemId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DossierCode other && format == other.format && agency.equals(other.agency)
                && receiptDate.equals(other.receiptDate) && systemId == other.systemId
                && sequence == other.sequence && sequenceDigits == other.sequenceDigits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, agency, receiptDate, systemId, sequence, sequenceDigits);
    }

    /**
     * The code as printed on the receipt slip, exactly as parsed.
     *
     * @return e.g. {@code 000.00.00.H30-250129-0001}
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(agency.value().length() + 20);
        b.append(agency.value()).append('-');
        pad(b, receiptDate.getYear() % 100, 2);
        pad(b, receiptDate.getMonthValue(), 2);
        pad(b, receiptDate.getDayOfMonth(), 2);
        b.append('-');
        if (format == Format.CENTRALISED) {
            pad(b, systemId, 2);
        }
        pad(b, sequence, sequenceDigits);
        return b.toString();
    }

    private static void pad(StringBuilder b, long n, int width) {
        String s = Long.toString(n);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
    }
}
