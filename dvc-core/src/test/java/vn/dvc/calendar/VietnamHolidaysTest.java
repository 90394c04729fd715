package vn.dvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnamHolidaysTest {

    private final VietnamHolidays official = VietnamHolidays.official();

    private static List<LocalDate> dates(String... iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    @Test
    void bundlesEveryYearFrom2013To2026() {
        assertThat(official.officialYears()).containsExactlyElementsOf(IntStream.rangeClosed(2013, 2026).boxed().toList());
        for (int y = 2013; y <= 2026; y++) {
            int year = y;
            YearSchedule s = official.year(year);
            assertThat(s.source()).isEqualTo(ScheduleSource.OFFICIAL);
            assertThat(s.reference()).as("source of %d", year).isNotBlank();
            assertThat(s.days()).allMatch(d -> d.date().getYear() == year);
        }
        assertThat(official.year(2012).source()).isEqualTo(ScheduleSource.PREDICTED);
        assertThat(official.year(2027).source()).isEqualTo(ScheduleSource.PREDICTED);
    }

    /** Thông báo 6150/TB-LĐTBXH: Tết 25/1–2/2 with no swap, 30/4–4/5 with Saturday 26/4 worked. */
    @Test
    void schedule2025() {
        YearSchedule s = official.year(2025);
        assertThat(s.nonWorkingWeekdays()).isEqualTo(dates("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29",
                "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01",
                "2025-09-02"));
        assertThat(s.makeUpWorkingDays()).isEqualTo(dates("2025-04-26"));
        assertThat(s.holidays()).hasSize(11);
        assertThat(s.holidays().get(0)).isEqualTo(new ScheduledDay(LocalDate.of(2025, 1, 1), DayType.HOLIDAY,
                "Tết Dương lịch", "New Year's Day"));
    }

    /** Thông báo 9441/TB-BNV and Công văn 12729/VPCP-KGVX: two swaps, Saturdays 10/1 and 22/8 worked. */
    @Test
    void schedule2026() {
        YearSchedule s = official.year(2026);
        assertThat(s.makeUpWorkingDays()).isEqualTo(dates("2026-01-10", "2026-08-22"));
        assertThat(s.nonWorkingWeekdays()).contains(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 4, 27)).hasSize(13);
    }

    /** A swap across New Year: 31/12/2018 off, worked on Saturday 5/1/2019 (Công văn 6519/VPCP-KGVX). */
    @Test
    void swapAcrossNewYearBelongsToTheDatesYear() {
        assertThat(official.year(2018).nonWorkingWeekdays()).contains(LocalDate.of(2018, 12, 31));
        assertThat(official.year(2019).makeUpWorkingDays()).containsExactly(LocalDate.of(2019, 1, 5),
                LocalDate.of(2019, 5, 4));
        assertThat(official.year(2014).makeUpWorkingDays()).contains(LocalDate.of(2014, 12, 27));
        // 2012 has no official block, but the 2013 block's swap of 31/12/2012 still applies.
        assertThat(official.year(2012).source()).isEqualTo(ScheduleSource.PREDICTED);
        assertThat(official.typeOf(LocalDate.of(2012, 12, 31))).contains(DayType.DAY_OFF);
    }

    /** Counts of non-working weekdays in the official decisions, per year. */
    @Test
    void nonWorkingWeekdaysPerYear() {
        int[] expected = {11, 14, 13, 10, 10, 11, 11, 10, 11, 11, 11, 12, 12, 13};
        for (int i = 0; i < expected.length; i++) {
            assertThat(official.year(2013 + i).nonWorkingWeekdays()).as("%d", 2013 + i).hasSize(expected[i]);
        }
    }

    /**
     * In years whose decision made no swap, the statutory rules alone give exactly the official
     * days off: an independent check of both the rules and the data.
     */
    @ParameterizedTest
    @ValueSource(ints = {2016, 2017, 2020, 2021, 2022, 2023})
    void rulesReproduceOfficialYearsWithoutSwaps(int year) {
        YearSchedule predicted = VietnamHolidays.rulesOnly().year(year);
        assertThat(predicted.source()).isEqualTo(ScheduleSource.PREDICTED);
        assertThat(predicted.nonWorkingWeekdays()).isEqualTo(official.year(year).nonWorkingWeekdays());
        assertThat(predicted.makeUpWorkingDays()).isEmpty();
    }

    @Test
    void rulesFollowTheLegalEras() {
        VietnamHolidays rules = VietnamHolidays.rulesOnly();
        // Labour Code 1994: Tết 4 days, no Hùng Kings' day before 2007, National Day 1 day.
        assertThat(rules.year(2005).holidays()).hasSize(8);
        assertThat(rules.year(2007).holidays()).hasSize(9)
                .anyMatch(d -> d.date().equals(LocalDate.of(2007, 4, 26)) && d.name().equals("Giỗ Tổ Hùng Vương"));
        // Labour Code 2012: Tết 5 days.
        assertThat(rules.year(2019).holidays()).hasSize(10);
        // Labour Code 2019: National Day 2 days.
        assertThat(rules.year(2030).holidays()).hasSize(11);
        // 2 September 2029 is a Sunday: the second day is Monday 3/9 and Sunday's is made up on Tuesday.
        assertThat(rules.year(2029).nonWorkingWeekdays()).contains(LocalDate.of(2029, 9, 3), LocalDate.of(2029, 9, 4));
        // 2 September 2027 is a Thursday: the second day is Friday 3/9.
        assertThat(rules.year(2027).holidays()).anyMatch(d -> d.date().equals(LocalDate.of(2027, 9, 3)));
    }

    /** A holiday on a weekend gives the next free weekday off, never one already off. */
    @Test
    void compensatoryDaysSkipOtherHolidays() {
        // 2033: 30 April is a Saturday and 1 May a Sunday, so Monday and Tuesday are off.
        YearSchedule s = VietnamHolidays.rulesOnly().year(2033);
        assertThat(s.nonWorkingWeekdays()).contains(LocalDate.of(2033, 5, 2), LocalDate.of(2033, 5, 3));
        assertThat(s.days()).filteredOn(d -> d.date().equals(LocalDate.of(2033, 5, 2)))
                .extracting(ScheduledDay::type).containsExactly(DayType.DAY_OFF);
    }

    @Test
    void typeOfDays() {
        assertThat(official.typeOf(LocalDate.of(2025, 1, 29))).contains(DayType.HOLIDAY);
        assertThat(official.typeOf(LocalDate.of(2025, 5, 2))).contains(DayType.DAY_OFF);
        assertThat(official.typeOf(LocalDate.of(2025, 4, 26))).contains(DayType.MAKE_UP_WORKING_DAY);
        assertThat(official.typeOf(LocalDate.of(2025, 3, 3))).isEqualTo(Optional.empty());
    }

    @Test
    void outsideTheRangeIsRefused() {
        assertThatThrownBy(() -> official.year(1999)).isInstanceOf(CalendarRangeException.class)
                .hasMessage("1999 is outside the calendar's data range: expected a date from 2000-01-01 to 2199-12-31.");
        assertThatThrownBy(() -> official.year(2200)).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> official.typeOf(LocalDate.of(1999, 12, 31))).isInstanceOf(CalendarRangeException.class);
    }

    @Test
    void everyYearOfTheRangeIsConsistent() {
        for (int year = 2000; year <= 2199; year++) {
            YearSchedule s = official.year(year);
            assertThat(s.holidays().size()).as("%d", year).isBetween(8, 11);
            assertThat(s.nonWorkingWeekdays()).allMatch(d -> d.getDayOfWeek().getValue() <= 5);
            assertThat(s.makeUpWorkingDays()).allMatch(d -> d.getDayOfWeek().getValue() >= 6);
        }
    }
}
