package vn.dvc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dvc.calendar.LunarDate;

/**
 * {@code dvc lunar DATE...} and {@code dvc lunar -}: the Vietnamese lunar date of each Gregorian
 * date, one JSON object per date:
 * {@code {"date":"2025-01-29","lunarYear":2025,"lunarMonth":1,"lunarDay":1,"leapMonth":false,"yearName":"Ất Tỵ"}}.
 */
final class LunarCommand implements Command {

    /** The argument that makes the command read dates from standard input. */
    static final String STDIN = "-";

    @Override
    public void run(List<String> args, InputStream in, PrintStream out) throws UsageException, IOException {
        if (args.isEmpty()) {
            throw new UsageException("lunar expects at least one DATE, or '-' to read dates from standard input;"
                    + " see 'dvc help'");
        }
        List<LocalDate> dates = new ArrayList<>();
        if (args.contains(STDIN)) {
            if (args.size() != 1) {
                throw new UsageException("lunar: '-' (read standard input) must be the only argument");
            }
            readDates(in, dates);
        } else {
            for (String a : args) {
                dates.add(Arguments.date("DATE", a));
            }
        }
        List<LunarDate> lunar = new ArrayList<>(dates.size());
        for (LocalDate d : dates) {
            lunar.add(LunarDate.from(d));
        }
        JsonLines json = new JsonLines(out);
        for (int i = 0; i < dates.size(); i++) {
            LunarDate l = lunar.get(i);
            JsonGenerator g = json.begin();
            g.writeStringField("date", dates.get(i).toString());
            g.writeNumberField("lunarYear", l.year());
            g.writeNumberField("lunarMonth", l.month());
            g.writeNumberField("lunarDay", l.day());
            g.writeBooleanField("leapMonth", l.isLeapMonth());
            g.writeStringField("yearName", l.yearName());
            json.end();
        }
        json.finish();
    }

    /** Reads one ISO date per line, skipping blank lines; surrounding spaces are ignored. */
    private static void readDates(InputStream in, List<LocalDate> dates) throws IOException, UsageException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line.strip();
            if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1).strip();
            }
            if (!text.isEmpty()) {
                dates.add(Arguments.date("standard input line " + lineNumber + ":", text));
            }
        }
    }
}
