package vn.dvc.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import vn.dvc.calendar.ScheduleFile;
import vn.dvc.calendar.VietnamHolidays;
import vn.dvc.calendar.WorkCalendar;
import vn.dvc.i18n.LocalizedMessage;

/**
 * The {@code dvc} command-line tool ({@code java -jar dvc.jar COMMAND ...}): Vietnamese lunar
 * dates, the national working calendar of civil servants, the deadlines of dossiers and their
 * lifecycle, for people and for scripts.
 *
 * <p>Every command except {@code lifecycle}, {@code demo} and {@code help} prints JSON on standard
 * output, exactly one object per line, in UTF-8; {@code lifecycle} prints diagram source, the other
 * two plain text. On failure nothing is printed on standard output and a single
 * line starting with {@code dvc: } explains the problem on standard error. Exit status:
 * {@value #EXIT_OK} on success, {@value #EXIT_REFUSED} when the arguments are well formed but dvc
 * refuses them (for instance a date outside the calendar's range), {@value #EXIT_USAGE} for
 * malformed arguments.
 */
public final class DvcCli {

    /** Exit status of a successful run. */
    public static final int EXIT_OK = 0;
    /** Exit status when dvc refuses well-formed arguments, e.g. a date outside its range. */
    public static final int EXIT_REFUSED = 1;
    /** Exit status of a malformed command line. */
    public static final int EXIT_USAGE = 2;

    /** The zone in which the demo takes today's date. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The usage text printed by {@code dvc help}. */
    static final String USAGE = String.join("\n",
            "Usage: dvc [--schedule FILE]... COMMAND [ARGUMENTS]",
            "",
            "Vietnam's lunar calendar and the national working calendar of civil servants",
            "(Monday to Friday, 08:00-12:00 and 13:00-17:00, official holidays and make-up days),",
            "and the deadlines and lifecycle of public-service dossiers.",
            "Dates are ISO dates, e.g. 2025-01-29. Every command except lifecycle, demo and help",
            "prints JSON on standard output, exactly one object per line, in UTF-8.",
            "",
            "Commands:",
            "  lunar DATE...      the lunar date of each DATE (1900-01-01 to 2199-12-31)",
            "  lunar -            the same for dates read from standard input, one per line",
            "  holidays YEAR      the official or predicted days off of YEAR (2000 to 2199)",
            "  calendar FROM TO   weekdays off and weekend days worked, FROM to TO inclusive",
            "  workdays FROM TO   the number of working days from FROM up to TO (excluded)",
            "  deadline --received DATE-TIME --limit TEXT [OPTION VALUE]...",
            "                     the clock start and the due of a dossier received at DATE-TIME",
            "                     (e.g. 2025-01-24T16:10) with the time limit TEXT (e.g. '05 ngày",
            "                     làm việc', '30 ngày', 'Trong ngày', '4 working hours');",
            "                     options in any order, each at most once:",
            "      --cutoff HH:mm             receipts after it start the next working day",
            "                                 (default: none)",
            "      --convention same-time|end-of-day",
            "                                 a working-day limit ends at the clock start's time",
            "                                 of day or at the close (default: same-time)",
            "      --hours PERIODS            office hours (default: 08:00-12:00,13:00-17:00)",
            "      --channel counter|online|post",
            "                                 how the dossier came (default: online)",
            "  lifecycle [--format mermaid|plantuml|dot]",
            "                     the dossier lifecycle as diagram source, plain text (default:",
            "                     mermaid), e.g. dvc lifecycle --format dot | dot -Tsvg",
            "  demo               a short plain-text tour",
            "  help               this text",
            "",
            "Options:",
            "  --schedule FILE    load an official schedule file (e.g. next year's decision);",
            "                     its years replace the bundled or predicted ones",
            "",
            "Exit status: 0 success, 1 refused by dvc (e.g. a date out of range, an unreadable time",
            "limit), 2 bad arguments.",
            "");

    /** The commands, as listed in the messages about an unknown or missing command. */
    private static final String COMMANDS = "lunar, holidays, calendar, workdays, deadline, lifecycle, demo or help";

    private DvcCli() {
    }

    /**
     * Runs the tool and exits the JVM with its exit status. Standard output and standard error
     * are written in UTF-8.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs one command line without exiting the JVM: the whole tool, for tests and for embedding.
     * Today's date (for {@code demo}) is taken in Vietnam's time zone.
     *
     * @param args the command line, e.g. {@code {"holidays", "2025"}}
     * @param in standard input, read by {@code lunar -}
     * @param out standard output: JSON lines, a diagram, the demo or the usage text
     * @param err standard error: the usage text when no command is given, otherwise one
     *     {@code dvc: } line on failure
     * @return the exit status: {@value #EXIT_OK}, {@value #EXIT_REFUSED} or {@value #EXIT_USAGE}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Clock.system(VIETNAM));
    }

    /**
     * {@link #run(String[], InputStream, PrintStream, PrintStream)} with a given clock.
     *
     * @param args the command line
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @param clock gives today's date to the demo
     * @return the exit status
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
        try {
            return dispatch(args, in, out, err, clock);
        } catch (UsageException e) {
            return fail(err, e.getMessage(), EXIT_USAGE);
        } catch (UncheckedIOException e) {
            return fail(err, e.getMessage() + " (" + e.getCause().getClass().getSimpleName() + ")", EXIT_REFUSED);
        } catch (RuntimeException e) {
            if (e instanceof LocalizedMessage) {
                return fail(err, e.getMessage(), EXIT_REFUSED);
            }
            return fail(err, "internal error: " + e, EXIT_REFUSED);
        } catch (IOException e) {
            return fail(err, "input/output error: " + e.getMessage(), EXIT_REFUSED);
        } finally {
            out.flush();
        }
    }

    private static int dispatch(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock)
            throws UsageException, IOException {
        if (args.length == 0) {
            err.print(USAGE);
            err.flush();
            return EXIT_USAGE;
        }
        VietnamHolidays holidays = VietnamHolidays.official();
        int first = 0;
        while (first < args.length && args[first].equals("--schedule")) {
            if (first + 1 >= args.length) {
                throw new UsageException("--schedule needs a FILE: a schedule file in dvc's format");
            }
            holidays = holidays.withSchedules(ScheduleFile.read(Path.of(args[first + 1])));
            first += 2;
        }
        if (first == args.length) {
            throw new UsageException("no command after the options: expected " + COMMANDS);
        }
        WorkCalendar calendar = holidays == VietnamHolidays.official() ? WorkCalendar.vietnam()
                : WorkCalendar.builder(holidays).build();
        String name = args[first];
        List<String> rest = Arrays.asList(args).subList(first + 1, args.length);
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            Arguments.expect(name, rest);
            out.print(USAGE);
            return EXIT_OK;
        }
        Map<String, Command> commands = Map.of(
                "lunar", new LunarCommand(),
                "holidays", new HolidaysCommand(holidays),
                "calendar", new CalendarCommand(calendar),
                "workdays", new WorkdaysCommand(calendar),
                "deadline", new DeadlineCommand(calendar),
                "lifecycle", new LifecycleCommand(),
                "demo", new DemoCommand(clock));
        Command command = commands.get(name);
        if (command == null) {
            throw new UsageException("unknown command '" + Arguments.printable(name)
                    + "': expected " + COMMANDS);
        }
        command.run(rest, in, out);
        return EXIT_OK;
    }

    private static int fail(PrintStream err, String message, int status) {
        String text = message == null ? "unexpected failure" : message;
        err.println("dvc: " + text.replaceAll("\\R", " "));
        err.flush();
        return status;
    }
}
