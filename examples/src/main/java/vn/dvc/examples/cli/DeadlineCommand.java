package vn.dvc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvc.Channel;
import vn.dvc.InvalidInputException;
import vn.dvc.calendar.OfficeHours;
import vn.dvc.calendar.WorkCalendar;
import vn.dvc.deadline.DeadlinePolicy;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.DueConvention;
import vn.dvc.deadline.ReceiptRule;
import vn.dvc.deadline.TimeLimit;

/**
 * {@code dvc deadline --received DATE-TIME --limit TEXT [--cutoff HH:mm]
 * [--convention same-time|end-of-day] [--hours PERIODS] [--channel counter|online|post]}: when a
 * dossier received at a moment with a procedure's time limit is due, on the national working
 * calendar, as
 * {@code {"receivedAt":"2025-01-24T16:10","clockStart":"2025-01-24T16:10","due":"2025-02-07T16:10","limit":{"amount":5,"unit":"WORKING_DAYS"}}}.
 *
 * <p>Options come in any order, each at most once. Left out, they take the deadline engine's
 * defaults: no cutoff, the same-time convention, office hours 08:00-12:00 and 13:00-17:00, an
 * online dossier. The limit text is read by dvc ({@link TimeLimit#parse(CharSequence)}), which
 * refuses a text it cannot read.
 */
final class DeadlineCommand implements Command {

    private static final String RECEIVED = "--received";
    private static final String LIMIT = "--limit";
    private static final String CUTOFF = "--cutoff";
    private static final String CONVENTION = "--convention";
    private static final String HOURS = "--hours";
    private static final String CHANNEL = "--channel";

    /** Each option and what its value looks like, in the order they are listed in messages. */
    private static final Map<String, String> OPTIONS = optionValues();

    private final WorkCalendar calendar;

    /**
     * Creates the command.
     *
     * @param calendar the working calendar to count on, with any schedule files loaded
     */
    DeadlineCommand(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    private static Map<String, String> optionValues() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(RECEIVED, "a date-time, e.g. 2025-01-24T16:10");
        m.put(LIMIT, "a time limit, e.g. '05 ngày làm việc'");
        m.put(CUTOFF, "a time, e.g. 15:00");
        m.put(CONVENTION, "same-time or end-of-day");
        m.put(HOURS, "office hours, e.g. 08:00-12:00,13:00-17:00");
        m.put(CHANNEL, "counter, online or post");
        return m;
    }

    @Override
    public void run(List<String> args, InputStream in, PrintStream out) throws UsageException, IOException {
        Map<String, String> given = options(args);
        if (!given.containsKey(RECEIVED)) {
            throw new UsageException("deadline needs " + RECEIVED + " DATE-TIME, e.g. 2025-01-24T16:10; see 'dvc help'");
        }
        if (!given.containsKey(LIMIT)) {
            throw new UsageException("deadline needs " + LIMIT + " TEXT, e.g. '05 ngày làm việc'; see 'dvc help'");
        }
        LocalDateTime receivedAt = Arguments.dateTime(RECEIVED, given.get(RECEIVED));
        DeadlinePolicy.Builder builder = DeadlinePolicy.builder(hours(given.get(HOURS)));
        if (given.containsKey(CUTOFF)) {
            builder.receiptRule(ReceiptRule.withCutoff(Arguments.time(CUTOFF, given.get(CUTOFF))));
        }
        builder.convention(convention(given.getOrDefault(CONVENTION, "same-time")));
        Channel channel = channel(given.getOrDefault(CHANNEL, "online"));
        // The arguments are well formed; from here on only dvc can refuse them (exit status 1).
        TimeLimit limit = TimeLimit.parse(given.get(LIMIT));
        DeadlinePolicy policy = builder.build();
        DossierClock clock = policy.startClock(receivedAt, channel, limit);
        LocalDateTime due = policy.due(clock).value();

        JsonLines json = new JsonLines(out);
        JsonGenerator g = json.begin();
        g.writeStringField("receivedAt", receivedAt.toString());
        g.writeStringField("clockStart", clock.start().toString());
        g.writeStringField("due", due.toString());
        g.writeObjectFieldStart("limit");
        g.writeNumberField("amount", limit.amount());
        g.writeStringField("unit", limit.unit().name());
        g.writeEndObject();
        json.end();
        json.finish();
    }

    /** Reads {@code --NAME VALUE} pairs, each name known and given at most once. */
    private static Map<String, String> options(List<String> args) throws UsageException {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!name.startsWith("--")) {
                throw new UsageException(String.format("deadline: unexpected argument '%s': expected options"
                        + " such as --received 2025-01-24T16:10; see 'dvc help'", Arguments.printable(name)));
            }
            if (!OPTIONS.containsKey(name)) {
                throw new UsageException(String.format("deadline: unknown option '%s': expected %s",
                        Arguments.printable(name), String.join(", ", OPTIONS.keySet())));
            }
            if (given.containsKey(name)) {
                throw new UsageException("deadline: " + name + " is given more than once");
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new UsageException("deadline: " + name + " needs a value: " + OPTIONS.get(name));
            }
            given.put(name, args.get(i + 1));
        }
        return given;
    }

    /** The calendar, with other office hours if {@code --hours} is given. */
    private WorkCalendar hours(String text) throws UsageException {
        if (text == null) {
            return calendar;
        }
        OfficeHours hours;
        try {
            hours = OfficeHours.parse(text);
        } catch (InvalidInputException e) {
            throw new UsageException(HOURS + ": " + e.getMessage());
        }
        return calendar.toBuilder().officeHours(hours).build();
    }

    private static DueConvention convention(String text) throws UsageException {
        switch (text) {
            case "same-time":
                return DueConvention.SAME_TIME;
            case "end-of-day":
                return DueConvention.END_OF_DAY;
            default:
                throw new UsageException(String.format("%s '%s' is not a convention: expected %s",
                        CONVENTION, Arguments.printable(text), OPTIONS.get(CONVENTION)));
        }
    }

    private static Channel channel(String text) throws UsageException {
        switch (text) {
            case "counter":
                return Channel.COUNTER;
            case "online":
                return Channel.ONLINE;
            case "post":
                return Channel.POST;
            default:
                throw new UsageException(String.format("%s '%s' is not a channel: expected %s",
                        CHANNEL, Arguments.printable(text), OPTIONS.get(CHANNEL)));
        }
    }
}
