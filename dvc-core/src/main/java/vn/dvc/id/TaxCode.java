package vn.dvc.id;

import java.util.Objects;
import java.util.Optional;

/**
 * A tax code (mã số thuế, MST): 10 digits, or 10 digits, a hyphen and 3 digits for a dependent
 * unit (đơn vị phụ thuộc: branch, representative office, business location), e.g.
 * {@code 0100109106} and {@code 0100109106-001} (Circular 105/2020/TT-BTC, Art. 5).
 *
 * <p>An enterprise's code (mã số doanh nghiệp) is its tax code, and is also its electronic
 * identifier (Decision 20/2020/QĐ-TTg, Art. 5). From 1/7/2025 an individual's tax code is their
 * {@link PersonalId personal identification number}, which this type does not accept.
 *
 * <p><b>Check digit.</b> The tenth digit is {@code N10 = 10 − (Σ Ni·Wi mod 11)} over the first nine
 * digits with weights {@code W = 31, 29, 23, 19, 17, 13, 7, 5, 3} (verified on 0100109106,
 * 0101248141, 0300588569). When {@code Σ mod 11 = 0} the formula gives 10, which is not a digit:
 * dvc refuses such a code (UNCERTAIN: no official statement was found that these nine digits are
 * never issued, but no code can carry the check digit 10). Beware: one published implementation
 * uses {@code 11 − r}, which accepts codes that are wrong here (e.g. 0100109107).
 *
 * <p>The dependent-unit suffix runs from {@code -001} to {@code -999}; {@code -000} is refused.
 *
 * <p>Tax codes of organisations are public (the enterprise register prints them), so
 * {@link #toString()} prints the full code. A 10-digit tax code issued to an individual before
 * 1/7/2025 is personal data: treat it accordingly. Exception messages never repeat the code.
 *
 * <p>Immutable and thread-safe; equal when the codes are equal.
 */
public final class TaxCode {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private final String value;

    private TaxCode(String value) {
        this.value = value;
    }

    /**
     * Reads a tax code. Surrounding white space is ignored.
     *
     * @param text {@code NNNNNNNNNN} or {@code NNNNNNNNNN-NNN}
     * @return the tax code
     * @throws InvalidIdentifierException if the text is not of that form, the check digit is wrong,
     *     the first nine digits admit no check digit, or the suffix is {@code -000}
     */
    public static TaxCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        boolean shape = (s.length() == 10 && Digits.allDigits(s))
                || (s.length() == 14 && s.charAt(10) == '-' && Digits.allDigits(s.substring(0, 10))
                        && Digits.allDigits(s.substring(11)));
        if (!shape) {
            throw new InvalidIdentifierException("id.tax.format", s.length());
        }
        int expected = checkDigit(s.substring(0, 9));
        if (expected < 0) {
            throw new InvalidIdentifierException("id.tax.noCheckDigit");
        }
        int actual = s.charAt(9) - '0';
        if (actual != expected) {
            throw new InvalidIdentifierException("id.tax.checkDigit", actual, expected);
        }
        if (s.length() == 14 && s.endsWith("-000")) {
            throw new InvalidIdentifierException("id.tax.branchZero");
        }
        return new TaxCode(s);
    }

    /**
     * Reads a tax code, or gives nothing if it is malformed.
     *
     * @param text the text
     * @return the tax code, or empty if {@link #parse(CharSequence)} would refuse it
     */
    public static Optional<TaxCode> tryParse(CharSequence text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    /**
     * The check digit of nine digits: {@code 10 − (Σ Ni·Wi mod 11)}.
     *
     * @param firstNine the first nine digits of a tax code
     * @return 0 to 9, or -1 if the sum is a multiple of 11 (no valid check digit)
     * @throws InvalidIdentifierException if the text is not nine digits
     */
    public static int checkDigit(CharSequence firstNine) {
        Objects.requireNonNull(firstNine, "firstNine");
        if (firstNine.length() != 9 || !Digits.allDigits(firstNine)) {
            throw new InvalidIdentifierException("id.tax.firstNine", firstNine.length());
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        return check == 10 ? -1 : check;
    }

    /**
     * The full code, as parsed.
     *
     * @return 10 digits, or 10 digits, a hyphen and 3 digits
     */
    public String value() {
        return value;
    }

    /**
     * Whether this is the code of a dependent unit ({@code -NNN}).
     *
     * @return {@code true} for a 14-character code
     */
    public boolean isBranch() {
        return value.length() == 14;
    }

    /**
     * The code of the unit this one depends on: the first 10 digits of a dependent unit's code.
     *
     * @return the parent code, or empty if this is not a dependent unit
     */
    public Optional<TaxCode> parent() {
        return isBranch() ? Optional.of(new TaxCode(value.substring(0, 10))) : Optional.empty();
    }

    /**
     * The dependent-unit number, e.g. {@code 001}.
     *
     * @return three digits, or empty if this is not a dependent unit
     */
    public Optional<String> branchNumber() {
        return isBranch() ? Optional.of(value.substring(11)) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaxCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The full code.
     *
     * @return e.g. {@code 0100109106-001}
     */
    @Override
    public String toString() {
        return value;
    }
}
