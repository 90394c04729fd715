package vn.dvc.id;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The electronic identifier of an agency or organisation (mã định danh điện tử của cơ quan, tổ
 * chức), the first part of a {@link DossierCode}.
 *
 * <p>What every identifier must satisfy (Decision 20/2020/QĐ-TTg, Art. 4): at most 35 characters
 * from {@code .}, {@code 0-9} and {@code A-Z}. dvc further requires non-empty groups separated by
 * single dots, and one of three shapes ({@link Scheme}):
 * <ul>
 *   <li>{@link Scheme#CIRCULAR_10_2016}: {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, four groups of 3, 2, 2 and 3
 *       characters, written from level 4 down to level 1 (Circular 10/2016/TT-BTTTT), e.g.
 *       {@code 000.00.00.H30} (a province's People's Committee), {@code 000.00.15.H29}. The lower
 *       levels are digits, {@code 0...} meaning "no such level".</li>
 *   <li>{@link Scheme#LEVEL_ONE_FIRST}: the level-1 code first, then the lower levels, e.g.
 *       {@code G01}, {@code H29.123.45}: the shape {@code MX1X2.Y1Y2Y3.Z1Z2} of the agency part of
 *       the centralised dossier code (Circular 03/2025/TT-VPCP, Art. 13(3), added by Circular
 *       04/2025/TT-VPCP, Art. 23).</li>
 *   <li>{@link Scheme#OTHER_BODY}: an identifier beginning with {@code Z}, given to bodies outside
 *       the state hierarchy ({@code Zxy} and up to 32 further characters, Decision 20/2020/QĐ-TTg,
 *       Art. 6).</li>
 * </ul>
 * A level-1 code {@code MX1X2} is a capital letter {@code A} to {@code Y} and two digits
 * ({@code G..} ministries and central bodies, {@code H..} provinces, in the codes seen).
 *
 * <p><b>Uncertain.</b> Whether the lower levels of the Circular 10/2016 form may contain letters
 * (dvc accepts digits only, as in every code seen); the lengths of the lower groups of the
 * level-one-first form (dvc accepts any non-empty group); the inner structure of {@code Z}
 * identifiers. A well-formed identifier may not exist: check it against the agency catalogue,
 * which changed with the 2025 mergers of provinces and communes.
 *
 * <p>Immutable and thread-safe; equal when the texts are equal.
 */
public final class AgencyId {

    /** Longest identifier: 35 characters (Decision 20/2020/QĐ-TTg, Art. 4). */
    public static final int MAX_LENGTH = 35;

    private static final Pattern LEVEL_ONE = Pattern.compile("[A-Y][0-9]{2}");
    private static final Pattern CIRCULAR_10 = Pattern.compile("[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Y][0-9]{2}");
    private static final Pattern OTHER = Pattern.compile("Z[0-9A-Z]{2}.*");
    private static final Pattern CENTRALISED = Pattern.compile("[A-Y][0-9]{2}\\.[0-9A-Z]{3}\\.[0-9A-Z]{2}");

    /** The shape of an agency identifier. */
    public enum Scheme {
        /** {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, level 1 last (Circular 10/2016/TT-BTTTT). */
        CIRCULAR_10_2016,
        /** {@code MX1X2[.group]...}, level 1 first (Decision 20/2020/QĐ-TTg; Circular 04/2025/TT-VPCP). */
        LEVEL_ONE_FIRST,
        /** {@code Zxy...}: a body outside the state hierarchy (Decision 20/2020/QĐ-TTg, Art. 6). */
        OTHER_BODY
    }

    private final String value;
    private final Scheme scheme;

    private AgencyId(String value, Scheme scheme) {
        this.value = value;
        this.scheme = scheme;
    }

    /**
     * Reads an agency identifier. Surrounding white space is ignored; letters must be capitals.
     *
     * @param text e.g. {@code 000.00.00.H30}, {@code G01}, {@code H29.123.45}
     * @return the identifier
     * @throws InvalidIdentifierException if the text is empty or longer than 35 characters, has a
     *     character other than {@code . 0-9 A-Z}, an empty group, or none of the three shapes
     */
    public static AgencyId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            throw new InvalidIdentifierException("id.agency.length", s.length(), MAX_LENGTH);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '.')) {
                throw new InvalidIdentifierException("id.agency.char", s, Digits.describe(c));
            }
        }
        if (s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
            throw new InvalidIdentifierException("id.agency.emptyGroup", s);
        }
        String first = s.indexOf('.') < 0 ? s : s.substring(0, s.indexOf('.'));
        Scheme scheme;
        if (LEVEL_ONE.matcher(first).matches()) {
            scheme = Scheme.LEVEL_ONE_FIRST;
        } else if (OTHER.matcher(s).matches()) {
            scheme = Scheme.OTHER_BODY;
        } else if (CIRCULAR_10.matcher(s).matches()) {
            scheme = Scheme.CIRCULAR_10_2016;
        } else {
            throw new InvalidIdentifierException("id.agency.structure", s);
        }
        return new AgencyId(s, scheme);
    }

    /**
     * Reads an agency identifier, or gives nothing if it is malformed.
     *
     * @param text the text
     * @return the identifier, or empty if {@link #parse(CharSequence)} would refuse it
     */
    public static Optional<AgencyId> tryParse(CharSequence text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    /**
     * The identifier as written.
     *
     * @return e.g. {@code 000.00.00.H30}
     */
    public String value() {
        return value;
    }

    /**
     * The shape of the identifier.
     *
     * @return the scheme
     */
    public Scheme scheme() {
        return scheme;
    }

    /**
     * The level-1 code {@code MX1X2}: the last group of a {@link Scheme#CIRCULAR_10_2016}
     * identifier, the first of a {@link Scheme#LEVEL_ONE_FIRST} one.
     *
     * @return e.g. {@code H30}, or empty for an {@link Scheme#OTHER_BODY} identifier
     */
    public Optional<String> levelOneCode() {
        List<String> g = groups();
        switch (scheme) {
            case CIRCULAR_10_2016:
                return Optional.of(g.get(g.size() - 1));
            case LEVEL_ONE_FIRST:
                return Optional.of(g.get(0));
            default:
                return Optional.empty();
        }
    }

    /**
     * The dot-separated groups, in written order.
     *
     * @return an unmodifiable list of at least one group
     */
    public List<String> groups() {
        return List.of(value.split("\\."));
    }

    /** Whether this identifier has the shape MX1X2.Y1Y2Y3.Z1Z2 required by the centralised dossier code. */
    boolean isCentralisedShape() {
        return CENTRALISED.matcher(value).matches();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgencyId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The identifier as written.
     *
     * @return e.g. {@code 000.00.00.H30}
     */
    @Override
    public String toString() {
        return value;
    }
}
