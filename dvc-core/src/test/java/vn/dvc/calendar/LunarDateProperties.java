package vn.dvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LunarDateProperties {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LunarCalendar.MIN_DATE.toEpochDay(), LunarCalendar.MAX_DATE.toEpochDay() - 800)
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void aLunarYearHas12Or13MonthsAnd353To385Days(@ForAll("dates") LocalDate date) {
        int year = LunarDate.from(date).year() + 1;
        LocalDate tet = LunarCalendar.VIETNAM.newYear(year);
        long length = LunarCalendar.VIETNAM.newYear(year + 1).toEpochDay() - tet.toEpochDay();
        boolean leap = LunarCalendar.VIETNAM.leapMonth(year).isPresent();
        assertThat(length).isBetween(leap ? 383L : 353L, leap ? 385L : 355L);
    }

    @Property
    void tetFallsBetween21JanuaryAnd20February(@ForAll("dates") LocalDate date) {
        LocalDate tet = LunarCalendar.VIETNAM.newYear(date.getYear());
        assertThat(tet).isBetween(LocalDate.of(date.getYear(), 1, 21), LocalDate.of(date.getYear(), 2, 20));
    }

    @Property
    void plusOneDayAdvancesTheLunarDate(@ForAll("dates") LocalDate date) {
        LunarDate today = LunarDate.from(date);
        LunarDate tomorrow = LunarDate.from(date.plusDays(1));
        if (tomorrow.day() == 1) {
            assertThat(today.day()).isEqualTo(LunarCalendar.VIETNAM.lengthOfMonth(today.year(), today.month(),
                    today.isLeapMonth()));
        } else {
            assertThat(tomorrow).isEqualTo(LunarDate.of(today.year(), today.month(), today.isLeapMonth(), today.day() + 1));
        }
    }
}
