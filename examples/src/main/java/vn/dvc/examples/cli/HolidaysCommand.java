package vn.dvc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import vn.dvc.calendar.ScheduledDay;
import vn.dvc.calendar.VietnamHolidays;
import vn.dvc.calendar.YearSchedule;

/**
 * {@code dvc holidays YEAR}: the national days off of civil servants in a year, official or
 * predicted, as one JSON object with the holidays, the weekdays off and the make-up working days.
 */
final class HolidaysCommand implements Command {

    private final VietnamHolidays holidays;

    HolidaysCommand(VietnamHolidays holidays) {
        this.holidays = holidays;
    }

    @Override
    public void run(List<String> args, InputStream in, PrintStream out) throws UsageException, IOException {
        Arguments.expect("holidays", args, "YEAR");
        int year = Arguments.year(args.get(0));
        YearSchedule schedule = holidays.year(year);
        JsonLines json = new JsonLines(out);
        JsonGenerator g = json.begin();
        g.writeNumberField("year", schedule.year());
        g.writeStringField("source", schedule.source().name());
        g.writeStringField("reference", schedule.reference());
        g.writeArrayFieldStart("holidays");
        for (ScheduledDay d : schedule.holidays()) {
            g.writeStartObject();
            g.writeStringField("date", d.date().toString());
            g.writeStringField("name", d.name());
            g.writeStringField("nameEn", d.nameEn());
            g.writeEndObject();
        }
        g.writeEndArray();
        json.dates("nonWorkingWeekdays", schedule.nonWorkingWeekdays());
        json.dates("makeUpWorkingDays", schedule.makeUpWorkingDays());
        json.end();
        json.finish();
    }
}
