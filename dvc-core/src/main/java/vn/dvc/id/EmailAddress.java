package vn.dvc.id;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An e-mail address (địa chỉ thư điện tử), checked pragmatically rather than by the full RFC 5322
 * grammar: what people type into a public-service form and what mail servers deliver.
 *
 * <p>Rules: at most 254 characters; exactly one {@code @}; a local part of 1 to 64 characters from
 * {@code A-Z a-z 0-9 ! # $ % & ' * + / = ? ^ _ ` { | } ~ - .}, not starting or ending with a dot and
 * without two dots in a row (no quoted local parts, no comments); a domain of at least two labels
 * separated by dots, each label 1 to 63 ASCII letters, digits or hyphens, not starting or ending
 * with a hyphen. Internationalised domains must be given in their ASCII ({@code xn--}) form.
 * Surrounding white space is ignored; the domain is lower-cased, the local part kept as typed
 * (mail servers may treat it as case-sensitive).
 *
 * <p>A well-formed address may still not exist: only sending a message proves it. An e-mail
 * address is personal data; exception messages name at most the domain, never the local part.
 *
 * <p>Immutable and thread-safe; equal when local part and (lower-cased) domain are equal.
 */
public final class EmailAddress {

    /** Longest address accepted: 254 characters (RFC 5321 path limit less the angle brackets). */
    public static final int MAX_LENGTH = 254;
    /** Longest local part accepted: 64 characters (RFC 5321, 4.5.3.1.1). */
    public static final int MAX_LOCAL_LENGTH = 64;

    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-.";

    private final String localPart;
    private final String domain;

    private EmailAddress(String localPart, String domain) {
        this.localPart = localPart;
        this.domain = domain;
    }

    /**
     * Reads an e-mail address.
     *
     * @param text e.g. {@code nguyen.van.a@Example.VN}
     * @return the address, domain lower-cased
     * @throws InvalidIdentifierException if the text breaks a rule of the class documentation
     */
    public static EmailAddress parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.isEmpty()) {
            throw new InvalidIdentifierException("id.email.empty");
        }
        if (s.length() > MAX_LENGTH) {
            throw new InvalidIdentifierException("id.email.length", s.length(), MAX_LENGTH);
        }
        int at = s.indexOf('@');
        int ats = (int) s.chars().filter(c -> c == '@').count();
        if (ats != 1) {
            throw new InvalidIdentifierException("id.email.at", ats);
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        checkLocal(local);
        checkDomain(domain);
        return new EmailAddress(local, domain.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads an e-mail address, or gives nothing if it is malformed.
     *
     * @param text the text
     * @return the address, or empty if {@link #parse(CharSequence)} would refuse it
     */
    public static Optional<EmailAddress> tryParse(CharSequence text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    private static void checkLocal(String local) {
        if (local.isEmpty()) {
            throw new InvalidIdentifierException("id.email.localEmpty");
        }
        if (local.length() > MAX_LOCAL_LENGTH) {
            throw new InvalidIdentifierException("id.email.localLength", local.length(), MAX_LOCAL_LENGTH);
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || LOCAL_SPECIALS.indexOf(c) >= 0;
            if (!ok) {
                throw new InvalidIdentifierException("id.email.localChar", Digits.describe(c));
            }
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw new InvalidIdentifierException("id.email.localDots");
        }
    }

    private static void checkDomain(String domain) {
        if (domain.isEmpty()) {
            throw new InvalidIdentifierException("id.email.domainEmpty");
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.';
            if (!ok) {
                throw new InvalidIdentifierException("id.email.domainChar", Digits.describe(c));
            }
        }
        if (domain.indexOf('.') < 0) {
            throw new InvalidIdentifierException("id.email.domainDot", domain);
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                throw new InvalidIdentifierException("id.email.domainLabel", domain, label);
            }
        }
    }

    /**
     * The part before the {@code @}, as typed.
     *
     * @return the local part
     */
    public String localPart() {
        return localPart;
    }

    /**
     * The part after the {@code @}, lower-cased.
     *
     * @return e.g. {@code example.vn}
     */
    public String domain() {
        return domain;
    }

    /**
     * The whole address. Personal data.
     *
     * @return {@code localPart@domain}
     */
    public String value() {
        return localPart + "@" + domain;
    }

    /**
     * The address with the local part hidden but for its first character, e.g.
     * {@code n***@example.vn}.
     *
     * @return the masked address
     */
    public String masked() {
        return localPart.charAt(0) + "***@" + domain;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAddress other && localPart.equals(other.localPart) && domain.equals(other.domain);
    }

    @Override
    public int hashCode() {
        return localPart.hashCode() * 31 + domain.hashCode();
    }

    /**
     * The whole address, as {@link #value()}.
     *
     * @return {@code localPart@domain}
     */
    @Override
    public String toString() {
        return value();
    }
}
