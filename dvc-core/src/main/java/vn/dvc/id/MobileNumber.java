package vn.dvc.id;

import java.util.Objects;
import java.util.Optional;

/**
 * A Vietnamese mobile number (số điện thoại di động), normalised to the 10-digit national form
 * {@code 0xxxxxxxxx}, with its carrier.
 *
 * <p>Accepted input, after removing spaces, dots, hyphens and parentheses: {@code 0} followed by 9
 * digits ({@code 0912345678}), {@code +84} followed by 9 digits ({@code +84912345678}) or {@code 84}
 * followed by 9 digits ({@code 84912345678}). The prefix (the first three digits of the national
 * form) must belong to a carrier in the {@link MobilePrefixes} used: {@link #parse(CharSequence)}
 * uses {@link MobilePrefixes#defaults()}, {@link #parse(CharSequence, MobilePrefixes)} a custom
 * list. Landlines (02x) and 11-digit numbers of before 2018 are refused.
 *
 * <p>A mobile number is personal data: {@link #masked()} hides the middle digits for logs; exception
 * messages name only the prefix.
 *
 * <p>Immutable and thread-safe; equal when the national forms are equal (the carrier follows from
 * the prefix list used).
 */
public final class MobileNumber {

    private final String national;
    private final MobileCarrier carrier;

    private MobileNumber(String national, MobileCarrier carrier) {
        this.national = national;
        this.carrier = carrier;
    }

    /**
     * Reads a mobile number with the {@linkplain MobilePrefixes#defaults() default prefixes}.
     *
     * @param text e.g. {@code 0912 345 678}, {@code +84912345678}, {@code 84-912-345-678}
     * @return the number
     * @throws InvalidIdentifierException if the text is not a mobile number of one of the accepted
     *     forms, or its prefix belongs to no known carrier
     */
    public static MobileNumber parse(CharSequence text) {
        return parse(text, MobilePrefixes.defaults());
    }

    /**
     * Reads a mobile number with a custom prefix list.
     *
     * @param text the number
     * @param prefixes the prefixes and their carriers
     * @return the number
     * @throws InvalidIdentifierException as {@link #parse(CharSequence)}
     */
    public static MobileNumber parse(CharSequence text, MobilePrefixes prefixes) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(prefixes, "prefixes");
        StringBuilder b = new StringBuilder(text.length());
        String s = text.toString().strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c == '+' && b.length() == 0 && i == firstSignificant(s)) {
                b.append(c);
            } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
                throw new InvalidIdentifierException("id.mobile.badChar", Digits.describe(c));
            }
        }
        String d = b.toString();
        String national;
        if (d.startsWith("+")) {
            if (!d.startsWith("+84") || d.length() != 12) {
                throw new InvalidIdentifierException("id.mobile.international");
            }
            national = "0" + d.substring(3);
        } else if (d.length() == 11 && d.startsWith("84")) {
            national = "0" + d.substring(2);
        } else if (d.length() == 10 && d.startsWith("0")) {
            national = d;
        } else {
            throw new InvalidIdentifierException("id.mobile.format", d.length());
        }
        if (national.charAt(1) == '0') {
            throw new InvalidIdentifierException("id.mobile.format", d.length());
        }
        String prefix = national.substring(0, 3);
        MobileCarrier carrier = prefixes.carrierOf(prefix).orElseThrow(
                () -> new InvalidIdentifierException("id.mobile.prefix", prefix));
        return new MobileNumber(national, carrier);
    }

    private static int firstSignificant(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '(') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads a mobile number with the default prefixes, or gives nothing if it is not one.
     *
     * @param text the text
     * @return the number, or empty if {@link #parse(CharSequence)} would refuse it
     */
    public static Optional<MobileNumber> tryParse(CharSequence text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    /**
     * The national form. Personal data.
     *
     * @return 10 digits starting with 0, e.g. {@code 0912345678}
     */
    public String national() {
        return national;
    }

    /**
     * The international E.164 form, as SMS gateways want it.
     *
     * @return {@code +84} and 9 digits, e.g. {@code +84912345678}
     */
    public String e164() {
        return "+84" + national.substring(1);
    }

    /**
     * The prefix that identifies the carrier.
     *
     * @return three digits, e.g. {@code 091}
     */
    public String prefix() {
        return national.substring(0, 3);
    }

    /**
     * The carrier of the prefix, per the prefix list the number was parsed with. Subscribers may
     * have moved to another carrier keeping their number (chuyển mạng giữ số since 2018), so this
     * is the original carrier, not necessarily the current one.
     *
     * @return the carrier
     */
    public MobileCarrier carrier() {
        return carrier;
    }

    /**
     * The national form with the middle digits hidden, e.g. {@code 091****678}.
     *
     * @return the masked number
     */
    public String masked() {
        return Digits.mask(national, 3, 3);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MobileNumber other && national.equals(other.national);
    }

    @Override
    public int hashCode() {
        return national.hashCode();
    }

    /**
     * The national form.
     *
     * @return e.g. {@code 0912345678}
     */
    @Override
    public String toString() {
        return national;
    }
}
