package vn.dvc.calendar;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.InvalidInputException;

/**
 * One day named by an official schedule or predicted by the rules: a holiday, a weekday off or a
 * make-up working day, with its name in Vietnamese and English.
 *
 * @param date the day
 * @param type what the schedule does with it
 * @param name the Vietnamese name, e.g. {@code "Tết Nguyên đán"}
 * @param nameEn the English name, e.g. {@code "Lunar New Year (Tết)"}
 */
public record ScheduledDay(LocalDate date, DayType type, String name, String nameEn) {

    /**
     * Checks the values.
     *
     * @throws InvalidInputException if a name is blank
     */
    public ScheduledDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameEn, "nameEn");
        if (name.isBlank() || nameEn.isBlank()) {
            throw new InvalidInputException("schedule.blankName", date);
        }
    }
}
