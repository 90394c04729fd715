package vn.dvc.deadline;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import vn.dvc.calendar.WorkCalendar;

/**
 * Turns the moment a complete, valid dossier is officially received into the moment its processing
 * clock starts.
 *
 * <ul>
 *   <li>Received inside office hours: the clock starts at once.</li>
 *   <li>Received outside office hours or on a day off (an online dossier at night, on Sunday, in
 *       the Tết break): the clock starts when the next working period opens.</li>
 *   <li>With a same-day cutoff (e.g. 15:00): a receipt after the cutoff starts the clock
 *       when the next working day opens. Decree 61/2018 Art. 18 sets 15:00 for transferring paper
 *       dossiers; many procedures apply it to the clock too. No primary text fixes an online cutoff
 *       (DOMAIN.md §2.2), hence a setting.</li>
 * </ul>
 *
 * Immutable and thread-safe.
 *
 * @param cutoff the same-day cutoff, if any
 */
public record ReceiptRule(Optional<LocalTime> cutoff) {

    /** No cutoff: only office hours and days off move the start. */
    public static final ReceiptRule OFFICE_HOURS = new ReceiptRule(Optional.empty());

    /**
     * Checks the value.
     */
    public ReceiptRule {
        Objects.requireNonNull(cutoff, "cutoff");
    }

    /**
     * A rule with a same-day cutoff.
     *
     * @param cutoff receipts after this time start the next working day
     * @return the rule
     */
    public static ReceiptRule withCutoff(LocalTime cutoff) {
        return new ReceiptRule(Optional.of(cutoff));
    }

    /**
     * The moment the clock starts for a receipt.
     *
     * @param calendar the receiving agency's working calendar
     * @param receivedAt the official receipt moment
     * @return the clock start, inside office hours
     * @throws vn.dvc.calendar.CalendarRangeException outside the calendar's range
     */
    public LocalDateTime clockStart(WorkCalendar calendar, LocalDateTime receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (cutoff.isPresent() && calendar.isWorkingDay(receivedAt.toLocalDate())
                && receivedAt.toLocalTime().isAfter(cutoff.get())) {
            return calendar.openingOf(calendar.nextWorkingDay(receivedAt.toLocalDate()));
        }
        return calendar.nextOrSameWorkingTime(receivedAt);
    }
}
