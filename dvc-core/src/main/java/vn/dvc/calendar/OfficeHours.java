package vn.dvc.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.dvc.InvalidInputException;

/**
 * The office hours (giờ làm việc) of one working day: ordered, non-overlapping
 * {@link WorkingPeriod}s, typically a morning and an afternoon with a lunch break between.
 *
 * <pre>{@code
 * OfficeHours.STANDARD                              // 08:00-12:00,13:00-17:00
 * OfficeHours.parse("07:30-11:30,13:30-17:00")      // a province's own hours
 * OfficeHours.parse("07:30-11:30")                  // Saturday-morning service
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficeHours {

    /** 08:00–12:00 and 13:00–17:00: the default for state agencies, eight hours a day. */
    public static final OfficeHours STANDARD = parse("08:00-12:00,13:00-17:00");

    private final List<WorkingPeriod> periods;
    private final long[] startNanos;
    private final long[] endNanos;
    private final long totalNanos;
    private final LocalTime opensAt;
    private final LocalTime closesAt;
    /** The common shape, one or two periods, kept in fields for the hot path. */
    private final boolean upToTwo;
    private final long s0;
    private final long e0;
    private final long s1;
    private final long e1;

    private OfficeHours(List<WorkingPeriod> periods) {
        this.periods = List.copyOf(periods);
        this.opensAt = periods.get(0).start();
        this.closesAt = periods.get(periods.size() - 1).end();
        this.startNanos = new long[periods.size()];
        this.endNanos = new long[periods.size()];
        long total = 0;
        for (int i = 0; i < periods.size(); i++) {
            startNanos[i] = periods.get(i).start().toNanoOfDay();
            endNanos[i] = periods.get(i).endNanoOfDay();
            total += endNanos[i] - startNanos[i];
        }
        this.totalNanos = total;
        this.upToTwo = periods.size() <= 2;
        this.s0 = startNanos[0];
        this.e0 = endNanos[0];
        this.s1 = periods.size() > 1 ? startNanos[1] : e0;
        this.e1 = periods.size() > 1 ? endNanos[1] : e0;
    }

    /**
     * Office hours made of the given periods.
     *
     * @param periods one or more periods, in order, not overlapping
     * @return the office hours
     * @throws InvalidInputException if there is no period, or they overlap or are out of order
     */
    public static OfficeHours of(WorkingPeriod... periods) {
        return of(Arrays.asList(periods));
    }

    /**
     * Office hours made of the given periods.
     *
     * @param periods one or more periods, in order, not overlapping
     * @return the office hours
     * @throws InvalidInputException if there is no period, or they overlap or are out of order
     */
    public static OfficeHours of(List<WorkingPeriod> periods) {
        Objects.requireNonNull(periods, "periods");
        if (periods.isEmpty()) {
            throw new InvalidInputException("hours.none");
        }
        for (int i = 1; i < periods.size(); i++) {
            WorkingPeriod prev = periods.get(i - 1);
            WorkingPeriod cur = Objects.requireNonNull(periods.get(i), "period");
            if (prev.endNanoOfDay() > cur.start().toNanoOfDay()) {
                throw new InvalidInputException("hours.overlap", prev, cur);
            }
        }
        return new OfficeHours(periods);
    }

    /**
     * Parses office hours written as comma-separated {@code HH:mm-HH:mm} periods, e.g.
     * {@code "08:00-12:00,13:00-17:00"}; {@code 24:00} closes a period at the end of the day.
     *
     * @param text the text
     * @return the office hours
     * @throws InvalidInputException if the text is not of that form, or the periods overlap
     */
    public static OfficeHours parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        if (s.isEmpty()) {
            throw new InvalidInputException("hours.unparseable", text);
        }
        List<WorkingPeriod> list = new ArrayList<>();
        for (String part : s.split(",")) {
            String[] ends = part.trim().split("-");
            if (ends.length != 2) {
                throw new InvalidInputException("hours.unparseable", text);
            }
            try {
                LocalTime start = LocalTime.parse(ends[0].trim());
                String e = ends[1].trim();
                LocalTime end = e.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(e);
                list.add(new WorkingPeriod(start, end));
            } catch (DateTimeParseException ex) {
                throw new InvalidInputException("hours.unparseable", text);
            }
        }
        return of(list);
    }

    /**
     * The periods, in order.
     *
     * @return an unmodifiable list of at least one period
     */
    public List<WorkingPeriod> periods() {
        return periods;
    }

    /**
     * Working time in one such day.
     *
     * @return the sum of the periods' durations
     */
    public Duration totalDuration() {
        return Duration.ofNanos(totalNanos);
    }

    /**
     * When the first period opens.
     *
     * @return the opening time
     */
    public LocalTime opensAt() {
        return opensAt;
    }

    /**
     * When the last period closes ({@link LocalTime#MIDNIGHT} for 24:00).
     *
     * @return the closing time
     */
    public LocalTime closesAt() {
        return closesAt;
    }

    /**
     * Whether a time of day lies inside a period (start inclusive, end exclusive).
     *
     * @param time the time of day
     * @return {@code true} during office hours
     */
    public boolean contains(LocalTime time) {
        long n = time.toNanoOfDay();
        for (int i = 0; i < startNanos.length; i++) {
            if (n >= startNanos[i] && n < endNanos[i]) {
                return true;
            }
        }
        return false;
    }

    long totalNanos() {
        return totalNanos;
    }

    /** Working nanoseconds of this day before {@code nanoOfDay}. */
    long elapsedBefore(long nanoOfDay) {
        if (upToTwo) {
            if (nanoOfDay <= s0) {
                return 0;
            }
            if (nanoOfDay <= e0) {
                return nanoOfDay - s0;
            }
            if (nanoOfDay <= s1) {
                return e0 - s0;
            }
            return nanoOfDay <= e1 ? e0 - s0 + nanoOfDay - s1 : totalNanos;
        }
        long sum = 0;
        for (int i = 0; i < startNanos.length; i++) {
            if (nanoOfDay <= startNanos[i]) {
                break;
            }
            sum += Math.min(nanoOfDay, endNanos[i]) - startNanos[i];
        }
        return sum;
    }

    /**
     * The nanosecond of day at which {@code elapsed} working nanoseconds have passed since opening.
     * At a boundary between two periods, {@code atEnd} picks the close of the earlier period
     * (the moment the time ran out) rather than the opening of the later one (the moment work can
     * go on).
     */
    long nanoOfDayAfter(long elapsed, boolean atEnd) {
        if (upToTwo) {
            long first = e0 - s0;
            if (elapsed < first || atEnd && elapsed == first) {
                return s0 + elapsed;
            }
            long rest = elapsed - first;
            return rest < e1 - s1 || atEnd ? s1 + Math.min(rest, e1 - s1) : e1;
        }
        long rest = elapsed;
        for (int i = 0; i < startNanos.length; i++) {
            long len = endNanos[i] - startNanos[i];
            if (rest < len || (atEnd && rest == len)) {
                return startNanos[i] + rest;
            }
            rest -= len;
        }
        return endNanos[endNanos.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficeHours h && h.periods.equals(periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    /**
     * The hours in the form {@link #parse(CharSequence)} reads.
     *
     * @return e.g. {@code 08:00-12:00,13:00-17:00}
     */
    @Override
    public String toString() {
        return periods.stream().map(WorkingPeriod::toString).collect(Collectors.joining(","));
    }
}
