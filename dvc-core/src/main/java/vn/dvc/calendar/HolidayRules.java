package vn.dvc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statutory holidays by legal era, for years without an official schedule.
 *
 * <table>
 *   <caption>Legal eras</caption>
 *   <tr><th>Years</th><th>Law</th><th>Holidays</th></tr>
 *   <tr><td>2000–2006</td><td>Labour Code 1994, Art. 73</td>
 *       <td>1 Jan; Tết 4 days (last day of the lunar year, 1st–3rd of the 1st month); 30 Apr;
 *       1 May; 2 Sep</td></tr>
 *   <tr><td>2007–2013</td><td>Labour Code 1994 as amended in 2007</td>
 *       <td>the above and Hùng Kings' day (10th day of the 3rd lunar month)</td></tr>
 *   <tr><td>2014–2020</td><td>Labour Code 2012, Art. 115 (in force 1 May 2013)</td>
 *       <td>Tết 5 days</td></tr>
 *   <tr><td>2021–</td><td>Labour Code 2019, Art. 112</td>
 *       <td>National Day 2 days: 2 Sep and one adjacent day</td></tr>
 * </table>
 *
 * <p>Where the law leaves the choice to the Prime Minister, the prediction follows what the
 * decisions of 2014–2026 most often chose: Tết = the last two days of the old year and the first
 * three of the new one (9 of 13 years); the National Day's second day = 3 September when 2
 * September is a Monday, Thursday or Sunday, else 1 September (as in 2021–2026). A holiday on a
 * Saturday or Sunday gives a compensatory day off on the next weekday that is not already off
 * (Labour Code 2019 Art. 112(3), 2012 Art. 115(3), 1994 Art. 73). Swaps of working days are
 * decided case by case and are never predicted.
 */
final class HolidayRules {

    private static final String REFERENCE_1994 =
            "Predicted from the Labour Code 1994, Art. 73 (Bộ luật Lao động 1994, Điều 73); no official schedule bundled";
    private static final String REFERENCE_2012 =
            "Predicted from the Labour Code 2012, Art. 115 (Bộ luật Lao động 2012, Điều 115); no official schedule bundled";
    private static final String REFERENCE_2019 =
            "Predicted from the Labour Code 2019, Art. 112 (Bộ luật Lao động 2019, Điều 112); no official schedule bundled";

    private HolidayRules() {
    }

    static YearSchedule predict(int year) {
        List<ScheduledDay> holidays = new ArrayList<>();
        holidays.add(day(LocalDate.of(year, 1, 1), "Tết Dương lịch", "New Year's Day"));

        LunarCalendar lunar = LunarCalendar.VIETNAM;
        LocalDate tet = lunar.newYear(year);
        int before = year <= 2013 ? 1 : 2;
        int length = year <= 2013 ? 4 : 5;
        for (int i = 0; i < length; i++) {
            holidays.add(day(tet.plusDays(i - before), "Tết Nguyên đán", "Lunar New Year (Tết)"));
        }
        if (year >= 2007) {
            holidays.add(day(lunar.date(year, 3, false, 10).toLocalDate(), "Giỗ Tổ Hùng Vương",
                    "Hùng Kings' Commemoration Day"));
        }
        holidays.add(day(LocalDate.of(year, 4, 30), "Ngày Chiến thắng", "Reunification Day"));
        holidays.add(day(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động", "International Labour Day"));
        LocalDate national = LocalDate.of(year, 9, 2);
        holidays.add(day(national, "Quốc khánh", "National Day"));
        if (year >= 2021) {
            DayOfWeek dow = national.getDayOfWeek();
            boolean after = dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY || dow == DayOfWeek.SUNDAY;
            holidays.add(day(national.plusDays(after ? 1 : -1), "Quốc khánh", "National Day"));
        }
        holidays.sort((a, b) -> a.date().compareTo(b.date()));

        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<ScheduledDay> days = new ArrayList<>(holidays);
        for (ScheduledDay h : holidays) {
            if (YearSchedule.isWeekend(h.date())) {
                LocalDate d = h.date().plusDays(1);
                while (YearSchedule.isWeekend(d) || taken.contains(d)) {
                    d = d.plusDays(1);
                }
                taken.add(d);
                days.add(new ScheduledDay(d, DayType.DAY_OFF, "Nghỉ bù " + h.name(),
                        "Compensatory day off for " + h.nameEn()));
            }
        }
        String reference = year >= 2021 ? REFERENCE_2019 : year >= 2014 ? REFERENCE_2012 : REFERENCE_1994;
        return new YearSchedule(year, ScheduleSource.PREDICTED, reference, days);
    }

    private static ScheduledDay day(LocalDate date, String name, String nameEn) {
        return new ScheduledDay(date, DayType.HOLIDAY, name, nameEn);
    }
}
