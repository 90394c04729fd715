package vn.dvc.id;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An old identity card number (số chứng minh nhân dân, CMND): 9 digits whose first two are the
 * code of the issuing province's police, or 12 digits following the structure of the
 * {@link PersonalId personal identification number} (the 12-digit CMND of 2012–2016, whose number
 * was kept on the later citizen identity card).
 *
 * <p><b>Expired.</b> CMND cards ceased to be valid on 31/12/2024 (Law on Identity 2023, Art. 46;
 * the date is UNCERTAIN in dvc's sources). Keep this type only as a historical or linking field,
 * e.g. to match old records with a person's current {@link PersonalId}; never accept it as a
 * current identity document.
 *
 * <p><b>Province prefixes (configuration, UNCERTAIN).</b> A 9-digit number must begin with a
 * prefix from a configurable list. {@link #defaultProvincePrefixes()} is 01 to 38: 01 Hà Nội,
 * 02 TP Hồ Chí Minh, 03 Hải Phòng, ... 38 Bạc Liêu and Cà Mau; several provinces shared a prefix and
 * some were split by the third digit (e.g. 280 Bình Dương, 285 Bình Phước). No official list was
 * found; the ranges come from secondary sources. If a genuine number is refused, pass a wider list
 * to {@link #parse(CharSequence, Set)}.
 *
 * <p><b>Personal data.</b> {@link #toString()} prints only the {@linkplain #masked() masked} form;
 * no exception message repeats the number; the full number is {@link #value()}.
 *
 * <p>Immutable and thread-safe; equal when the numbers are equal.
 */
public final class OldIdNumber {

    private static final Set<String> DEFAULT_PREFIXES;

    static {
        TreeSet<String> s = new TreeSet<>();
        for (int i = 1; i <= 38; i++) {
            s.add(String.format("%02d", i));
        }
        DEFAULT_PREFIXES = Collections.unmodifiableSortedSet(s);
    }

    private final String value;

    private OldIdNumber(String value) {
        this.value = value;
    }

    /**
     * Reads a 9- or 12-digit old ID card number, checking a 9-digit one against
     * {@link #defaultProvincePrefixes()}. Surrounding white space is ignored.
     *
     * @param text the digits
     * @return the number
     * @throws InvalidIdentifierException if the text is not 9 or 12 digits, a 9-digit number has an
     *     unknown province prefix, or a 12-digit one breaks the {@link PersonalId} rules
     */
    public static OldIdNumber parse(CharSequence text) {
        return parse(text, DEFAULT_PREFIXES);
    }

    /**
     * Reads a 9- or 12-digit old ID card number, checking a 9-digit one against the given
     * province prefixes.
     *
     * @param text the digits
     * @param provincePrefixes the accepted two-digit prefixes of 9-digit numbers
     * @return the number
     * @throws InvalidIdentifierException as {@link #parse(CharSequence)}, or if a prefix in the list
     *     is not two digits
     */
    public static OldIdNumber parse(CharSequence text, Set<String> provincePrefixes) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provincePrefixes, "provincePrefixes");
        for (String p : provincePrefixes) {
            if (p == null || p.length() != 2 || !Digits.allDigits(p)) {
                throw new InvalidIdentifierException("id.oldId.badPrefixSetting", String.valueOf(p));
            }
        }
        String s = text.toString().strip();
        int bad = Digits.firstNonDigit(s);
        if (bad >= 0) {
            throw new InvalidIdentifierException("id.oldId.notDigit", bad + 1, Digits.describe(s.charAt(bad)));
        }
        if (s.length() == 12) {
            PersonalId.check(s, "id.oldId12");
        } else if (s.length() == 9) {
            String prefix = s.substring(0, 2);
            if (!provincePrefixes.contains(prefix)) {
                throw new InvalidIdentifierException("id.oldId.province", prefix,
                        String.join(", ", new TreeSet<>(provincePrefixes)));
            }
        } else {
            throw new InvalidIdentifierException("id.oldId.length", s.length());
        }
        return new OldIdNumber(s);
    }

    /**
     * Reads an old ID card number, or gives nothing if it is malformed.
     *
     * @param text the text
     * @return the number, or empty if {@link #parse(CharSequence)} would refuse it
     */
    public static Optional<OldIdNumber> tryParse(CharSequence text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    /**
     * The default two-digit province prefixes of 9-digit numbers: 01 to 38 (UNCERTAIN, see the
     * class documentation).
     *
     * @return an unmodifiable sorted set
     */
    public static Set<String> defaultProvincePrefixes() {
        return DEFAULT_PREFIXES;
    }

    /**
     * The full number. <b>Personal data</b>: prefer {@link #masked()} in logs and screens.
     *
     * @return 9 or 12 digits
     */
    public String value() {
        return value;
    }

    /**
     * Whether this is a 12-digit number, structured like a personal identification number.
     *
     * @return {@code true} for 12 digits, {@code false} for 9
     */
    public boolean isTwelveDigits() {
        return value.length() == 12;
    }

    /**
     * The province code: the first two digits of a 9-digit number (issuing police), the first
     * three of a 12-digit one (birth registration).
     *
     * @return two or three digits
     */
    public String provinceCode() {
        return value.substring(0, isTwelveDigits() ? 3 : 2);
    }

    /**
     * The same number as a personal identification number, for a 12-digit CMND (whose number the
     * citizen identity card kept).
     *
     * @return the personal identification number, or empty for a 9-digit CMND
     */
    public Optional<PersonalId> asPersonalId() {
        return isTwelveDigits() ? Optional.of(PersonalId.parse(value)) : Optional.empty();
    }

    /**
     * The number with all but the province code and the last three digits hidden, e.g.
     * {@code 01****789} or {@code 001******789}.
     *
     * @return the masked number
     */
    public String masked() {
        return Digits.mask(value, isTwelveDigits() ? 3 : 2, 3);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OldIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The {@linkplain #masked() masked} number, never the full one.
     *
     * @return e.g. {@code 01****789}
     */
    @Override
    public String toString() {
        return masked();
    }
}
