package vn.dvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.InvalidInputException;
import vn.dvc.i18n.Messages;

class WorkCalendarTest {

    private final WorkCalendar national = WorkCalendar.vietnam();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    /** Worked examples across the official 2025 and 2026 schedules. */
    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Friday 24/1/2025 was the last working day before the Tết break (25/1-2/2).
        "2025-01-24, 1, 2025-02-03",
        "2025-01-24, 5, 2025-02-07",
        // from a day off, +1 is the first working day after it
        "2025-01-25, 1, 2025-02-03",
        "2025-01-29, 1, 2025-02-03",
        // Saturday 26/4/2025 was worked in exchange for Friday 2/5
        "2025-04-25, 1, 2025-04-26",
        "2025-04-29, 1, 2025-05-05",
        // back across the break
        "2025-02-03, -1, 2025-01-24",
        "2025-02-07, -5, 2025-01-24",
        // Saturday 10/1/2026 worked for Friday 2/1/2026
        "2025-12-31, 1, 2026-01-05",
        "2026-01-09, 1, 2026-01-10",
        "2025-06-11, 0, 2025-06-11",
        "2025-06-14, 0, 2025-06-14"})
    void plusWorkingDays(LocalDate start, long n, LocalDate expected) {
        assertThat(national.plusWorkingDays(start, n)).isEqualTo(expected);
        assertThat(national.plusWorkingDaysEpoch(start.toEpochDay(), n)).isEqualTo(expected.toEpochDay());
        if (n > 0 && national.isWorkingDay(start)) {
            assertThat(national.countWorkingDays(start, expected)).isEqualTo(n);
            assertThat(national.minusWorkingDays(expected, n)).isEqualTo(start);
        }
    }

    @Test
    void workingDaysPerYear() {
        // 261 weekdays in 2025, 12 of them off, 1 Saturday worked
        assertThat(national.workingDaysInYear(2025)).isEqualTo(250);
        // 2024 is a leap year starting on Monday: 262 weekdays, 12 off, 1 Saturday worked
        assertThat(national.workingDaysInYear(2024)).isEqualTo(251);
        // 261 weekdays, 13 off, 2 Saturdays worked
        assertThat(national.workingDaysInYear(2026)).isEqualTo(250);
        assertThat(national.countWorkingDays(d("2025-04-26"), d("2025-05-05"))).isEqualTo(3);
        assertThat(national.countWorkingDays(d("2025-05-05"), d("2025-04-26"))).isEqualTo(-3);
        assertThat(national.countWorkingDays(d("2025-05-05"), d("2025-05-05"))).isZero();
    }

    @Test
    void workingDays() {
        assertThat(national.isWorkingDay(d("2025-04-26"))).isTrue();
        assertThat(national.isWorkingDay(d("2025-05-02"))).isFalse();
        assertThat(national.isWorkingDay(d("2025-09-01"))).isFalse();
        assertThat(national.isWorkingDay(d("2025-03-08"))).isFalse();
        assertThat(national.isWorkingDay(d("2025-03-10"))).isTrue();
        assertThat(national.nextWorkingDay(d("2025-01-24"))).isEqualTo(d("2025-02-03"));
        assertThat(national.nextOrSameWorkingDay(d("2025-01-24"))).isEqualTo(d("2025-01-24"));
        assertThat(national.nextOrSameWorkingDay(d("2025-01-25"))).isEqualTo(d("2025-02-03"));
        assertThat(national.previousWorkingDay(d("2025-02-03"))).isEqualTo(d("2025-01-24"));
        assertThat(national.previousOrSameWorkingDay(d("2025-02-01"))).isEqualTo(d("2025-01-24"));
        assertThat(national.officeHours(d("2025-03-10"))).contains(OfficeHours.STANDARD);
        assertThat(national.officeHours(d("2025-03-08"))).isEmpty();
    }

    @Test
    void temporalAdjusters() {
        assertThat(d("2025-01-24").with(national.nextWorkingDay())).isEqualTo(d("2025-02-03"));
        assertThat(t("2025-01-24T16:10").with(national.nextWorkingDay())).isEqualTo(t("2025-02-03T16:10"));
        assertThat(d("2025-02-01").with(national.nextOrSameWorkingDay())).isEqualTo(d("2025-02-03"));
        assertThat(d("2025-02-03").with(national.previousWorkingDay())).isEqualTo(d("2025-01-24"));
        assertThat(d("2025-02-03").with(national.previousOrSameWorkingDay())).isEqualTo(d("2025-02-03"));
    }

    @ParameterizedTest(name = "{0} + {1} working time = {2}")
    @CsvSource({
        // 50 minutes on Friday 24/1/2025, then 3h10 after the Tết break
        "2025-01-24T16:10, PT4H, 2025-02-03T11:10",
        // a morning is exactly four hours: the time runs out at noon, not at 13:00
        "2025-03-10T08:00, PT4H, 2025-03-10T12:00",
        "2025-03-10T08:00, PT8H, 2025-03-10T17:00",
        "2025-03-10T11:00, PT2H, 2025-03-10T14:00",
        // a start in the lunch break accrues from 13:00
        "2025-03-10T12:30, PT1H, 2025-03-10T14:00",
        // before opening and after closing
        "2025-03-10T06:00, PT30M, 2025-03-10T08:30",
        "2025-03-07T17:30, PT1H, 2025-03-10T09:00",
        // 40 working hours = 5 working days
        "2025-03-10T08:00, PT40H, 2025-03-14T17:00",
        "2025-03-10T09:15:30, PT0S, 2025-03-10T09:15:30",
        "2025-03-10T09:00, PT0.000000001S, 2025-03-10T09:00:00.000000001"})
    void plusWorkingTime(LocalDateTime start, Duration duration, LocalDateTime expected) {
        assertThat(national.plusWorkingTime(start, duration)).isEqualTo(expected);
        assertThat(national.workingTimeBetween(start, expected)).isEqualTo(duration);
    }

    @Test
    void workingTimeBetween() {
        assertThat(national.workingTimeBetween(t("2025-03-07T16:00"), t("2025-03-10T09:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(national.workingTimeBetween(t("2025-03-10T09:00"), t("2025-03-07T16:00"))).isEqualTo(Duration.ofHours(-2));
        assertThat(national.workingTimeBetween(t("2025-03-10T12:00"), t("2025-03-10T13:00"))).isZero();
        assertThat(national.workingTimeBetween(t("2025-01-24T08:00"), t("2025-02-03T08:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void nextOrSameWorkingTime() {
        assertThat(national.nextOrSameWorkingTime(t("2025-03-10T09:00"))).isEqualTo(t("2025-03-10T09:00"));
        assertThat(national.nextOrSameWorkingTime(t("2025-03-10T12:00"))).isEqualTo(t("2025-03-10T13:00"));
        assertThat(national.nextOrSameWorkingTime(t("2025-03-10T12:30"))).isEqualTo(t("2025-03-10T13:00"));
        assertThat(national.nextOrSameWorkingTime(t("2025-03-10T17:00"))).isEqualTo(t("2025-03-11T08:00"));
        assertThat(national.nextOrSameWorkingTime(t("2025-01-24T17:30"))).isEqualTo(t("2025-02-03T08:00"));
        assertThat(national.nextOrSameWorkingTime(t("2025-03-10T06:00"))).isEqualTo(t("2025-03-10T08:00"));
        assertThat(national.isWorkingTime(t("2025-03-10T12:00"))).isFalse();
        assertThat(national.isWorkingTime(t("2025-03-10T11:59:59"))).isTrue();
        assertThat(national.isWorkingTime(t("2025-03-08T10:00"))).isFalse();
    }

    @Test
    void anAgencyLayer() {
        WorkCalendar ward = national.toBuilder()
                .name("UBND phường Ba Đình")
                .weekend(DayOfWeek.SUNDAY)
                .officeHours(DayOfWeek.SATURDAY, OfficeHours.parse("07:30-11:30"))
                .dayOff(d("2025-10-10"))
                .workingDay(d("2025-03-16"))
                .build();
        assertThat(ward.name()).isEqualTo("UBND phường Ba Đình");
        assertThat(ward.isWorkingDay(d("2025-03-01"))).isTrue();
        assertThat(ward.officeHours(d("2025-03-01"))).contains(OfficeHours.parse("07:30-11:30"));
        assertThat(ward.isWorkingDay(d("2025-10-10"))).isFalse();
        assertThat(ward.isWorkingDay(d("2025-03-16"))).isTrue();
        assertThat(ward.officeHours(d("2025-03-16"))).contains(OfficeHours.STANDARD);
        // national holidays and swaps still apply
        assertThat(ward.isWorkingDay(d("2025-01-29"))).isFalse();
        assertThat(ward.isWorkingDay(d("2025-05-02"))).isFalse();
        // Friday 16:00 + 3 h: one hour on Friday, two on Saturday morning
        assertThat(ward.plusWorkingTime(t("2025-02-28T16:00"), Duration.ofHours(3))).isEqualTo(t("2025-03-01T09:30"));
        // a year with 52 Saturday mornings more than the national calendar, less the changes above
        assertThat(ward.workingDaysInYear(2025)).isEqualTo(250 + 52 - 1 /* 26/4 already worked */ - 1 + 1);
        // the national calendar is unchanged
        assertThat(national.isWorkingDay(d("2025-03-01"))).isFalse();
        assertThat(national.isWorkingDay(d("2025-10-10"))).isTrue();
        assertThat(national.name()).isEqualTo("Việt Nam, civil service (cán bộ, công chức)");
    }

    @Test
    void laterSettingsWinAndHoursCanBeReplaced() {
        WorkCalendar c = WorkCalendar.builder()
                .workingDay(d("2025-05-02")).dayOff(d("2025-05-02"))
                .daysOff(d("2025-06-02"), d("2025-06-04"))
                .officeHours(OfficeHours.parse("07:00-11:00,13:30-17:30"))
                .build();
        assertThat(c.isWorkingDay(d("2025-05-02"))).isFalse();
        assertThat(c.countWorkingDays(d("2025-06-02"), d("2025-06-07"))).isEqualTo(2);
        assertThat(c.plusWorkingTime(t("2025-06-05T10:00"), Duration.ofHours(2))).isEqualTo(t("2025-06-05T14:30"));
        WorkCalendar allWeek = WorkCalendar.builder().weekend(Set.of()).officeHours(OfficeHours.parse("00:00-24:00")).build();
        assertThat(allWeek.plusWorkingTime(t("2025-03-08T22:00"), Duration.ofHours(2))).isEqualTo(t("2025-03-09T00:00"));
        assertThat(allWeek.isWorkingDay(d("2025-03-08"))).isTrue();
        assertThat(allWeek.isWorkingDay(d("2025-01-29"))).isFalse();
    }

    @Test
    void outsideTheRangeIsRefused() {
        assertThatThrownBy(() -> national.isWorkingDay(d("1999-12-31"))).isInstanceOf(CalendarRangeException.class)
                .hasMessage("1999-12-31 is outside the calendar's data range: expected a date from 2000-01-01 to 2199-12-31.");
        assertThatThrownBy(() -> national.plusWorkingDays(d("2199-12-30"), 10)).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> national.plusWorkingDays(d("2000-01-04"), -10)).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> national.plusWorkingDays(d("2200-01-01"), 0)).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> national.minusWorkingDays(d("2025-01-01"), Long.MIN_VALUE)).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> national.plusWorkingTime(t("2199-12-30T08:00"), Duration.ofDays(100)))
                .isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> national.plusWorkingTime(t("2025-01-01T08:00"), Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(CalendarRangeException.class);
        assertThat(national.countWorkingDays(d("2199-01-01"), d("2200-01-01"))).isPositive();
        assertThatThrownBy(() -> national.countWorkingDays(d("2199-01-01"), d("2200-01-02"))).isInstanceOf(CalendarRangeException.class);
        WorkCalendar narrow = national.toBuilder().range(d("2025-01-01"), d("2025-12-31")).build();
        assertThat(narrow.workingDaysInYear(2025)).isEqualTo(250);
        assertThatThrownBy(() -> narrow.isWorkingDay(d("2026-01-01"))).isInstanceOf(CalendarRangeException.class)
                .satisfies(e -> assertThat(((CalendarRangeException) e).last()).isEqualTo(d("2025-12-31")));
        assertThatThrownBy(() -> narrow.nextWorkingDay(d("2025-12-31"))).isInstanceOf(CalendarRangeException.class);
    }

    @Test
    void badArgumentsAreRefusedAndChangeNothing() {
        WorkCalendar.Builder b = national.toBuilder();
        assertThatThrownBy(() -> national.plusWorkingTime(t("2025-03-10T08:00"), Duration.ofHours(-1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Working time to add must not be negative: got PT-1H.")
                .satisfies(e -> assertThat(((InvalidInputException) e).message(Messages.VIETNAMESE))
                        .isEqualTo("Thời gian làm việc cộng thêm không được âm: nhận được PT-1H."));
        assertThatThrownBy(() -> b.name(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> b.weekend(Set.of(DayOfWeek.values()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> b.daysOff(d("2025-06-04"), d("2025-06-02"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("The range 2025-06-04..2025-06-02 ends before it starts: expected the first date not after the last.");
        assertThatThrownBy(() -> b.range(d("1999-01-01"), d("2025-01-01"))).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> b.range(d("2025-01-02"), d("2025-01-01"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> b.dayOff(null)).isInstanceOf(NullPointerException.class);
        WorkCalendar same = b.build();
        assertThat(same.name()).isEqualTo(national.name());
        assertThat(same.firstDate()).isEqualTo(national.firstDate());
        assertThat(same.workingDaysInYear(2025)).isEqualTo(250);
    }

    @Test
    void officeHoursParsing() {
        OfficeHours h = OfficeHours.parse(" 07:30-11:30 , 13:30-17:00 ");
        assertThat(h.totalDuration()).isEqualTo(Duration.ofMinutes(450));
        assertThat(h.opensAt()).isEqualTo(LocalTime.of(7, 30));
        assertThat(h.closesAt()).isEqualTo(LocalTime.of(17, 0));
        assertThat(h).hasToString("07:30-11:30,13:30-17:00").isEqualTo(OfficeHours.parse("07:30-11:30,13:30-17:00"));
        assertThat(OfficeHours.STANDARD.totalDuration()).isEqualTo(Duration.ofHours(8));
        assertThat(OfficeHours.parse("08:00-24:00").closesAt()).isEqualTo(LocalTime.MIDNIGHT);
        assertThatThrownBy(() -> OfficeHours.parse("08:00-12:00,11:00-17:00")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Working periods must be in order and must not overlap: 08:00-12:00 and 11:00-17:00.");
        assertThatThrownBy(() -> OfficeHours.parse("12:00-08:00")).isInstanceOf(InvalidInputException.class)
                .hasMessage("A working period must end after it starts: got 12:00-08:00.");
        assertThatThrownBy(() -> OfficeHours.parse("8h-12h")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'8h-12h' is not a list of office hours");
        assertThatThrownBy(() -> OfficeHours.parse("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OfficeHours.parse("08:00")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OfficeHours.of()).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void allocationFreeVariantsAgreeWithTheDurationOnes() {
        assertThat(national.plusWorkingNanos(t("2025-01-24T16:10"), Duration.ofHours(4).toNanos()))
                .isEqualTo(t("2025-02-03T11:10"));
        assertThat(national.plusWorkingNanos(t("2025-01-24T16:10"), 0)).isEqualTo(t("2025-01-24T16:10"));
        assertThat(national.workingNanosBetween(t("2025-03-07T16:00"), t("2025-03-10T09:00")))
                .isEqualTo(Duration.ofHours(2).toNanos());
        assertThatThrownBy(() -> national.plusWorkingNanos(t("2025-03-10T08:00"), -1)).isInstanceOf(InvalidInputException.class);
        assertThat(national.openingOf(d("2025-04-26"))).isEqualTo(t("2025-04-26T08:00"));
        assertThat(national.closingOf(d("2025-04-26"))).isEqualTo(t("2025-04-26T17:00"));
        assertThat(national.hoursOfWorkingDay(d("2025-04-26"))).isEqualTo(OfficeHours.STANDARD);
        assertThatThrownBy(() -> national.closingOf(d("2025-04-27"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("2025-04-27 is not a working day: expected a day with office hours.");
        WorkCalendar allDay = WorkCalendar.builder().officeHours(OfficeHours.parse("00:00-24:00")).build();
        assertThat(allDay.closingOf(d("2025-03-10"))).isEqualTo(t("2025-03-11T00:00"));
    }
}
