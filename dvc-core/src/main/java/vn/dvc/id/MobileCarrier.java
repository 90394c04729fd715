package vn.dvc.id;

import java.util.Objects;

/**
 * A mobile network operator (nhà mạng), identified by its name. The constants cover the operators
 * in {@link MobilePrefixes#defaults()}; {@link #of(String)} names any other, for a custom prefix
 * list.
 *
 * <p>Immutable and thread-safe; equal when the names are equal.
 *
 * @param name the operator's name, e.g. {@code Viettel}
 */
public record MobileCarrier(String name) {

    /** Viettel. */
    public static final MobileCarrier VIETTEL = new MobileCarrier("Viettel");
    /** Vinaphone (VNPT). */
    public static final MobileCarrier VINAPHONE = new MobileCarrier("Vinaphone");
    /** MobiFone. */
    public static final MobileCarrier MOBIFONE = new MobileCarrier("MobiFone");
    /** Vietnamobile. */
    public static final MobileCarrier VIETNAMOBILE = new MobileCarrier("Vietnamobile");
    /** Gmobile. */
    public static final MobileCarrier GMOBILE = new MobileCarrier("Gmobile");
    /** iTel (Indochina Telecom), a virtual operator. */
    public static final MobileCarrier ITEL = new MobileCarrier("iTel");
    /** Wintel, a virtual operator; its prefix 055 is UNCERTAIN. */
    public static final MobileCarrier WINTEL = new MobileCarrier("Wintel");

    /**
     * Creates a carrier.
     *
     * @param name the operator's name, not blank
     * @throws vn.dvc.InvalidInputException if the name is blank
     */
    public MobileCarrier {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidIdentifierException("id.carrier.blank");
        }
    }

    /**
     * A carrier by name.
     *
     * @param name the operator's name, not blank
     * @return the carrier
     * @throws vn.dvc.InvalidInputException if the name is blank
     */
    public static MobileCarrier of(String name) {
        return new MobileCarrier(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
