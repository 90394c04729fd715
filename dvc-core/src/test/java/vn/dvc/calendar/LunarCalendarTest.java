package vn.dvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;
import net.time4j.PlainDate;
import net.time4j.calendar.CommonElements;
import net.time4j.calendar.VietnameseCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.i18n.Messages;

class LunarCalendarTest {

    /** Tết Nguyên đán as announced in Vietnam (Government holiday notices, almanacs). */
    @ParameterizedTest
    @CsvSource({
        "1985, 1985-01-21", "2007, 2007-02-17", "2013, 2013-02-10", "2014, 2014-01-31",
        "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16",
        "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01",
        "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17",
        "2030, 2030-02-02", "2053, 2053-02-18"})
    void tetMatchesPublishedDates(int year, LocalDate tet) {
        assertThat(LunarCalendar.VIETNAM.newYear(year)).isEqualTo(tet);
        LunarDate lunar = LunarDate.from(tet);
        assertThat(lunar.year()).isEqualTo(year);
        assertThat(lunar.month()).isEqualTo(1);
        assertThat(lunar.day()).isEqualTo(1);
        assertThat(lunar.isLeapMonth()).isFalse();
        assertThat(LunarDate.from(tet.minusDays(1)).year()).isEqualTo(year - 1);
    }

    /** The years where Vietnam (UTC+7) and China (UTC+8) celebrate Tết on different days. */
    @ParameterizedTest
    @CsvSource({"1968, 1968-01-29, 1968-01-30", "1985, 1985-01-21, 1985-02-20", "2007, 2007-02-17, 2007-02-18",
        "2030, 2030-02-02, 2030-02-03", "2053, 2053-02-18, 2053-02-19"})
    void tetDiffersFromTheUtc8Reckoning(int year, LocalDate vietnam, LocalDate china) {
        assertThat(LunarCalendar.VIETNAM.newYear(year)).isEqualTo(vietnam);
        assertThat(LunarCalendar.UTC8.newYear(year)).isEqualTo(china);
    }

    /** Hùng Kings' day (10th of the 3rd month): Vietnam one day earlier than UTC+8 in these years. */
    @ParameterizedTest
    @CsvSource({"2009, 2009-04-04, 2009-04-05", "2037, 2037-04-24, 2037-04-25", "2038, 2038-04-13, 2038-04-14"})
    void hungKingsDayDiffersFromTheUtc8Reckoning(int year, LocalDate vietnam, LocalDate china) {
        assertThat(LunarDate.of(year, 3, 10).toLocalDate()).isEqualTo(vietnam);
        assertThat(LunarCalendar.UTC8.date(year, 3, false, 10).toLocalDate()).isEqualTo(china);
    }

    /** Hùng Kings' day in the official holiday notices of 2016–2026. */
    @ParameterizedTest
    @CsvSource({"2016, 2016-04-16", "2019, 2019-04-14", "2020, 2020-04-02", "2022, 2022-04-10",
        "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsDayMatchesOfficialNotices(int year, LocalDate date) {
        assertThat(LunarDate.of(year, 3, 10).toLocalDate()).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource({"2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2031, 3", "2033, 11"})
    void leapMonths(int year, int month) {
        assertThat(LunarCalendar.VIETNAM.leapMonth(year)).isEqualTo(OptionalInt.of(month));
    }

    @Test
    void yearsWithoutLeapMonth() {
        for (int year : new int[] {2015, 2016, 2018, 2019, 2021, 2022, 2024, 2026, 2027}) {
            assertThat(LunarCalendar.VIETNAM.leapMonth(year)).as("%d", year).isEmpty();
        }
    }

    @Test
    void leapMonthDates() {
        // 22 March 2023 began the leap 2nd month of Quý Mão; 20 February 2023 the regular one.
        LunarDate leap = LunarDate.from(LocalDate.of(2023, 3, 22));
        assertThat(leap).isEqualTo(LunarDate.of(2023, 2, true, 1));
        assertThat(leap.isLeapMonth()).isTrue();
        assertThat(leap.toString()).isEqualTo("2023-02L-01");
        assertThat(LunarDate.of(2023, 2, 1).toLocalDate()).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(LunarDate.parse("2023-02L-01").toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(LunarCalendar.VIETNAM.lengthOfMonth(2023, 2, true) + LunarCalendar.VIETNAM.lengthOfMonth(2023, 2, false))
                .isEqualTo(LocalDate.of(2023, 3, 22).toEpochDay() - LocalDate.of(2023, 2, 20).toEpochDay()
                        + LunarCalendar.VIETNAM.lengthOfMonth(2023, 2, true));
    }

    @ParameterizedTest
    @CsvSource({"2025, Ất Tỵ", "2024, Giáp Thìn", "2023, Quý Mão", "2026, Bính Ngọ", "1984, Giáp Tý",
        "1968, Mậu Thân", "2000, Canh Thìn", "1945, Ất Dậu"})
    void yearNames(int year, String name) {
        assertThat(LunarDate.yearName(year)).isEqualTo(name);
    }

    @Test
    void midAutumnAndTetEve() {
        assertThat(LunarDate.of(2025, 8, 15).toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 6));
        // Chạp of Giáp Thìn had 29 days: the eve of Tết 2025 was the 29th.
        assertThat(LunarDate.from(LocalDate.of(2025, 1, 28))).isEqualTo(LunarDate.of(2024, 12, 29));
        assertThat(LunarCalendar.VIETNAM.lengthOfMonth(2024, 12, false)).isEqualTo(29);
    }

    /** Every day of the range converts to a lunar date and back to itself; days advance by one. */
    @Test
    void everyDayOfTheRangeRoundTrips() {
        for (LunarCalendar calendar : LunarCalendar.values()) {
            LunarDate previous = null;
            for (LocalDate d = LunarCalendar.MIN_DATE; !d.isAfter(LunarCalendar.MAX_DATE); d = d.plusDays(1)) {
                LunarDate lunar = calendar.toLunar(d);
                assertThat(lunar.toLocalDate()).isEqualTo(d);
                assertThat(calendar.date(lunar.year(), lunar.month(), lunar.isLeapMonth(), lunar.day())).isEqualTo(lunar);
                if (previous != null) {
                    if (lunar.day() == 1) {
                        assertThat(previous.day()).isIn(29, 30);
                    } else {
                        assertThat(lunar.day()).isEqualTo(previous.day() + 1);
                        assertThat(lunar.month()).isEqualTo(previous.month());
                    }
                }
                previous = lunar;
            }
        }
    }

    /** Time4J's VietnameseCalendar uses UTC+7 from 1968: identical on every day to 2199. */
    @Test
    void agreesWithTime4jOnEveryDaySince1968() {
        assertAgreesWithTime4j(LunarCalendar.VIETNAM, LocalDate.of(1968, 1, 1), LunarCalendar.MAX_DATE);
    }

    /** Time4J uses UTC+8 from mid-1954 to 1967, like the UTC8 reckoning. */
    @Test
    void utc8AgreesWithTime4jFrom1954To1967() {
        assertAgreesWithTime4j(LunarCalendar.UTC8, LocalDate.of(1954, 7, 1), LocalDate.of(1967, 12, 31));
    }

    private static void assertAgreesWithTime4j(LunarCalendar calendar, LocalDate from, LocalDate to) {
        int checked = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            VietnameseCalendar vc = PlainDate.from(d).transform(VietnameseCalendar.class);
            LunarDate ours = calendar.toLunar(d);
            if (ours.year() != vc.get(CommonElements.RELATED_GREGORIAN_YEAR)
                    || ours.month() != vc.getMonth().getNumber()
                    || ours.isLeapMonth() != vc.getMonth().isLeap()
                    || ours.day() != vc.getDayOfMonth()) {
                throw new AssertionError(d + ": dvc " + ours + ", Time4J " + vc);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(to.toEpochDay() - from.toEpochDay() + 1);
    }

    @Test
    void outsideTheRangeIsRefusedWithTheRange() {
        assertThatThrownBy(() -> LunarDate.from(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessage("1899-12-31 is outside the calendar's data range: expected a date from 1900-01-01 to 2199-12-31.");
        assertThatThrownBy(() -> LunarDate.from(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(CalendarRangeException.class)
                .satisfies(e -> assertThat(((CalendarRangeException) e).message(Messages.VIETNAMESE))
                        .isEqualTo("2200-01-01 nằm ngoài phạm vi dữ liệu của lịch: chỉ hỗ trợ từ 1900-01-01 đến 2199-12-31."));
        assertThatThrownBy(() -> LunarDate.of(2200, 6, 1)).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> LunarCalendar.VIETNAM.newYear(1899)).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> LunarCalendar.VIETNAM.leapMonth(2200)).isInstanceOf(CalendarRangeException.class);
        assertThat(LunarDate.from(LocalDate.of(1900, 1, 1)).year()).isEqualTo(1899);
        assertThat(LunarDate.from(LocalDate.of(2199, 12, 31)).year()).isEqualTo(2199);
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThatThrownBy(() -> LunarDate.of(2025, 13, 1)).isInstanceOf(InvalidLunarDateException.class)
                .hasMessage("Lunar month 13 does not exist: expected 1 to 12.");
        assertThatThrownBy(() -> LunarDate.of(2025, 0, 1)).isInstanceOf(InvalidLunarDateException.class);
        assertThatThrownBy(() -> LunarDate.of(2025, 1, 31)).isInstanceOf(InvalidLunarDateException.class);
        assertThatThrownBy(() -> LunarDate.of(2025, 1, 0)).isInstanceOf(InvalidLunarDateException.class);
        assertThatThrownBy(() -> LunarDate.of(2024, 12, 30)).isInstanceOf(InvalidLunarDateException.class)
                .hasMessage("Lunar day 30 does not exist in this month: expected 1 to 29.");
        assertThatThrownBy(() -> LunarDate.of(2024, 4, true, 1)).isInstanceOf(InvalidLunarDateException.class)
                .hasMessage("Lunar year 2024 has no leap month 4.")
                .satisfies(e -> assertThat(((InvalidLunarDateException) e).message(Locale.forLanguageTag("vi")))
                        .isEqualTo("Năm âm lịch 2024 không có tháng 4 nhuận."));
        assertThatThrownBy(() -> LunarDate.parse("2025-1-1")).isInstanceOf(InvalidLunarDateException.class)
                .hasMessageContaining("'2025-1-1' is not a lunar date");
        assertThatThrownBy(() -> LunarDate.parse("2025-02X-01")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void valueSemantics() {
        LunarDate a = LunarDate.of(2025, 1, 1);
        assertThat(a).isEqualTo(LunarDate.parse("2025-01-01")).hasSameHashCodeAs(LunarDate.parse("2025-01-01"));
        assertThat(a).isNotEqualTo(LunarCalendar.UTC8.date(2025, 1, false, 1));
        assertThat(LunarCalendar.UTC8.date(2025, 1, false, 1).toString()).isEqualTo("2025-01-01[UTC8]");
        assertThat(a.compareTo(LunarDate.of(2025, 1, 2))).isNegative();
        assertThat(a.calendar()).isEqualTo(LunarCalendar.VIETNAM);
        assertThat(LunarCalendar.VIETNAM.offset().getTotalSeconds()).isEqualTo(7 * 3600);
    }
}
