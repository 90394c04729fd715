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

    // ------------------------------------------------------------------ help, demo

    @Test
    void helpPrintsUsageOnStandardOutput() {
        for (String help : List.of("help", "--help", "-h")) {
            Result r = ok(run(help));
            assertThat(r.out()).startsWith("Usage: dvc").contains("lunar DATE...", "lunar -", "holidays YEAR",
                    "calendar FROM TO", "workdays FROM TO", "demo", "help");
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
        assertThat(r.lines()).hasSizeBetween(20, 30);
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
        "frobnicate                         | 2 | unknown command 'frobnicate'",
        "--version                          | 2 | unknown command '--version'",
        "help extra                         | 2 | help takes no arguments",
        "demo now                           | 2 | demo takes no arguments",
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
