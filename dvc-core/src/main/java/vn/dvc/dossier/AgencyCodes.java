package vn.dvc.dossier;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Shares one {@code String} instance per agency code among the actors and positions that name it.
 *
 * <p>Every command compares the officer's agency with the agency holding the dossier. Agency codes
 * come from a closed catalogue (a province has a few thousand), but the strings arrive from many
 * sources (sessions, commands, JSON), so equal codes are usually different instances and each
 * comparison reads both character arrays. After canonicalisation the comparison usually ends at
 * the identity test of {@link String#equals(Object)}, and a store holding many dossiers keeps one
 * copy of each code.
 *
 * <p>A direct-mapped, lock-free cache of fixed size: a slot keeps the last code hashed to it, so
 * memory is bounded whatever the input (no unbounded interning of untrusted text), a collision
 * only costs the sharing, and a racing write is harmless because strings are immutable.
 */
final class AgencyCodes {

    /** Number of slots; a power of two, several times a province's catalogue. */
    private static final int SLOTS = 8192;
    /** Longer strings are not agency codes (Decision 20/2020 codes have 13 characters). */
    private static final int MAX_LENGTH = 64;
    private static final AtomicReferenceArray<String> CACHE = new AtomicReferenceArray<>(SLOTS);

    private AgencyCodes() {
    }

    /**
     * The shared instance equal to {@code code}.
     *
     * @param code an agency code, not {@code null}
     * @return an equal string, the same instance for every equal code while it keeps its slot
     */
    static String canonical(String code) {
        if (code.length() > MAX_LENGTH) {
            return code;
        }
        int h = code.hashCode();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String cached = CACHE.getPlain(slot);
        if (cached != null && cached.equals(code)) {
            return cached;
        }
        CACHE.setRelease(slot, code);
        return code;
    }
}
