package vn.dvc.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A file of official schedules, one block per year, in the plain-text format dvc bundles; load one
 * to use a decision announced after the library was released:
 *
 * <pre>
 * year 2027 | Thông báo .../TB-BNV ngày ... (Bộ Nội vụ)
 * holiday 2027-01-01 | Tết Dương lịch | New Year's Day
 * holiday 2027-02-05..2027-02-09 | Tết Nguyên đán | Lunar New Year (Tết)
 * dayoff  2027-02-10 | Nghỉ bù Tết Nguyên đán | Compensatory day off for Tết
 * workday 2027-02-20 | Làm bù cho ngày ... | Make-up working day for ...
 * </pre>
 *
 * <ul>
 *   <li>UTF-8; blank lines and lines starting with {@code #} are ignored; fields are separated by
 *       {@code |}.</li>
 *   <li>{@code year YYYY | reference} opens a block for a year from 2000 to 2199; the reference
 *       (the decision's number and date) is required.</li>
 *   <li>{@code holiday}, {@code dayoff} and {@code workday} records take a date or an inclusive
 *       range {@code FROM..TO} of at most 31 days, a Vietnamese name and an English name. A
 *       {@code dayoff} must fall on Monday to Friday, a {@code workday} on Saturday or Sunday. A
 *       record may name a date in December of the year before or January of the year after its
 *       block (a swap across New Year).</li>
 *   <li>Each year and each date appears at most once in the file.</li>
 * </ul>
 *
 * A block replaces the whole year it names, so it lists every holiday of that year. Reading stops
 * at the first error with a {@link ScheduleFormatException} naming the line and field. Instances
 * are immutable and thread-safe.
 */
public final class ScheduleFile {

    /** First year a schedule may describe. */
    public static final int FIRST_YEAR = 2000;
    /** Last year a schedule may describe. */
    public static final int LAST_YEAR = 2199;

    private static final int MAX_RANGE_DAYS = 31;

    private final Map<Integer, YearSchedule> years;

    private ScheduleFile(Map<Integer, YearSchedule> years) {
        this.years = Collections.unmodifiableMap(new LinkedHashMap<>(years));
    }

    /**
     * Reads a schedule file.
     *
     * @param path the file, UTF-8
     * @return the schedules it holds
     * @throws ScheduleFormatException if a line is malformed
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ScheduleFile read(Path path) {
        Objects.requireNonNull(path, "path");
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schedule file " + path, e);
        }
    }

    /**
     * Parses schedules from text.
     *
     * @param text the whole file's content
     * @return the schedules it holds
     * @throws ScheduleFormatException if a line is malformed
     */
    public static ScheduleFile parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return read(new StringReader(text));
        } catch (UncheckedIOException e) {
            throw new AssertionError("reading a string cannot fail", e);
        }
    }

    /**
     * Reads schedules from a reader; the caller closes it.
     *
     * @param reader the content
     * @return the schedules it holds
     * @throws ScheduleFormatException if a line is malformed
     * @throws UncheckedIOException if reading fails
     */
    public static ScheduleFile read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        Map<Integer, Integer> yearLines = new HashMap<>();
        Map<LocalDate, Integer> dateLines = new HashMap<>();
        Map<Integer, YearSchedule> result = new LinkedHashMap<>();
        int year = 0;
        String reference = null;
        List<ScheduledDay> days = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNo = 0;
        try {
            for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
                lineNo++;
                String line = lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|", -1);
                String[] head = fields[0].strip().split("\\s+");
                String kind = head[0];
                if (kind.equals("year")) {
                    if (year != 0) {
                        result.put(year, new YearSchedule(year, ScheduleSource.OFFICIAL, reference, days));
                    }
                    year = parseYear(lineNo, head, fields);
                    Integer earlier = yearLines.putIfAbsent(year, lineNo);
                    if (earlier != null) {
                        throw new ScheduleFormatException(lineNo, "year", "schedule.duplicateYear", year, earlier);
                    }
                    reference = fields[1].strip();
                    days = new ArrayList<>();
                    continue;
                }
                DayType type = switch (kind) {
                    case "holiday" -> DayType.HOLIDAY;
                    case "dayoff" -> DayType.DAY_OFF;
                    case "workday" -> DayType.MAKE_UP_WORKING_DAY;
                    default -> throw new ScheduleFormatException(lineNo, "kind", "schedule.unknownKind", kind);
                };
                if (year == 0) {
                    throw new ScheduleFormatException(lineNo, "kind", "schedule.noYear", kind);
                }
                if (head.length != 2) {
                    throw new ScheduleFormatException(lineNo, "date", "schedule.badDate", fields[0].strip());
                }
                if (fields.length != 3) {
                    throw new ScheduleFormatException(lineNo, fields.length < 3 ? "nameEn" : "file",
                            "schedule.fieldCount", fields.length);
                }
                String name = fields[1].strip();
                String nameEn = fields[2].strip();
                if (name.isEmpty()) {
                    throw new ScheduleFormatException(lineNo, "name", "schedule.emptyField");
                }
                if (nameEn.isEmpty()) {
                    throw new ScheduleFormatException(lineNo, "nameEn", "schedule.emptyField");
                }
                for (LocalDate d : parseDates(lineNo, head[1], year)) {
                    checkWeekday(lineNo, type, d);
                    Integer earlier = dateLines.putIfAbsent(d, lineNo);
                    if (earlier != null) {
                        throw new ScheduleFormatException(lineNo, "date", "schedule.duplicateDate", d, earlier);
                    }
                    days.add(new ScheduledDay(d, type, name, nameEn));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (year != 0) {
            result.put(year, new YearSchedule(year, ScheduleSource.OFFICIAL, reference, days));
        }
        return new ScheduleFile(result);
    }

    private static int parseYear(int lineNo, String[] head, String[] fields) {
        if (head.length != 2) {
            throw new ScheduleFormatException(lineNo, "year", "schedule.badYear", String.join(" ", head), FIRST_YEAR,
                    LAST_YEAR);
        }
        int y;
        try {
            y = Integer.parseInt(head[1]);
        } catch (NumberFormatException e) {
            throw new ScheduleFormatException(lineNo, "year", "schedule.badYear", head[1], FIRST_YEAR, LAST_YEAR);
        }
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw new ScheduleFormatException(lineNo, "year", "schedule.badYear", head[1], FIRST_YEAR, LAST_YEAR);
        }
        if (fields.length != 2 || fields[1].isBlank()) {
            throw new ScheduleFormatException(lineNo, "reference", "schedule.noReference", y);
        }
        return y;
    }

    private static List<LocalDate> parseDates(int lineNo, String text, int year) {
        String[] ends = text.split("\\.\\.", -1);
        if (ends.length > 2) {
            throw new ScheduleFormatException(lineNo, "date", "schedule.badDate", text);
        }
        LocalDate from = parseDate(lineNo, ends[0]);
        LocalDate to = ends.length == 2 ? parseDate(lineNo, ends[1]) : from;
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new ScheduleFormatException(lineNo, "date", "schedule.badRange", text, MAX_RANGE_DAYS);
        }
        LocalDate earliest = LocalDate.of(year - 1, 12, 1);
        LocalDate latest = LocalDate.of(year + 1, 1, 31);
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.isBefore(earliest) || d.isAfter(latest)) {
                throw new ScheduleFormatException(lineNo, "date", "schedule.dateOutsideYear", d, year, earliest,
                        latest);
            }
            out.add(d);
        }
        return out;
    }

    private static LocalDate parseDate(int lineNo, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ScheduleFormatException(lineNo, "date", "schedule.badDate", text);
        }
    }

    private static void checkWeekday(int lineNo, DayType type, LocalDate d) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (type == DayType.DAY_OFF && weekend) {
            throw new ScheduleFormatException(lineNo, "date", "schedule.dayOffOnWeekend", d, d.getDayOfWeek());
        }
        if (type == DayType.MAKE_UP_WORKING_DAY && !weekend) {
            throw new ScheduleFormatException(lineNo, "date", "schedule.workdayOnWeekday", d, d.getDayOfWeek());
        }
    }

    /**
     * The schedules in the file, by year, in file order.
     *
     * @return an unmodifiable map from year to its official schedule
     */
    public Map<Integer, YearSchedule> years() {
        return years;
    }
}
