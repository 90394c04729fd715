package vn.dvc.id;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A personal identification number (số định danh cá nhân), the 12-digit number printed on the
 * citizen identity card (thẻ căn cước công dân, CCCD; thẻ căn cước since 1/7/2024).
 *
 * <p>Structure {@code PPP G YY RRRRRR} (Decree 137/2015/NĐ-CP, Art. 13; Circular 07/2016/TT-BCA,
 * Art. 7, restated by Circular 59/2021/TT-BCA, Art. 4):
 * <ul>
 *   <li>{@code PPP}: the code of the province (tỉnh, thành phố trực thuộc trung ương) where the
 *       birth was registered, from Appendix 1 of Circular 07/2016/TT-BCA: the 63 codes
 *       {@link #provinceCodes()}, 001 Hà Nội to 096 Cà Mau;</li>
 *   <li>{@code G}: century of birth and sex: 0/1 = 1900–1999, 2/3 = 2000–2099, 4/5 = 2100–2199,
 *       6/7 = 2200–2299, 8/9 = 2300–2399; even = male, odd = female;</li>
 *   <li>{@code YY}: the last two digits of the year of birth;</li>
 *   <li>{@code RRRRRR}: a random number. There is <b>no check digit</b>: a well-formed number may
 *       still not exist; only the national population database can tell.</li>
 * </ul>
 *
 * <p>From 1/7/2025 the personal identification number is also the personal tax code (mã số thuế
 * cá nhân).
 *
 * <p><b>Personal data.</b> {@link #toString()} prints only the {@linkplain #masked() masked} form
 * ({@code 001******789}), and no exception message repeats the number. The full number is
 * available only through {@link #value()}.
 *
 * <p><b>Uncertain.</b> The code given to a person whose birth was registered abroad (the circular
 * speaks of a "country code") is not known to dvc and is refused; the 2025 merger of provinces did
 * not change the numbers already issued, but which codes new registrations in merged provinces
 * receive is not confirmed.
 *
 * <p>Immutable and thread-safe; equal when the numbers are equal.
 */
public final class PersonalId {

    /** Number of digits of a personal identification number. */
    public static final int LENGTH = 12;

    private static final Set<String> PROVINCES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
            "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
            "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066",
            "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
            "089", "091", "092", "093", "094", "095", "096");

    private static final Set<String> SORTED_PROVINCES =
            java.util.Collections.unmodifiableSortedSet(new TreeSet<>(PROVINCES));

    private final String value;

    private PersonalId(String value) {
        this.value = value;
    }

    /**
     * Reads a personal identification number. Surrounding white space is ignored; nothing else is
     * (no inner spaces or dots).
     *
     * @param text the 12 digits
     * @return the number
     * @throws InvalidIdentifierException if the text is not 12 digits, the province code is not in
     *     {@link #provinceCodes()}; the message does not repeat the number
     */
    public static PersonalId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        check(s, "id.personal");
        return new PersonalId(s);
    }

    /**
     * Reads a personal identification number, or gives nothing if it is malformed.
     *
     * @param text the text
     * @return the number, or empty if {@link #parse(CharSequence)} would refuse it
     */
    public static Optional<PersonalId> tryParse(CharSequence text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks the 12-digit structure; {@code keyPrefix} lets a 12-digit old ID card number reuse the
     * rules with its own messages.
     */
    static void check(String s, String keyPrefix) {
        int bad = Digits.firstNonDigit(s);
        if (bad >= 0) {
            throw new InvalidIdentifierException(keyPrefix + ".notDigit", bad + 1, Digits.describe(s.charAt(bad)));
        }
        if (s.length() != LENGTH) {
            throw new InvalidIdentifierException(keyPrefix + ".length", s.length());
        }
        String province = s.substring(0, 3);
        if (!PROVINCES.contains(province)) {
            throw new InvalidIdentifierException(keyPrefix + ".province", province);
        }
    }

    /**
     * The 63 province codes of birth registration accepted in the first three digits (Circular
     * 07/2016/TT-BCA, Appendix 1).
     *
     * @return an unmodifiable sorted set, 001 to 096
     */
    public static Set<String> provinceCodes() {
        return SORTED_PROVINCES;
    }

    /**
     * The full number. <b>Personal data</b>: store and transmit it only where the law allows, and
     * prefer {@link #masked()} in logs, screens and messages.
     *
     * @return the 12 digits
     */
    public String value() {
        return value;
    }

    /**
     * The code of the province where the birth was registered, e.g. {@code 001} for Hà Nội.
     *
     * @return three digits
     */
    public String provinceCode() {
        return value.substring(0, 3);
    }

    /**
     * The sex encoded in the fourth digit.
     *
     * @return {@link Sex#MALE} for an even digit, {@link Sex#FEMALE} for an odd one
     */
    public Sex sex() {
        return centuryDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * The year of birth encoded in the fourth to sixth digits: {@code 1900 + 100 * (G / 2) + YY}.
     *
     * @return a year from 1900 to 2399
     */
    public int birthYear() {
        return 1900 + 100 * (centuryDigit() / 2) + Integer.parseInt(value.substring(4, 6));
    }

    private int centuryDigit() {
        return value.charAt(3) - '0';
    }

    /**
     * Whether a date of birth agrees with the century digit and year encoded in the number.
     *
     * @param birthDate the date of birth on record
     * @return {@code true} if its year is {@link #birthYear()}
     */
    public boolean isConsistentWith(LocalDate birthDate) {
        return birthDate.getYear() == birthYear();
    }

    /**
     * Refuses a date of birth whose year contradicts the number.
     *
     * @param birthDate the date of birth on record
     * @return this number, for chaining
     * @throws InvalidIdentifierException if the year of {@code birthDate} is not {@link #birthYear()}
     */
    public PersonalId checkBirthDate(LocalDate birthDate) {
        return checkBirthYear(birthDate.getYear());
    }

    /**
     * Refuses a year of birth that contradicts the number (when only the year is known, as on
     * some records).
     *
     * @param year the year of birth on record
     * @return this number, for chaining
     * @throws InvalidIdentifierException if {@code year} is not {@link #birthYear()}
     */
    public PersonalId checkBirthYear(int year) {
        if (year != birthYear()) {
            throw new InvalidIdentifierException("id.personal.birthYear", birthYear(), centuryDigit(),
                    value.substring(4, 6), year);
        }
        return this;
    }

    /**
     * The number with all but the province code and the last three digits hidden, e.g.
     * {@code 001******789}: safe for logs and screens.
     *
     * @return the masked number, 12 characters
     */
    public String masked() {
        return Digits.mask(value, 3, 3);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The {@linkplain #masked() masked} number, never the full one: use {@link #value()} for that.
     *
     * @return e.g. {@code 001******789}
     */
    @Override
    public String toString() {
        return masked();
    }
}
