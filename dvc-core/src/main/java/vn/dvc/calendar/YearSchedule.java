package vn.dvc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.dvc.InvalidInputException;

/**
 * The days off and make-up working days of one calendar year for civil servants with a
 * Monday–Friday week.
 *
 * <p>A schedule read from a file may name days in the last month of the year before or the first
 * month of the year after (a swap across New Year); {@link VietnamHolidays#year(int)} gives each
 * year exactly its own days. Immutable and thread-safe.
 *
 * @param year the calendar year
 * @param source whether the days are official or predicted
 * @param reference the decision the days come from (or how they were predicted)
 * @param days the days, sorted by date, at most one per date
 */
public record YearSchedule(int year, ScheduleSource source, String reference, List<ScheduledDay> days) {

    /**
     * Checks and sorts the days.
     *
     * @throws InvalidInputException if two entries name the same date
     */
    public YearSchedule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        days = days.stream().sorted(Comparator.comparing(ScheduledDay::date)).toList();
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i).date().equals(days.get(i - 1).date())) {
                throw new InvalidInputException("schedule.duplicateDay", days.get(i).date());
            }
        }
    }

    /**
     * The statutory holidays, including those that fall on a weekend.
     *
     * @return the holidays in date order
     */
    public List<ScheduledDay> holidays() {
        return days.stream().filter(d -> d.type() == DayType.HOLIDAY).toList();
    }

    /**
     * Every Monday-to-Friday date that is not worked: holidays on weekdays, compensatory and
     * swapped days off.
     *
     * @return the dates in order
     */
    public List<LocalDate> nonWorkingWeekdays() {
        return days.stream()
                .filter(d -> d.type() != DayType.MAKE_UP_WORKING_DAY && !isWeekend(d.date()))
                .map(ScheduledDay::date).toList();
    }

    /**
     * Every Saturday or Sunday that is worked (ngày làm bù).
     *
     * @return the dates in order
     */
    public List<LocalDate> makeUpWorkingDays() {
        return days.stream().filter(d -> d.type() == DayType.MAKE_UP_WORKING_DAY)
                .map(ScheduledDay::date).toList();
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
