package vn.dvc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.calendar.WorkCalendar;

/**
 * {@code dvc calendar FROM TO}: the exceptions to a Monday–Friday week on the national working
 * calendar from FROM to TO, both inclusive: the weekdays that are not worked and the Saturdays and
 * Sundays that are.
 */
final class CalendarCommand implements Command {

    private final WorkCalendar calendar;

    CalendarCommand(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void run(List<String> args, InputStream in, PrintStream out) throws UsageException, IOException {
        Arguments.expect("calendar", args, "FROM", "TO");
        LocalDate from = Arguments.date("FROM", args.get(0));
        LocalDate to = Arguments.date("TO", args.get(1));
        Arguments.ordered(from, to);
        calendar.isWorkingDay(from); // both ends are checked against the range before the walk
        calendar.isWorkingDay(to);
        List<LocalDate> nonWorkingWeekdays = new ArrayList<>();
        List<LocalDate> workingWeekendDays = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean working = calendar.isWorkingDay(d);
            if (!weekend && !working) {
                nonWorkingWeekdays.add(d);
            } else if (weekend && working) {
                workingWeekendDays.add(d);
            }
        }
        JsonLines json = new JsonLines(out);
        JsonGenerator g = json.begin();
        g.writeStringField("from", from.toString());
        g.writeStringField("to", to.toString());
        json.dates("nonWorkingWeekdays", nonWorkingWeekdays);
        json.dates("workingWeekendDays", workingWeekendDays);
        json.end();
        json.finish();
    }
}
