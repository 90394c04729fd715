package vn.dvc.id;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues {@link DossierCode}s: a daily sequence per agency (and per owning system for the
 * centralised format), the receipt date read from a {@link Clock} in Vietnam's time zone.
 *
 * <pre>{@code
 * DossierCodeGenerator gen = DossierCodeGenerator.create(Clock.systemUTC());
 * AgencyId ubnd = AgencyId.parse("000.00.00.H30");
 * gen.next(ubnd);                  // 000.00.00.H30-250129-0001, then -0002, ...
 * gen.nextCentralised(AgencyId.parse("H29.123.45"), 1);   // H29.123.45-250129-010001
 * }</pre>
 *
 * <ul>
 *   <li><b>Daily reset.</b> Each day (in the generator's zone, {@code Asia/Ho_Chi_Minh} by default)
 *       starts again at 1. Counters of days before yesterday are discarded.</li>
 *   <li><b>No wrap-around.</b> In the {@link DossierCode.Format#ONE_STOP} format the 10 000th code
 *       of a day throws {@link DossierSequenceExhaustedException}, and so does every later request
 *       that day.</li>
 *   <li><b>Restart.</b> The counters live in memory. A restarted server continues after the last
 *       code it issued either by {@link #resumeAfter(DossierCode)} or by giving {@link #create(Clock,
 *       ZoneId, LastIssued)} a {@link LastIssued} lookup (e.g. a query on the dossier table), which
 *       is consulted once per agency, system and day, the first time that counter is needed. Several
 *       servers issuing codes for the same agency need a shared sequence (a database sequence), not
 *       this class.</li>
 * </ul>
 *
 * <p>Thread-safe and lock-free apart from the first use of a counter: codes issued concurrently are
 * distinct and, per agency and day, consecutive.
 */
public final class DossierCodeGenerator {

    /** Vietnam's time zone, UTC+7, the default for receipt dates. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Where a restarted generator learns the last sequence number already issued.
     */
    @FunctionalInterface
    public interface LastIssued {

        /**
         * The last sequence number issued for an agency, system and day. Called at most once per
         * such key and generator, before its first code; it must not call the generator.
         *
         * @param agency the agency
         * @param systemId the owning system of the centralised format, or empty for the one-stop format
         * @param day the receipt date
         * @return the last number issued, or empty if none was
         */
        OptionalLong lastSequence(AgencyId agency, OptionalInt systemId, LocalDate day);

        /**
         * A lookup that knows of no earlier code: every day starts at 1.
         *
         * @return the lookup
         */
        static LastIssued none() {
            return (agency, systemId, day) -> OptionalLong.empty();
        }
    }

    private record Key(AgencyId agency, int systemId, LocalDate day) {
    }

    private final Clock clock;
    private final ZoneId zone;
    private final LastIssued lastIssued;
    private final ConcurrentMap<Key, AtomicLong> counters = new ConcurrentHashMap<>();
    private volatile LocalDate newestDay = LocalDate.MIN;

    private DossierCodeGenerator(Clock clock, ZoneId zone, LastIssued lastIssued) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.lastIssued = Objects.requireNonNull(lastIssued, "lastIssued");
    }

    /**
     * A generator that dates codes in {@link #VIETNAM} and starts every day at 1.
     *
     * @param clock the source of the current instant
     * @return the generator
     */
    public static DossierCodeGenerator create(Clock clock) {
        return new DossierCodeGenerator(clock, VIETNAM, LastIssued.none());
    }

    /**
     * A generator that dates codes in the given zone and starts every day at 1.
     *
     * @param clock the source of the current instant
     * @param zone the zone in which the receipt date is read
     * @return the generator
     */
    public static DossierCodeGenerator create(Clock clock, ZoneId zone) {
        return new DossierCodeGenerator(clock, zone, LastIssued.none());
    }

    /**
     * A generator that continues after the codes reported by {@code lastIssued}.
     *
     * @param clock the source of the current instant
     * @param zone the zone in which the receipt date is read
     * @param lastIssued the last sequence numbers already issued
     * @return the generator
     */
    public static DossierCodeGenerator create(Clock clock, ZoneId zone, LastIssued lastIssued) {
        return new DossierCodeGenerator(clock, zone, lastIssued);
    }

    /**
     * The receipt date that a code issued now would carry.
     *
     * @return today in the generator's zone
     */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * Issues the next {@link DossierCode.Format#ONE_STOP} code of an agency for today.
     *
     * @param agency the receiving agency
     * @return a code never issued before by this generator
     * @throws DossierSequenceExhaustedException if the agency already has 9999 codes today
     * @throws InvalidIdentifierException if today is outside 2000–2099
     */
    public DossierCode next(AgencyId agency) {
        Objects.requireNonNull(agency, "agency");
        LocalDate day = today();
        long n = counter(new Key(agency, -1, day)).incrementAndGet();
        if (n > DossierCode.MAX_ONE_STOP_SEQUENCE) {
            throw new DossierSequenceExhaustedException(agency, day, DossierCode.MAX_ONE_STOP_SEQUENCE);
        }
        return DossierCode.of(agency, day, (int) n);
    }

    /**
     * Issues the next {@link DossierCode.Format#CENTRALISED} code of an agency and owning system
     * for today.
     *
     * @param agency the receiving agency, of the shape {@code MX1X2.Y1Y2Y3.Z1Z2}
     * @param systemId the owning system's identifier, 0 to 99
     * @return a code never issued before by this generator
     * @throws InvalidIdentifierException if the agency has another shape or {@code systemId} is out
     *     of range (checked before any number is used)
     * @throws DossierSequenceExhaustedException if the sequence reached 999 999 999 999
     */
    public DossierCode nextCentralised(AgencyId agency, int systemId) {
        Objects.requireNonNull(agency, "agency");
        LocalDate day = today();
        DossierCode.centralised(agency, day, systemId, 1);
        long n = counter(new Key(agency, systemId, day)).incrementAndGet();
        if (n > DossierCode.maxCentralisedSequence()) {
            throw new DossierSequenceExhaustedException(agency, day, DossierCode.maxCentralisedSequence());
        }
        return DossierCode.centralised(agency, day, systemId, n);
    }

    /**
     * Makes sure that later codes of the same agency, system and day come after {@code lastIssued}.
     * Has no effect if a later number was already issued.
     *
     * @param lastIssued a code issued earlier, e.g. the last one found in the database at start-up
     */
    public void resumeAfter(DossierCode lastIssued) {
        Objects.requireNonNull(lastIssued, "lastIssued");
        Key key = new Key(lastIssued.agency(), lastIssued.systemId().orElse(-1), lastIssued.receiptDate());
        counter(key).accumulateAndGet(lastIssued.sequence(), Math::max);
    }

    private AtomicLong counter(Key key) {
        purgeBefore(key.day());
        return counters.computeIfAbsent(key, k -> {
            OptionalInt system = k.systemId() < 0 ? OptionalInt.empty() : OptionalInt.of(k.systemId());
            OptionalLong last = lastIssued.lastSequence(k.agency(), system, k.day());
            return new AtomicLong(last.orElse(0));
        });
    }

    /** Drops counters of days before yesterday once a newer day is seen. */
    private void purgeBefore(LocalDate day) {
        if (day.isAfter(newestDay)) {
            synchronized (this) {
                if (day.isAfter(newestDay)) {
                    newestDay = day;
                    LocalDate keepFrom = day.minusDays(1);
                    counters.keySet().removeIf(k -> k.day().isBefore(keepFrom));
                }
            }
        }
    }
}
