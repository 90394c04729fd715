package vn.dvc.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.dvc.InvalidInputException;

/**
 * The national calendar of days off for civil servants (cán bộ, công chức, viên chức) of state
 * agencies with a Monday–Friday week, from 2000 to 2199.
 *
 * <p>Each year comes from the Government's official decision where dvc knows it (bundled for
 * 2013–2026, each with its source; see {@link ScheduleFile} for the format), and is otherwise
 * predicted from the statutory rules of the legal era ({@link ScheduleSource#PREDICTED}). Rules
 * alone are wrong in most years, because the Prime Minister swaps working days to join holidays
 * with weekends, so an official schedule always wins. When a new decision is announced, load it
 * without waiting for a release:
 *
 * <pre>{@code
 * VietnamHolidays holidays = VietnamHolidays.official()
 *         .withSchedules(ScheduleFile.read(Path.of("lich-nghi-2027.txt")));
 * WorkCalendar calendar = WorkCalendar.builder(holidays).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #official()} is built once and shared.
 */
public final class VietnamHolidays {

    /** First supported date. */
    public static final LocalDate FIRST_DATE = LocalDate.of(ScheduleFile.FIRST_YEAR, 1, 1);
    /** Last supported date. */
    public static final LocalDate LAST_DATE = LocalDate.of(ScheduleFile.LAST_YEAR, 12, 31);

    private static final String BUNDLED = "vn-civil-service-schedule.txt";

    private static final class Bundled {
        static final VietnamHolidays INSTANCE = new VietnamHolidays(loadBundled());
    }

    private final Map<Integer, YearSchedule> official;
    private final YearSchedule[] years;
    /** Day type per day of the range, or -1 for an ordinary day. */
    private final byte[] types;
    private final long firstEpochDay;

    private VietnamHolidays(Map<Integer, YearSchedule> official) {
        this.official = Collections.unmodifiableMap(new TreeMap<>(official));
        this.firstEpochDay = FIRST_DATE.toEpochDay();
        int span = (int) (LAST_DATE.toEpochDay() - firstEpochDay + 1);
        this.types = new byte[span];
        java.util.Arrays.fill(types, (byte) -1);
        int count = ScheduleFile.LAST_YEAR - ScheduleFile.FIRST_YEAR + 1;
        this.years = new YearSchedule[count];
        // Days that official blocks list outside their own year (swaps across New Year).
        TreeMap<LocalDate, ScheduledDay> crossing = new TreeMap<>();
        Map<LocalDate, Integer> crossingOwner = new TreeMap<>();
        for (YearSchedule s : official.values()) {
            for (ScheduledDay d : s.days()) {
                if (d.date().getYear() != s.year()) {
                    crossing.put(d.date(), d);
                    crossingOwner.put(d.date(), s.year());
                }
            }
        }
        for (int i = 0; i < count; i++) {
            int year = ScheduleFile.FIRST_YEAR + i;
            YearSchedule block = official.get(year);
            YearSchedule base = block != null ? block : HolidayRules.predict(year);
            Map<LocalDate, ScheduledDay> days = new TreeMap<>();
            for (ScheduledDay d : base.days()) {
                if (d.date().getYear() == year) {
                    days.put(d.date(), d);
                }
            }
            for (Map.Entry<LocalDate, ScheduledDay> e : crossing.subMap(LocalDate.of(year, 1, 1),
                    LocalDate.of(year + 1, 1, 1)).entrySet()) {
                ScheduledDay own = block != null ? days.get(e.getKey()) : null;
                if (own == null) {
                    days.put(e.getKey(), e.getValue());
                } else if (own.type() != e.getValue().type()) {
                    throw new InvalidInputException("schedule.conflict", e.getKey(), year,
                            crossingOwner.get(e.getKey()));
                }
            }
            years[i] = new YearSchedule(year, base.source(), base.reference(), new ArrayList<>(days.values()));
            for (ScheduledDay d : years[i].days()) {
                long idx = d.date().toEpochDay() - firstEpochDay;
                if (idx >= 0 && idx < span) {
                    types[(int) idx] = (byte) d.type().ordinal();
                }
            }
        }
    }

    /**
     * The bundled official schedules (2013–2026) completed by the rules for every other year.
     *
     * @return the shared instance
     */
    public static VietnamHolidays official() {
        return Bundled.INSTANCE;
    }

    /**
     * The calendar predicted from the statutory rules alone, without any official schedule: for
     * research on what the rules give, and for tests.
     *
     * @return a calendar in which every year is {@link ScheduleSource#PREDICTED}
     */
    public static VietnamHolidays rulesOnly() {
        return new VietnamHolidays(Map.of());
    }

    /**
     * A copy in which the years of {@code file} replace the years this calendar has.
     *
     * @param file official schedules, e.g. next year's decision
     * @return the new calendar; this one is unchanged
     * @throws InvalidInputException if a day listed across New Year by one year's schedule is also
     *     listed by the schedule of the year it falls in
     */
    public VietnamHolidays withSchedules(ScheduleFile file) {
        Objects.requireNonNull(file, "file");
        Map<Integer, YearSchedule> merged = new TreeMap<>(official);
        merged.putAll(file.years());
        return new VietnamHolidays(merged);
    }

    /**
     * The days off and make-up days of a calendar year.
     *
     * @param year 2000 to 2199
     * @return the year's schedule, official or predicted
     * @throws CalendarRangeException if the year is outside 2000–2199
     */
    public YearSchedule year(int year) {
        if (year < ScheduleFile.FIRST_YEAR || year > ScheduleFile.LAST_YEAR) {
            throw new CalendarRangeException(Integer.toString(year), FIRST_DATE, LAST_DATE);
        }
        return years[year - ScheduleFile.FIRST_YEAR];
    }

    /**
     * The years for which an official schedule is known.
     *
     * @return the years in ascending order
     */
    public List<Integer> officialYears() {
        return List.copyOf(official.keySet());
    }

    /**
     * What the national schedule does with a date.
     *
     * @param date a date from 2000-01-01 to 2199-12-31
     * @return the day's type, or empty for an ordinary day (worked Monday to Friday, rest at the
     *     weekend)
     * @throws CalendarRangeException if the date is outside the range
     */
    public java.util.Optional<DayType> typeOf(LocalDate date) {
        int t = typeIndex(date.toEpochDay());
        if (t == Integer.MIN_VALUE) {
            throw new CalendarRangeException(date.toString(), FIRST_DATE, LAST_DATE);
        }
        return t < 0 ? java.util.Optional.empty() : java.util.Optional.of(DayType.values()[t]);
    }

    /** Ordinal of the day type, -1 for an ordinary day, MIN_VALUE outside the range. */
    int typeIndex(long epochDay) {
        long i = epochDay - firstEpochDay;
        if (i < 0 || i >= types.length) {
            return Integer.MIN_VALUE;
        }
        return types[(int) i];
    }

    private static Map<Integer, YearSchedule> loadBundled() {
        try (InputStream in = VietnamHolidays.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled schedule " + BUNDLED + " is missing from the jar");
            }
            return ScheduleFile.read(new InputStreamReader(in, StandardCharsets.UTF_8)).years();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
