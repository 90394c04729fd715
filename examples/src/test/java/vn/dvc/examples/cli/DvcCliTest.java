package vn.dvc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.dossier.DossierState;
import vn.dvc.dossier.Lifecycle;

/**
 * Runs {@link DvcCli#run} with captured streams and checks its answers against facts known
 * independently of dvc (published calendars and the Government's holiday decisions).
 */
class DvcCliTest {

    private static final JsonFactory JSON = new JsonFactory();

    /** What one run printed and returned. */
    private record Result(int status, String out, String err) {

        List<String> lines() {
            return out.lines().toList();
        }

        /** Every line of standard output, each parsed as exactly one JSON object. */
        List<Map<String, Object>> objects() throws IOException {
            assertThat(out).endsWith("\n");
            List<Map<String, Object>> result = new ArrayList<>();
            for (String line : lines()) {
                result.add(parseObject(line));
            }
            return result;
        }

        Map<String, Object> single() throws IOException {
            List<Map<String, Object>> all = objects();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static Result runWith(String stdin, Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            ByteArrayInputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
            status = clock == null ? DvcCli.run(args, in, o, e) : DvcCli.run(args, in, o, e, clock);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result run(String... args) {
        return runWith("", null, args);
    }

    private static Result ok(Result r) {
        assertThat(r.err()).as("stderr").isEmpty();
        assertThat(r.status()).as("exit status").isZero();
        return r;
    }

    // ------------------------------------------------------------------ JSON reading

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parseObject(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            assertThat(p.nextToken()).as("start of %s", line).isEqualTo(JsonToken.START_OBJECT);
            Object value = read(p);
            assertThat(p.nextToken()).as("one object only on the line %s", line).isNull();
            return (Map<String, Object>) value;
        }
    }

    /** A JSON array of strings, as read by {@link #read(JsonParser)}. */
    private static List<String> strings(Object array) {
        List<String> result = new ArrayList<>();
        for (Object o : (List<?>) array) {
            result.add((String) o);
        }
        return result;
    }

    private static Object read(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    assertThat(map).doesNotContainKey(name);
                    map.put(name, read(p));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return p.getBooleanValue();
            case VALUE_NULL:
                return null;
            default:
                throw new AssertionError("unexpected token " + p.currentToken());
        }
    }

    // ------------------------------------------------------------------ lunar

    @Test
    void tetOf2025IsTheFirstDayOfTheFirstMonthOfAtTy() {
        Result r = ok(run("lunar", "2025-01-29"));
        assertThat(r.out()).isEqualTo("{\"date\":\"2025-01-29\",\"lunarYear\":2025,\"lunarMonth\":1,"
                + "\"lunarDay\":1,\"leapMonth\":false,\"yearName\":\"Ất Tỵ\"}\n");
    }

    @Test
    void march22Of2023IsTheFirstDayOfTheLeapSecondMonth() throws IOException {
        Map<String, Object> o = ok(run("lunar", "2023-03-22")).single();
        assertThat(o.keySet()).containsExactly("date", "lunarYear", "lunarMonth", "lunarDay", "leapMonth", "yearName");
        assertThat(o).containsEntry("date", "2023-03-22").containsEntry("lunarYear", 2023L)
                .containsEntry("lunarMonth", 2L).containsEntry("lunarDay", 1L).containsEntry("leapMonth", true)
                .containsEntry("yearName", "Quý Mão");
    }

    @Test
    void lunarPrintsOneLinePerDateInTheOrderGiven() throws IOException {
        List<Map<String, Object>> all = ok(run("lunar", "2023-03-22", "2025-01-29", "2023-03-21")).objects();
        assertThat(all).extracting(o -> o.get("date")).containsExactly("2023-03-22", "2025-01-29", "2023-03-21");
        // the day before the leap month is the last day of the ordinary 2nd month (30 days in 2023)
        assertThat(all.get(2)).containsEntry("lunarMonth", 2L).containsEntry("lunarDay", 30L)
                .containsEntry("leapMonth", false);
    }

    @Test
    void lunarDashReadsDatesFromStandardInputSkippingBlankLines() throws IOException {
        Result r = ok(runWith("2025-01-29\n\n   \r\n 2023-03-22 \r\n2024-02-10", null, "lunar", "-"));
        List<Map<String, Object>> all = r.objects();
        assertThat(all).extracting(o -> o.get("date")).containsExactly("2025-01-29", "2023-03-22", "2024-02-10");
        assertThat(all.get(1)).containsEntry("leapMonth", true).containsEntry("yearName", "Quý Mão");
        // Tết Giáp Thìn
        assertThat(all.get(2)).containsEntry("lunarYear", 2024L).containsEntry("lunarMonth", 1L)
                .containsEntry("lunarDay", 1L).containsEntry("yearName", "Giáp Thìn");
        assertThat(r.out()).isEqualTo(run("lunar", "2025-01-29", "2023-03-22", "2024-02-10").out());
    }

    @Test
    void lunarDashWithEmptyInputPrintsNothing() {
        assertThat(ok(runWith("\n\n", null, "lunar", "-")).out()).isEmpty();
    }

    @Test
    void lunarCoversTheWholeRange() throws IOException {
        List<Map<String, Object>> all = ok(run("lunar", "1900-01-01", "2199-12-31")).objects();
        assertThat(all).hasSize(2);
    }

    // ------------------------------------------------------------------ holidays

    @Test
    @SuppressWarnings("unchecked")
    void holidaysOf2025AreTheOfficialDecision() throws IOException {
        Map<String, Object> o = ok(run("holidays", "2025")).single();
        assertThat(o.keySet()).containsExactly("year", "source", "reference", "holidays", "nonWorkingWeekdays",
                "makeUpWorkingDays");
        assertThat(o).containsEntry("year", 2025L).containsEntry("source", "OFFICIAL");
        assertThat((String) o.get("reference")).isNotBlank();
        assertThat(o.get("nonWorkingWeekdays")).isEqualTo(List.of("2025-01-01", "2025-01-27", "2025-01-28",
                "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02",
                "2025-09-01", "2025-09-02"));
        assertThat(o.get("makeUpWorkingDays")).isEqualTo(List.of("2025-04-26"));
        List<Map<String, Object>> holidays = (List<Map<String, Object>>) o.get("holidays");
        assertThat(holidays.get(0)).isEqualTo(Map.of("date", "2025-01-01", "name", "Tết Dương lịch",
                "nameEn", "New Year's Day"));
        assertThat(holidays.get(0).keySet()).containsExactly("date", "name", "nameEn");
        assertThat(holidays).extracting(h -> h.get("date"))
                .contains("2025-01-29", "2025-04-07", "2025-04-30", "2025-05-01", "2025-09-02")
                .doesNotContain("2025-05-02", "2025-04-26");
    }

    @Test
    void holidaysOf2030ArePredicted() throws IOException {
        Map<String, Object> o = ok(run("holidays", "2030")).single();
        assertThat(o).containsEntry("year", 2030L).containsEntry("source", "PREDICTED");
        assertThat(strings(o.get("nonWorkingWeekdays"))).contains("2030-01-01", "2030-09-02");
    }

    // ------------------------------------------------------------------ calendar and workdays

    @Test
    void calendarOfJanuary2026() throws IOException {
        Map<String, Object> o = ok(run("calendar", "2026-01-01", "2026-01-31")).single();
        assertThat(o.keySet()).containsExactly("from", "to", "nonWorkingWeekdays", "workingWeekendDays");
        assertThat(o).containsEntry("from", "2026-01-01").containsEntry("to", "2026-01-31");
        assertThat(o.get("nonWorkingWeekdays")).isEqualTo(List.of("2026-01-01", "2026-01-02"));
        assertThat(o.get("workingWeekendDays")).isEqualTo(List.of("2026-01-10"));
    }

    @Test
    void calendarIncludesBothEnds() throws IOException {
        assertThat(ok(run("calendar", "2026-01-02", "2026-01-02")).out())
                .isEqualTo("{\"from\":\"2026-01-02\",\"to\":\"2026-01-02\",\"nonWorkingWeekdays\":[\"2026-01-02\"],"
                        + "\"workingWeekendDays\":[]}\n");
        assertThat(ok(run("calendar", "2026-01-10", "2026-01-10")).single().get("workingWeekendDays"))
                .isEqualTo(List.of("2026-01-10"));
    }

    @Test
    void calendarOf2025MatchesTheHolidays() throws IOException {
        Map<String, Object> o = ok(run("calendar", "2025-01-01", "2025-12-31")).single();
        assertThat(o.get("nonWorkingWeekdays")).isEqualTo(ok(run("holidays", "2025")).single().get("nonWorkingWeekdays"));
        assertThat(o.get("workingWeekendDays")).isEqualTo(List.of("2025-04-26"));
    }

    @Test
    void workdaysOf2025Are250() {
        assertThat(ok(run("workdays", "2025-01-01", "2026-01-01")).out()).isEqualTo("{\"workingDays\":250}\n");
    }

    @Test
    void workdaysExcludeTheEnd() {
        // Friday 24 January 2025 is worked, then nothing until Monday 3 February
        assertThat(ok(run("workdays", "2025-01-24", "2025-02-03")).out()).isEqualTo("{\"workingDays\":1}\n");
        assertThat(ok(run("workdays", "2025-01-24", "2025-01-24")).out()).isEqualTo("{\"workingDays\":0}\n");
        // the day after the last date of the range is a valid exclusive end
        assertThat(ok(run("workdays", "2199-12-31", "2200-01-01")).status()).isZero();
    }

    // ------------------------------------------------------------------ deadline

    /** {@code dvc deadline --received RECEIVED --limit LIMIT} followed by more options. */
    private static Result deadline(String received, String limit, String... options) {
        List<String> args = new ArrayList<>(List.of("deadline", "--received", received, "--limit", limit));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    @Test
    void deadlineOfFiveWorkingDaysSkipsTheTetBreak() {
        assertThat(ok(deadline("2025-01-24T16:10", "05 ngày làm việc")).out())
                .isEqualTo("{\"receivedAt\":\"2025-01-24T16:10\",\"clockStart\":\"2025-01-24T16:10\","
                        + "\"due\":\"2025-02-07T16:10\",\"limit\":{\"amount\":5,\"unit\":\"WORKING_DAYS\"}}\n");
    }

    /** Known answers, checked by hand on the official 2025 calendar. */
    @ParameterizedTest(name = "{0} {1} {2} -> {3} .. {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
        // Friday before the Tết break (25/1-2/2): the break does not count
        "2025-01-24T16:10 | 05 ngày làm việc | -                                | 2025-01-24T16:10 | 2025-02-07T16:10 | 5  | WORKING_DAYS",
        // received after the cutoff: the clock starts when the next working day opens
        "2025-01-24T16:10 | 05 ngày làm việc | --cutoff 15:00                   | 2025-02-03T08:00 | 2025-02-10T08:00 | 5  | WORKING_DAYS",
        "2025-01-24T16:10 | 05 ngày làm việc | --convention end-of-day          | 2025-01-24T16:10 | 2025-02-07T17:00 | 5  | WORKING_DAYS",
        "2025-01-24T16:10 | 05 ngày làm việc | --convention end-of-day --cutoff 15:00 | 2025-02-03T08:00 | 2025-02-10T17:00 | 5 | WORKING_DAYS",
        // received exactly at the cutoff: still the same day
        "2025-01-24T15:00 | 05 ngày làm việc | --cutoff 15:00                   | 2025-01-24T15:00 | 2025-02-07T15:00 | 5  | WORKING_DAYS",
        // received during the break: the clock starts on Monday 3/2 at 08:00
        "2025-01-29T10:00 | 5 working days   | -                                | 2025-02-03T08:00 | 2025-02-10T08:00 | 5  | WORKING_DAYS",
        // day 27 is Sunday 6/4, Monday 7/4 is Hùng Kings' day: the close of Tuesday 8/4
        "2025-03-10T09:00 | 27 ngày          | -                                | 2025-03-10T09:00 | 2025-04-08T17:00 | 27 | CALENDAR_DAYS",
        "2025-03-10T16:55 | Trong ngày       | -                                | 2025-03-10T16:55 | 2025-03-10T17:00 | 0  | WITHIN_DAY",
        // one hour on Friday, then three on the make-up Saturday 26/4
        "2025-04-25T16:00 | 04 giờ làm việc  | -                                | 2025-04-25T16:00 | 2025-04-26T11:00 | 4  | WORKING_HOURS",
        // received in the lunch break of a province's own hours
        "2025-03-10T12:30 | 5 working days   | --hours 07:30-11:30,13:30-17:00  | 2025-03-10T13:30 | 2025-03-17T13:30 | 5  | WORKING_DAYS",
        "2025-03-10T09:00 | Thời hạn giải quyết: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ | - | 2025-03-10T09:00 | 2025-03-17T09:00 | 5 | WORKING_DAYS",
    })
    @SuppressWarnings("unchecked")
    void deadlineKnownAnswers(String received, String limit, String options, String clockStart, String due,
            long amount, String unit) throws IOException {
        Map<String, Object> o = ok(deadline(received, limit,
                options == null ? new String[0] : options.split(" "))).single();
        assertThat(o.keySet()).containsExactly("receivedAt", "clockStart", "due", "limit");
        assertThat(o).containsEntry("receivedAt", received).containsEntry("clockStart", clockStart)
                .containsEntry("due", due);
        Map<String, Object> l = (Map<String, Object>) o.get("limit");
        assertThat(l.keySet()).containsExactly("amount", "unit");
        assertThat(l).containsEntry("amount", amount).containsEntry("unit", unit);
    }

    @Test
    void deadlineOptionsComeInAnyOrderAndTheDefaultsCanBeSpelledOut() {
        String expected = ok(deadline("2025-01-24T16:10", "05 ngày làm việc")).out();
        assertThat(ok(run("deadline", "--limit", "05 ngày làm việc", "--received", "2025-01-24T16:10")).out())
                .isEqualTo(expected);
        assertThat(ok(run("deadline", "--channel", "online", "--hours", "08:00-12:00,13:00-17:00", "--limit",
                "05 ngày làm việc", "--convention", "same-time", "--received", "2025-01-24T16:10")).out())
                .isEqualTo(expected);
        // without a cutoff every channel starts the clock on receipt
        for (String channel : List.of("counter", "online", "post")) {
            assertThat(ok(deadline("2025-01-24T16:10", "05 ngày làm việc", "--channel", channel)).out())
                    .isEqualTo(expected);
        }
        String cutoff = ok(deadline("2025-01-24T16:10", "05 ngày làm việc", "--cutoff", "15:00")).out();
        assertThat(ok(run("deadline", "--cutoff", "15:00", "--channel", "counter", "--received", "2025-01-24T16:10",
                "--limit", "05 ngày làm việc")).out()).isEqualTo(cutoff);
    }

    @Test
    void deadlinePrintsSecondsOnlyWhenThereAreSome() throws IOException {
        Map<String, Object> o = ok(deadline("2025-01-24T16:10:30", "05 ngày làm việc")).single();
        assertThat(o).containsEntry("receivedAt", "2025-01-24T16:10:30").containsEntry("due", "2025-02-07T16:10:30");
        assertThat(ok(deadline("2025-01-24T16:10:00", "05 ngày làm việc")).single())
                .containsEntry("receivedAt", "2025-01-24T16:10").containsEntry("due", "2025-02-07T16:10");
    }

    @Test
    void deadlineCountsOnTheLoadedScheduleFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lich-2027.txt");
        Files.writeString(file, String.join("\n",
                "year 2027 | Thông báo 1/TB-BNV (test)",
                "holiday 2027-01-01 | Tết Dương lịch | New Year's Day",
                "dayoff 2027-01-04 | Nghỉ hoán đổi | Swapped day off",
                "workday 2027-01-09 | Làm bù | Make-up working day", ""), StandardCharsets.UTF_8);
        // Friday 8 January 2027: the next working day is the make-up Saturday of the file
        assertThat(ok(run("--schedule", file.toString(), "deadline", "--received", "2027-01-08T16:00", "--limit",
                "1 ngày làm việc")).single()).containsEntry("due", "2027-01-09T16:00");
        assertThat(ok(run("deadline", "--received", "2027-01-08T16:00", "--limit", "1 ngày làm việc")).single())
                .containsEntry("due", "2027-01-11T16:00");
        // the file survives other office hours: after the cutoff the clock starts on Saturday at 07:30
        Map<String, Object> o = ok(run("--schedule", file.toString(), "deadline", "--hours", "07:30-11:30,13:30-17:00",
                "--cutoff", "15:00", "--received", "2027-01-08T16:00", "--limit", "1 ngày làm việc")).single();
        assertThat(o).containsEntry("clockStart", "2027-01-09T07:30").containsEntry("due", "2027-01-11T07:30");
        // the holiday and the swapped day off of the file do not count
        assertThat(ok(run("--schedule", file.toString(), "deadline", "--received", "2027-01-01T09:00", "--limit",
                "Trong ngày")).single()).containsEntry("clockStart", "2027-01-05T08:00")
                .containsEntry("due", "2027-01-05T17:00");
    }

    /** Arguments after {@code deadline}, separated by {@code ;} so that values may hold spaces. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // malformed command lines: status 2
        "                                                                  | 2 | deadline needs --received DATE-TIME",
        "--limit;5 ngày                                                    | 2 | deadline needs --received DATE-TIME",
        "--received;2025-01-24T16:10                                       | 2 | deadline needs --limit TEXT",
        "2025-01-24T16:10;5 ngày                                           | 2 | unexpected argument '2025-01-24T16:10'",
        "--received;2025-01-24T16:10;--limit;5 ngày;extra                  | 2 | unexpected argument 'extra'",
        "--received;2025-01-24T16:10;--limit;5 ngày;--deadline;x           | 2 | unknown option '--deadline'",
        "--received=2025-01-24T16:10;--limit;5 ngày                        | 2 | unknown option '--received=2025-01-24T16:10'",
        "--received;2025-01-24T16:10;--limit;5 ngày;--schedule;f.txt       | 2 | unknown option '--schedule'",
        "--received;2025-01-24T16:10;--limit;5 ngày;--cutoff               | 2 | --cutoff needs a value",
        "--received;--limit;5 ngày                                         | 2 | --received needs a value",
        "--received;2025-01-24T16:10;--limit;5 ngày;--limit;6 ngày         | 2 | --limit is given more than once",
        "--received;2025-01-24T16:10;--received;2025-01-24T16:10;--limit;5 ngày | 2 | --received is given more than once",
        "--received;2025-01-24 16:10;--limit;5 ngày                        | 2 | --received '2025-01-24 16:10' is not a valid date-time",
        "--received;2025-01-24;--limit;5 ngày                              | 2 | --received '2025-01-24' is not a valid date-time",
        "--received;2025-02-29T09:00;--limit;5 ngày                        | 2 | --received '2025-02-29T09:00' is not a valid date-time",
        "--received;24/01/2025 16:10;--limit;5 ngày                        | 2 | --received '24/01/2025 16:10' is not a valid date-time",
        "--received;2025-01-24T16:10;--limit;5 ngày;--cutoff;3pm           | 2 | --cutoff '3pm' is not a valid time",
        "--received;2025-01-24T16:10;--limit;5 ngày;--cutoff;25:00         | 2 | --cutoff '25:00' is not a valid time",
        "--received;2025-01-24T16:10;--limit;5 ngày;--convention;eod       | 2 | --convention 'eod' is not a convention",
        "--received;2025-01-24T16:10;--limit;5 ngày;--convention;END_OF_DAY | 2 | --convention 'END_OF_DAY' is not a convention",
        "--received;2025-01-24T16:10;--limit;5 ngày;--channel;email        | 2 | --channel 'email' is not a channel",
        "--received;2025-01-24T16:10;--limit;5 ngày;--hours;8-12           | 2 | --hours: '8-12' is not a list of office hours",
        "--received;2025-01-24T16:10;--limit;5 ngày;--hours;08:00-12:00,11:00-17:00 | 2 | --hours: Working periods must be in order",
        "--received;2025-01-24T16:10;--limit;5 ngày;--hours;12:00-08:00    | 2 | --hours: A working period must end after it starts",
        // a malformed option is reported before an unreadable limit
        "--received;2025-01-24T16:10;--limit;soon;--channel;email          | 2 | --channel 'email' is not a channel",
        // well formed, refused by dvc: status 1
        "--received;2025-01-24T16:10;--limit;soon                          | 1 | 'soon' is not a time limit",
        "--received;2025-01-24T16:10;--limit;5 giờ                         | 1 | '5 giờ' is not a time limit",
        "--received;2025-01-24T16:10;--limit;0 ngày                        | 1 | '0 ngày' has an amount outside 1 to",
        "--received;2025-01-24T16:10;--limit;05 ngày làm việc hoặc 10 ngày | 1 | names more than one time limit",
        "--received;2200-01-01T09:00;--limit;5 ngày                        | 1 | 2200-01-01 is outside the calendar's data range",
        "--received;1999-12-31T09:00;--limit;5 ngày                        | 1 | 1999-12-31 is outside the calendar's data range",
        "--received;2199-12-31T09:00;--limit;5 ngày làm việc               | 1 | is outside the calendar's data range",
    })
    void badDeadlineArgumentsPrintOneLineOnStandardErrorAndNothingOnStandardOutput(String args, int status,
            String message) {
        List<String> all = new ArrayList<>(List.of("deadline"));
        if (args != null) {
            all.addAll(List.of(args.split(";")));
        }
        assertFailure(run(all.toArray(String[]::new)), status, message);
    }

    @Test
    void anEmptyDeadlineValueIsAMistakeToo() {
        assertFailure(deadline("", "5 ngày"), 2, "--received '' is not a valid date-time");
        assertFailure(deadline("2025-01-24T16:10", ""), 1, "'' is not a time limit");
        assertFailure(deadline("2025-01-24T16:10", "5 ngày", "--hours", ""), 2, "--hours: '' is not a list");
        assertFailure(deadline("2025-01-24T16:10", "5 ngày", "--cutoff", ""), 2, "--cutoff '' is not a valid time");
    }

    // ------------------------------------------------------------------ lifecycle

    @Test
    void lifecyclePrintsTheDiagramSourceOfEachFormat() {
        Lifecycle lifecycle = Lifecycle.standard();
        assertThat(ok(run("lifecycle", "--format", "mermaid")).out()).isEqualTo(lifecycle.toMermaid());
        assertThat(ok(run("lifecycle", "--format", "plantuml")).out()).isEqualTo(lifecycle.toPlantUml());
        assertThat(ok(run("lifecycle", "--format", "dot")).out()).isEqualTo(lifecycle.toDot());
    }

    @Test
    void lifecycleDrawsMermaidByDefault() {
        Result r = ok(run("lifecycle"));
        assertThat(r.out()).isEqualTo(Lifecycle.standard().toMermaid()).startsWith("stateDiagram-v2\n")
                .endsWith("\n");
    }

    @Test
    void lifecycleDiagramsArePlainTextWithEveryStateInUtf8() {
        for (String format : List.of("mermaid", "plantuml", "dot")) {
            String out = ok(run("lifecycle", "--format", format)).out();
            assertThat(out).as(format).doesNotStartWith("{").contains("RESOLVED", "RETURNED", "Submit", "ReturnResult");
            for (DossierState s : DossierState.values()) {
                // the Vietnamese labels survive the trip through the UTF-8 standard output
                assertThat(out).as("%s: %s", format, s).contains(s.name(), s.label(), s.labelEn());
            }
        }
    }

    @Test
    void anEmptyLifecycleFormatIsAMistake() {
        assertFailure(run("lifecycle", "--format", ""), 2, "--format '' is not a diagram format");
    }

    // ------------------------------------------------------------------ help, demo

    @Test
    void helpPrintsUsageOnStandardOutput() {
        for (String help : List.of("help", "--help", "-h")) {
            Result r = ok(run(help));
            assertThat(r.out()).startsWith("Usage: dvc").contains("lunar DATE...", "lunar -", "holidays YEAR",
                    "calendar FROM TO", "workdays FROM TO", "deadline --received DATE-TIME --limit TEXT",
                    "--cutoff", "--convention same-time|end-of-day", "--hours", "--channel counter|online|post",
                    "lifecycle [--format mermaid|plantuml|dot]", "demo", "help");
        }
    }

    @Test
    void noArgumentsPrintsUsageOnStandardErrorWithStatus2() {
        Result r = run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(ok(run("help")).out());
    }

    @Test
    void demoShowsTheTetBreakAndDeadlines() {
        Result r = ok(run("demo"));
        assertThat(r.out()).contains("Wednesday 29 January 2025", "Ất Tỵ",
                "Saturday 25 January 2025 to Sunday 2 February 2025", "Saturday 26 April 2025",
                "2025-02-07", "2025-02-03T11:10", "Working days in 2025: 250", "JSON")
                .doesNotStartWith("{");
        // about 25 lines of calendar and deadlines, about 20 of the dossier, a few of commands
        assertThat(r.lines()).hasSizeBetween(40, 60);
    }

    /** The demo's lines with their column padding shown as {@code " | "}. */
    private static List<String> columns(String out) {
        return out.lines().map(l -> l.strip().replaceAll(" {2,}", " | ")).toList();
    }

    @Test
    void demoDrivesOneDossierFromSubmissionToResult() {
        String out = ok(run("demo")).out();
        assertThat(out).contains("One dossier, from submission to result",
                "Procedure 1.000894, online by a citizen account, limit \"05 ngày làm việc\", at 000.00.01.H29;"
                        + " 8 events:");
        // one line per event: time, state (Vietnamese / English), role, form; facts under some events
        assertThat(columns(out)).containsSubsequence(
                "Fri 24/1 15:50 | Mới đăng ký / Submitted | Applicant",
                "Fri 24/1 16:10 | Được tiếp nhận / Received | Reception officer | Mẫu số 01, Thông tư 01/2018/TT-VPCP",
                "receipt slip 000.00.01.H29-250124-0001: appointment Friday 7/2/2025 16:10 (2025-02-07T16:10)",
                "Mon 3/2 08:30 | Đang xử lý / Processing | Reception officer | Mẫu số 05, Thông tư 01/2018/TT-VPCP",
                "control slip: to Appraisal (Thẩm định) at 000.00.15.H29",
                "Tue 4/2 09:00 | Yêu cầu bổ sung giấy tờ / Supplement requested | Processing officer"
                        + " | Mẫu số 02, Thông tư 01/2018/TT-VPCP",
                "missing: Giấy chứng sinh; the clock stops",
                "Wed 5/2 09:00 | Đang xử lý / Processing | Applicant",
                // the restart rule: the full five working days again from the supplement
                "the clock runs again: new due Wednesday 12/2/2025 09:00 (2025-02-12T09:00) under the restart rule",
                "Mon 10/2 10:00 | Đang xử lý / Processing | Processing officer | Mẫu số 05, Thông tư 01/2018/TT-VPCP",
                "control slip: to Approval (Phê duyệt) at 000.00.15.H29",
                "Tue 11/2 15:00 | Đã xử lý xong / Resolved | Approver",
                "Tue 11/2 16:00 | Đã trả kết quả / Result returned | Reception officer",
                "result returned online",
                "Public progress of 000.00.01.H29-250124-0001 (no personal data): Đã trả kết quả / Result returned,"
                        + " 8 steps,",
                "resolved Tuesday 11/2/2025 15:00, due Wednesday 12/2/2025 09:00: Trước hạn (Early)");
        // the section shows no personal data of the applicant
        assertThat(out).doesNotContain("Nguyễn", "001099012345");
    }

    @Test
    void demoExplainsDeadlinesInPlainWords() {
        String out = ok(run("demo")).out();
        assertThat(out).contains("Deadlines in plain words",
                "\"05 ngày làm việc\" from Friday 24/1/2025 16:10: due Friday 7/2/2025 16:10,"
                        + " the 9 days off for Tết do not count",
                "With a 15:00 cutoff its clock starts Monday 3/2/2025 08:00, and it is due Monday 10/2/2025 08:00",
                "\"27 ngày\" from Monday 10/3/2025 09:00: due Tuesday 8/4/2025 17:00, as day 27 falls on Sunday 6/4,"
                        + " followed by Monday 7/4, Hùng Kings' Commemoration Day",
                "\"10 ngày làm việc\" from Tuesday 22/4/2025 10:00, supplement asked Monday 28/4/2025 14:00,"
                        + " given Tuesday 6/5/2025 09:00:",
                "restart rule: due Tuesday 20/5/2025 09:00 (2025-05-20T09:00);"
                        + " subtract rule: due Monday 12/5/2025 15:00 (2025-05-12T15:00)",
                "dvc deadline --received 2025-01-24T16:10");
    }

    @Test
    void demoUsesTheClockForThisYearAndToday() {
        // Vietnam (UTC+7) and China (UTC+8) greet 2030 on different days: the new moon falls at
        // 23:07 on 2 February in Hanoi, 00:07 on 3 February in Beijing.
        Clock in2030 = Clock.fixed(ZonedDateTime.of(2030, 2, 2, 9, 0, 0, 0, DvcCli.VIETNAM).toInstant(),
                DvcCli.VIETNAM);
        Result r = ok(runWith("", in2030, "demo"));
        assertThat(r.out()).contains("Tết 2030, year of Canh Tuất, is on Saturday 2 February 2030",
                "schedule is PREDICTED",
                "Today, Saturday 2 February 2030, is day 1 of lunar month 1 of the year Canh Tuất (2030)",
                "2025-02-07");

        Clock tet2025 = Clock.fixed(ZonedDateTime.of(2025, 1, 29, 0, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant(),
                DvcCli.VIETNAM);
        assertThat(ok(runWith("", tet2025, "demo")).out()).contains("schedule is OFFICIAL",
                "Today, Wednesday 29 January 2025, is day 1 of lunar month 1 of the year Ất Tỵ (2025)");

        Clock leap = Clock.fixed(ZonedDateTime.of(2023, 3, 22, 12, 0, 0, 0, DvcCli.VIETNAM).toInstant(),
                DvcCli.VIETNAM);
        assertThat(ok(runWith("", leap, "demo")).out()).contains("day 1 of leap lunar month 2 of the year Quý Mão");
    }

    // ------------------------------------------------------------------ errors

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "frobnicate                         | 2 | unknown command 'frobnicate': expected lunar, holidays, calendar, workdays, deadline, lifecycle, demo or help",
        "--version                          | 2 | unknown command '--version'",
        "help extra                         | 2 | help takes no arguments",
        "demo now                           | 2 | demo takes no arguments",
        "lifecycle dot                      | 2 | lifecycle: unexpected argument 'dot': expected --format mermaid|plantuml|dot",
        "lifecycle --format                 | 2 | lifecycle: --format needs a value: mermaid, plantuml or dot",
        "lifecycle --format --format        | 2 | lifecycle: --format needs a value",
        "lifecycle --format svg             | 2 | --format 'svg' is not a diagram format: expected mermaid, plantuml or dot",
        "lifecycle --format DOT             | 2 | --format 'DOT' is not a diagram format",
        "lifecycle --format=dot             | 2 | lifecycle: unknown option '--format=dot': expected --format",
        "lifecycle --output x.svg           | 2 | lifecycle: unknown option '--output'",
        "lifecycle --format dot --format dot | 2 | lifecycle: --format is given more than once",
        "lifecycle --format dot extra       | 2 | lifecycle: unexpected argument 'extra': expected only --format",
        "lunar                              | 2 | lunar expects at least one DATE",
        "lunar 2025-13-01                   | 2 | '2025-13-01' is not a valid date",
        "lunar 2025-02-29                   | 2 | '2025-02-29' is not a valid date",
        "lunar 2025-01-29 29/01/2025        | 2 | '29/01/2025' is not a valid date",
        "lunar - 2025-01-29                 | 2 | '-' (read standard input) must be the only argument",
        "lunar 1899-12-31                   | 1 | 1899-12-31 is outside the calendar's data range",
        "lunar 2025-01-29 2200-01-01        | 1 | 2200-01-01 is outside the calendar's data range",
        "holidays                           | 2 | holidays expects 1 argument (YEAR), got 0",
        "holidays 2025 2026                 | 2 | holidays expects 1 argument (YEAR), got 2",
        "holidays twenty                    | 2 | 'twenty' is not a year",
        "holidays 2025.5                    | 2 | '2025.5' is not a year",
        "holidays -2025                     | 2 | '-2025' is not a year",
        "holidays 1999                      | 1 | 1999 is outside the calendar's data range",
        "holidays 2200                      | 1 | 2200 is outside the calendar's data range",
        "calendar 2025-01-01                | 2 | calendar expects 2 arguments (FROM TO), got 1",
        "calendar 2025-01-01 2025-01-02 x   | 2 | calendar expects 2 arguments (FROM TO), got 3",
        "calendar 2025-02-01 2025-01-31     | 2 | FROM 2025-02-01 is after TO 2025-01-31",
        "calendar 2025-01-01 tomorrow       | 2 | TO 'tomorrow' is not a valid date",
        "calendar 1999-12-31 2000-01-31     | 1 | 1999-12-31 is outside the calendar's data range",
        "calendar 2199-12-01 2200-01-01     | 1 | 2200-01-01 is outside the calendar's data range",
        "workdays                           | 2 | workdays expects 2 arguments (FROM TO), got 0",
        "workdays 2026-01-01 2025-01-01     | 2 | FROM 2026-01-01 is after TO 2025-01-01",
        "workdays 2025-1-1 2026-01-01       | 2 | FROM '2025-1-1' is not a valid date",
        "workdays 1999-01-01 2025-01-01     | 1 | 1999-01-01 is outside the calendar's data range",
        "workdays 2025-01-01 2200-01-02     | 1 | 2200-01-02 is outside the calendar's data range",
    })
    void badArgumentsPrintOneLineOnStandardErrorAndNothingOnStandardOutput(String args, int status,
            String message) {
        assertFailure(runWith("", null, args.trim().split("\\s+")), status, message);
    }

    @Test
    void aBadLineOnStandardInputIsReportedWithItsNumber() {
        assertFailure(runWith("2025-01-29\n\nnot a date\n", null, "lunar", "-"), 2,
                "standard input line 3: 'not a date' is not a valid date");
        assertFailure(runWith("2025-01-29\n1800-01-01\n", null, "lunar", "-"), 1,
                "1800-01-01 is outside the calendar's data range");
    }

    @Test
    void controlCharactersInArgumentsDoNotBreakTheErrorLine() {
        assertFailure(run("lunar", "2025-01-29\nboom"), 2, "'2025-01-29?boom' is not a valid date");
    }

    private static void assertFailure(Result r, int status, String message) {
        assertThat(r.status()).as("exit status of %s", r).isEqualTo(status);
        assertThat(r.out()).as("stdout").isEmpty();
        assertThat(r.err()).as("stderr").startsWith("dvc: ").endsWith("\n").contains(message)
                .doesNotContain("Exception", "\tat ");
        assertThat(r.err().strip().lines()).as("stderr lines").hasSize(1);
    }

    @Test
    void aScheduleFileReplacesThePredictedYear(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lich-2027.txt");
        Files.writeString(file, String.join("\n",
                "year 2027 | Thông báo 1/TB-BNV (test)",
                "holiday 2027-01-01 | Tết Dương lịch | New Year's Day",
                "dayoff 2027-01-04 | Nghỉ hoán đổi | Swapped day off",
                "workday 2027-01-09 | Làm bù | Make-up working day", ""), StandardCharsets.UTF_8);
        Map<String, Object> o = ok(run("--schedule", file.toString(), "holidays", "2027")).single();
        assertThat(o.get("source")).isEqualTo("OFFICIAL");
        assertThat(strings(o.get("makeUpWorkingDays"))).containsExactly("2027-01-09");
        Map<String, Object> c = ok(run("--schedule", file.toString(), "calendar", "2027-01-01", "2027-01-10")).single();
        assertThat(strings(c.get("nonWorkingWeekdays"))).containsExactly("2027-01-01", "2027-01-04");
        assertThat(strings(c.get("workingWeekendDays"))).containsExactly("2027-01-09");
        assertThat(ok(run("--schedule", file.toString(), "workdays", "2027-01-01", "2027-01-11")).single().get("workingDays"))
                .isEqualTo(5L); // 5-8 January and Saturday 9
        // without the file the year is predicted
        assertThat(ok(run("holidays", "2027")).single().get("source")).isEqualTo("PREDICTED");
    }

    @Test
    void aBadScheduleFileIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "year 2027 | X\ndayoff 2027-01-02 | A | B\n", StandardCharsets.UTF_8);
        Result r = run("--schedule", file.toString(), "holidays", "2027");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("dvc: Line 2, field date:").hasLineCount(1);
        Result missing = run("--schedule", dir.resolve("none.txt").toString(), "holidays", "2027");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).startsWith("dvc: cannot read").hasLineCount(1);
        Result noFile = run("--schedule");
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err()).startsWith("dvc: --schedule needs a FILE");
    }
}
