package vn.dvc.id;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which three-digit prefix (đầu số, in the national form {@code 0xx}) belongs to which mobile
 * carrier. Prefixes change as numbers are reassigned, so the list is configuration:
 * {@link #defaults()} is dvc's best knowledge, and {@link #builder()} or {@link #toBuilder()} make
 * another.
 *
 * <p>{@link #defaults()} (after the 2018 conversion of 11-digit numbers to 10 digits):
 * <ul>
 *   <li>Viettel: 032–039, 086, 096, 097, 098;</li>
 *   <li>Vinaphone: 081–085, 088, 091, 094;</li>
 *   <li>MobiFone: 070, 076–079, 089, 090, 093;</li>
 *   <li>Vietnamobile: 056, 058, 092, and 052 (UNCERTAIN);</li>
 *   <li>Gmobile: 059, 099;</li>
 *   <li>iTel: 087 (UNCERTAIN);</li>
 *   <li>Wintel: 055 (UNCERTAIN).</li>
 * </ul>
 * The UNCERTAIN prefixes come from secondary sources only; {@link #isUncertain(String)} tells them
 * apart, and an application that wants only confirmed prefixes can
 * {@linkplain Builder#remove(String) remove} them.
 *
 * <p>Immutable and thread-safe.
 */
public final class MobilePrefixes {

    private static final MobilePrefixes DEFAULTS = builder()
            .add(MobileCarrier.VIETTEL, "032", "033", "034", "035", "036", "037", "038", "039", "086", "096",
                    "097", "098")
            .add(MobileCarrier.VINAPHONE, "081", "082", "083", "084", "085", "088", "091", "094")
            .add(MobileCarrier.MOBIFONE, "070", "076", "077", "078", "079", "089", "090", "093")
            .add(MobileCarrier.VIETNAMOBILE, "056", "058", "092")
            .add(MobileCarrier.GMOBILE, "059", "099")
            .addUncertain(MobileCarrier.ITEL, "087")
            .addUncertain(MobileCarrier.VIETNAMOBILE, "052")
            .addUncertain(MobileCarrier.WINTEL, "055")
            .build();

    private final Map<String, MobileCarrier> carriers;
    private final Set<String> uncertain;

    private MobilePrefixes(Map<String, MobileCarrier> carriers, Set<String> uncertain) {
        this.carriers = Collections.unmodifiableSortedMap(new TreeMap<>(carriers));
        this.uncertain = Collections.unmodifiableSortedSet(new TreeSet<>(uncertain));
    }

    /**
     * dvc's default list (see the class documentation).
     *
     * @return the default prefixes
     */
    public static MobilePrefixes defaults() {
        return DEFAULTS;
    }

    /**
     * An empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>(), new TreeSet<>());
    }

    /**
     * A builder that starts from this list, e.g. to add a new prefix to the defaults.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(carriers), new TreeSet<>(uncertain));
    }

    /**
     * The carrier of a prefix.
     *
     * @param prefix three digits, e.g. {@code 091}
     * @return the carrier, or empty if the prefix is not in the list
     */
    public Optional<MobileCarrier> carrierOf(String prefix) {
        return Optional.ofNullable(carriers.get(Objects.requireNonNull(prefix, "prefix")));
    }

    /**
     * All prefixes in the list.
     *
     * @return an unmodifiable sorted set
     */
    public Set<String> prefixes() {
        return carriers.keySet();
    }

    /**
     * The prefixes whose assignment is uncertain.
     *
     * @return an unmodifiable sorted set, a subset of {@link #prefixes()}
     */
    public Set<String> uncertainPrefixes() {
        return uncertain;
    }

    /**
     * Whether a prefix's assignment is uncertain.
     *
     * @param prefix three digits
     * @return {@code true} if it was added with {@link Builder#addUncertain}
     */
    public boolean isUncertain(String prefix) {
        return uncertain.contains(prefix);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MobilePrefixes other && carriers.equals(other.carriers)
                && uncertain.equals(other.uncertain);
    }

    @Override
    public int hashCode() {
        return carriers.hashCode() * 31 + uncertain.hashCode();
    }

    @Override
    public String toString() {
        return "MobilePrefixes" + carriers;
    }

    /**
     * Builds a {@link MobilePrefixes}. Not thread-safe; the result is.
     */
    public static final class Builder {

        private final Map<String, MobileCarrier> carriers;
        private final Set<String> uncertain;

        private Builder(Map<String, MobileCarrier> carriers, Set<String> uncertain) {
            this.carriers = carriers;
            this.uncertain = uncertain;
        }

        /**
         * Assigns prefixes to a carrier, replacing any earlier assignment of the same prefixes.
         *
         * @param carrier the carrier
         * @param prefixes three digits each, starting with 0 and not 00, e.g. {@code 032}
         * @return this builder
         * @throws InvalidIdentifierException if a prefix is not of that form
         */
        public Builder add(MobileCarrier carrier, String... prefixes) {
            Objects.requireNonNull(carrier, "carrier");
            for (String p : prefixes) {
                checkPrefix(p);
                carriers.put(p, carrier);
                uncertain.remove(p);
            }
            return this;
        }

        /**
         * Assigns prefixes to a carrier and marks them as uncertain.
         *
         * @param carrier the carrier
         * @param prefixes three digits each, starting with 0 and not 00
         * @return this builder
         * @throws InvalidIdentifierException if a prefix is not of that form
         */
        public Builder addUncertain(MobileCarrier carrier, String... prefixes) {
            add(carrier, prefixes);
            Collections.addAll(uncertain, prefixes);
            return this;
        }

        /**
         * Removes a prefix, if present.
         *
         * @param prefix three digits
         * @return this builder
         */
        public Builder remove(String prefix) {
            carriers.remove(prefix);
            uncertain.remove(prefix);
            return this;
        }

        /**
         * Removes every uncertain prefix, leaving only confirmed ones.
         *
         * @return this builder
         */
        public Builder removeUncertain() {
            for (String p : uncertain) {
                carriers.remove(p);
            }
            uncertain.clear();
            return this;
        }

        /**
         * The list.
         *
         * @return the prefixes
         * @throws InvalidIdentifierException if the list is empty
         */
        public MobilePrefixes build() {
            if (carriers.isEmpty()) {
                throw new InvalidIdentifierException("id.prefixes.empty");
            }
            return new MobilePrefixes(carriers, uncertain);
        }

        private static void checkPrefix(String p) {
            if (p == null || p.length() != 3 || !Digits.allDigits(p) || p.charAt(0) != '0' || p.charAt(1) == '0') {
                throw new InvalidIdentifierException("id.prefixes.bad", String.valueOf(p));
            }
        }
    }
}
