package vn.dvc.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import vn.dvc.InvalidInputException;

/**
 * One stretch of office hours within a day, from {@code start} inclusive to {@code end} exclusive,
 * e.g. 08:00–12:00. An {@code end} of {@link LocalTime#MIDNIGHT} means the end of the day (24:00).
 *
 * @param start when the period opens
 * @param end when it closes; after {@code start}, or midnight for the end of the day
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    /**
     * Checks the period.
     *
     * @throws InvalidInputException if {@code end} is not after {@code start}
     */
    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
            throw new InvalidInputException("hours.emptyPeriod", start, end);
        }
    }

    /**
     * A period from {@code start} to {@code end}.
     *
     * @param start opening time
     * @param end closing time, after {@code start}
     * @return the period
     */
    public static WorkingPeriod of(LocalTime start, LocalTime end) {
        return new WorkingPeriod(start, end);
    }

    /**
     * Nanosecond of the day at which the period ends, 86 400 × 10⁹ for midnight.
     *
     * @return the end as nanosecond of day
     */
    public long endNanoOfDay() {
        return end.equals(LocalTime.MIDNIGHT) ? 86_400_000_000_000L : end.toNanoOfDay();
    }

    /**
     * Length of the period.
     *
     * @return end minus start
     */
    public Duration duration() {
        return Duration.ofNanos(endNanoOfDay() - start.toNanoOfDay());
    }

    /**
     * The period as {@code HH:mm-HH:mm} (seconds shown only when not zero).
     *
     * @return the text form read by {@link OfficeHours#parse(CharSequence)}
     */
    @Override
    public String toString() {
        return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }
}
