package vn.dvc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import vn.dvc.calendar.WorkCalendar;

/**
 * {@code dvc workdays FROM TO}: the number of working days in {@code [FROM, TO)} on the national
 * working calendar, as {@code {"workingDays":N}}.
 */
final class WorkdaysCommand implements Command {

    private final WorkCalendar calendar;

    WorkdaysCommand(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void run(List<String> args, InputStream in, PrintStream out) throws UsageException, IOException {
        Arguments.expect("workdays", args, "FROM", "TO");
        LocalDate from = Arguments.date("FROM", args.get(0));
        LocalDate to = Arguments.date("TO", args.get(1));
        Arguments.ordered(from, to);
        long count = calendar.countWorkingDays(from, to);
        JsonLines json = new JsonLines(out);
        json.begin().writeNumberField("workingDays", count);
        json.end();
        json.finish();
    }
}
