package vn.dvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.i18n.Messages;

class ScheduleFileTest {

    private static final String SCHEDULE_2027 = """
            # a decision announced after the release
            year 2027 | Thông báo 1/TB-BNV (test)
            holiday 2027-01-01 | Tết Dương lịch | New Year's Day
            holiday 2027-02-05..2027-02-09 | Tết Nguyên đán | Lunar New Year (Tết)
            dayoff  2027-02-10..2027-02-11 | Nghỉ bù Tết Nguyên đán | Compensatory day off for Tết
            dayoff  2027-02-12 | Nghỉ hoán đổi | Swapped day off
            workday 2027-02-20 | Làm bù cho ngày 12/02/2027 | Make-up working day for 12 February 2027
            """;

    @Test
    void aLoadedYearReplacesThePrediction() {
        VietnamHolidays base = VietnamHolidays.official();
        VietnamHolidays loaded = base.withSchedules(ScheduleFile.parse(SCHEDULE_2027));
        YearSchedule y = loaded.year(2027);
        assertThat(y.source()).isEqualTo(ScheduleSource.OFFICIAL);
        assertThat(y.reference()).isEqualTo("Thông báo 1/TB-BNV (test)");
        assertThat(y.makeUpWorkingDays()).containsExactly(LocalDate.of(2027, 2, 20));
        assertThat(y.nonWorkingWeekdays()).containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5),
                LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10),
                LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 12));
        // the bundled calendar is unchanged, the other years are kept
        assertThat(base.year(2027).source()).isEqualTo(ScheduleSource.PREDICTED);
        assertThat(loaded.year(2025)).isEqualTo(base.year(2025));

        WorkCalendar cal = WorkCalendar.builder(loaded).build();
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 12))).isFalse();
        assertThat(WorkCalendar.vietnam().isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
    }

    @Test
    void readsFilesWithAByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lich-2027.txt");
        Files.writeString(file, "\uFEFF" + SCHEDULE_2027, StandardCharsets.UTF_8);
        assertThat(ScheduleFile.read(file).years()).containsOnlyKeys(2027);
        assertThatThrownBy(() -> ScheduleFile.read(dir.resolve("missing.txt"))).isInstanceOf(UncheckedIOException.class);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "holiday 2027-01-01 | A | B;1;kind;a 'holiday' record must follow",
        "year 2027 | X\\nholidy 2027-01-01 | A | B;2;kind;'holidy' is not a record kind",
        "year 20x7 | X;1;year;'20x7' is not a year",
        "year 1999 | X;1;year;'1999' is not a year: expected 'year YYYY' with YYYY from 2000 to 2199",
        "year 2027;1;reference;names no source",
        "year 2027 | X\\nholiday 2027-02-30 | A | B;2;date;'2027-02-30' is not a date",
        "year 2027 | X\\nholiday 2027-02-03..2027-02-01 | A | B;2;date;is not a valid range",
        "year 2027 | X\\nholiday 2027-01-01..2027-03-01 | A | B;2;date;at most 31 days",
        "year 2027 | X\\nholiday 2027-01-01 | A;2;nameEn;expected 3",
        "year 2027 | X\\nholiday 2027-01-01 | | B;2;name;the field is empty",
        "year 2027 | X\\nholiday 2027-01-01 | A |  ;2;nameEn;the field is empty",
        "year 2027 | X\\nholiday 2027-01-01 | A | B | C;2;file;found 4 fields",
        "year 2027 | X\\nholiday 2025-01-01 | A | B;2;date;does not belong to the block of year 2027",
        "year 2027 | X\\ndayoff 2027-01-02 | A | B;2;date;is a SATURDAY: expected Monday to Friday",
        "year 2027 | X\\nworkday 2027-01-04 | A | B;2;date;is a MONDAY: expected Saturday or Sunday",
        "year 2027 | X\\nholiday 2027-01-01 | A | B\\nholiday 2027-01-01 | A | B;3;date;2027-01-01 appears twice",
        "year 2027 | X\\nyear 2027 | Y;2;year;year 2027 is already defined on line 1",
        "year 2027 | X\\nholiday 2027-01-01 2027-01-02 | A | B;2;date;is not a date"})
    void malformedLinesAreRefusedWithLineAndField(String text, int line, String field, String message) {
        String content = text.replace("\\n", "\n");
        assertThatThrownBy(() -> ScheduleFile.parse(content))
                .isInstanceOf(ScheduleFormatException.class)
                .hasMessageStartingWith("Line " + line + ", field " + field + ":")
                .satisfies(e -> {
                    ScheduleFormatException ex = (ScheduleFormatException) e;
                    assertThat(ex.line()).isEqualTo(line);
                    assertThat(ex.field()).isEqualTo(field);
                    assertThat(ex.message(Messages.VIETNAMESE)).startsWith("Dòng " + line + ", trường " + field);
                });
    }

    @Test
    void duplicateDateMessageIsExact() {
        assertThatThrownBy(() -> ScheduleFile.parse("year 2027 | X\nholiday 2027-01-01 | A | B\n\n# c\nholiday 2027-01-01 | A | B"))
                .hasMessage("Line 5, field date: the day 2027-01-01 appears twice: also on line 2.");
    }

    @Test
    void conflictingSwapAcrossNewYearIsRefused() {
        ScheduleFile file = ScheduleFile.parse("""
                year 2027 | X
                holiday 2027-01-01 | Tết Dương lịch | New Year's Day
                year 2028 | Y
                dayoff 2027-12-31 | Nghỉ hoán đổi | Swapped day off
                holiday 2028-01-01 | Tết Dương lịch | New Year's Day
                """);
        VietnamHolidays loaded = VietnamHolidays.official().withSchedules(file);
        assertThat(loaded.typeOf(LocalDate.of(2027, 12, 31))).contains(DayType.DAY_OFF);
        ScheduleFile conflicting = ScheduleFile.parse("""
                year 2027 | X
                workday 2027-12-31 | A | B
                """.replace("workday 2027-12-31", "holiday 2027-12-31"));
        assertThatThrownBy(() -> loaded.withSchedules(conflicting)).hasMessageContaining("2027-12-31");
    }

    @Test
    void theBundledFileParses() {
        assertThat(VietnamHolidays.official().officialYears()).hasSize(14);
    }
}
