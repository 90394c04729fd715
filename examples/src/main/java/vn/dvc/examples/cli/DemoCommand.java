package vn.dvc.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dvc.Channel;
import vn.dvc.calendar.LunarCalendar;
import vn.dvc.calendar.LunarDate;
import vn.dvc.calendar.ScheduledDay;
import vn.dvc.calendar.VietnamHolidays;
import vn.dvc.calendar.WorkCalendar;
import vn.dvc.calendar.YearSchedule;
import vn.dvc.deadline.Completion;
import vn.dvc.deadline.DeadlinePolicy;
import vn.dvc.deadline.DossierClock;
import vn.dvc.deadline.Due;
import vn.dvc.deadline.PauseReason;
import vn.dvc.deadline.ReceiptRule;
import vn.dvc.deadline.StepKind;
import vn.dvc.deadline.TimeLimit;
import vn.dvc.dossier.Actor;
import vn.dvc.dossier.Applicant;
import vn.dvc.dossier.ApplicantKind;
import vn.dvc.dossier.Context;
import vn.dvc.dossier.Dossier;
import vn.dvc.dossier.DossierCommand;
import vn.dvc.dossier.DossierEngine;
import vn.dvc.dossier.DossierEvent;
import vn.dvc.dossier.DossierId;
import vn.dvc.dossier.DossierState;
import vn.dvc.dossier.DossierStore;
import vn.dvc.dossier.EventData;
import vn.dvc.dossier.Form;
import vn.dvc.dossier.InMemoryDossierStore;
import vn.dvc.dossier.PublicProgress;
import vn.dvc.dossier.Role;
import vn.dvc.dossier.Transition;
import vn.dvc.id.AgencyId;
import vn.dvc.id.DossierCode;

/**
 * {@code dvc demo}: a short plain-text tour for a newcomer. It always shows the worked example of
 * Tết 2025 (the official break, the make-up day, deadlines across the break, the working days of
 * the year), dossier deadlines from the deadline engine in plain words (the Tết break, a receipt
 * cutoff, a period of calendar days ending on days off, a supplement under both rules), one
 * dossier driven by the dossier engine from submission to the returned result and, from the clock,
 * this year's Tết and today's lunar date. Every figure is computed by dvc-core, none is written into
 * the text.
 */
final class DemoCommand implements Command {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d/M/uuuu HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_SHORT = DateTimeFormatter.ofPattern("EEEE d/M", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("EEE d/M HH:mm", Locale.ENGLISH);
    private static final int EXAMPLE_YEAR = 2025;

    private final Clock clock;

    /**
     * Creates the command.
     *
     * @param clock gives today's date (in the clock's zone)
     */
    DemoCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void run(List<String> args, InputStream in, PrintStream out) throws UsageException {
        Arguments.expect("demo", args);
        // Built completely before printing, so that a failure prints nothing to standard output.
        out.print(text(LocalDate.now(clock)));
        out.flush();
    }

    /**
     * The tour for a given day.
     *
     * @param today the current date
     * @return the text, lines ending in {@code \n}
     */
    static String text(LocalDate today) {
        WorkCalendar national = WorkCalendar.vietnam();
        VietnamHolidays holidays = VietnamHolidays.official();
        StringBuilder s = new StringBuilder();
        line(s, "dvc: Vietnam's lunar calendar and the working calendar of civil servants");
        line(s, "");

        line(s, "Tết, the Lunar New Year");
        LocalDate tet = LunarCalendar.VIETNAM.newYear(EXAMPLE_YEAR);
        LunarDate tetLunar = LunarDate.from(tet);
        line(s, "  Tết %d, year of %s: %s (lunar %s)", EXAMPLE_YEAR, tetLunar.yearName(), day(tet),
                lunarShort(tetLunar));
        LocalDate breakStart = national.previousWorkingDay(tet).plusDays(1);
        LocalDate breakEnd = national.nextWorkingDay(tet).minusDays(1);
        line(s, "  Official break: %s to %s, %d days off in a row", day(breakStart), day(breakEnd),
                ChronoUnit.DAYS.between(breakStart, breakEnd) + 1);
        List<LocalDate> makeUp = holidays.year(EXAMPLE_YEAR).makeUpWorkingDays();
        line(s, "  Make-up working days of %d: %s", EXAMPLE_YEAR,
                makeUp.isEmpty() ? "none" : makeUp.stream().map(DemoCommand::day).collect(Collectors.joining(", ")));
        int year = today.getYear();
        LocalDate thisTet = LunarCalendar.VIETNAM.newYear(year);
        YearSchedule thisYear = holidays.year(year);
        line(s, "  This year: Tết %d, year of %s, is on %s; the %d schedule is %s", year,
                LunarDate.yearName(year), day(thisTet), year, thisYear.source());
        line(s, "    (%s)", thisYear.reference());
        line(s, "");

        line(s, "Deadlines on the national calendar (Monday to Friday, 08:00-12:00 and 13:00-17:00)");
        LocalDate friday = LocalDate.of(EXAMPLE_YEAR, 1, 24);
        line(s, "  5 working days after %s: %s (%s), across the Tết break", day(friday),
                day(national.plusWorkingDays(friday, 5)), national.plusWorkingDays(friday, 5));
        LocalDateTime start = LocalDateTime.of(EXAMPLE_YEAR, 1, 24, 16, 10);
        line(s, "  4 working hours from %s: %s", start, national.plusWorkingTime(start, Duration.ofHours(4)));
        line(s, "  Working days in %d: %d", EXAMPLE_YEAR,
                national.countWorkingDays(LocalDate.of(EXAMPLE_YEAR, 1, 1), LocalDate.of(EXAMPLE_YEAR + 1, 1, 1)));
        line(s, "");

        deadlines(s, national, holidays);
        line(s, "");

        dossier(s);
        line(s, "");

        LunarDate lunarToday = LunarDate.from(today);
        line(s, "Today, %s, is day %d of %slunar month %d of the year %s (%d)", day(today), lunarToday.day(),
                lunarToday.isLeapMonth() ? "leap " : "", lunarToday.month(), lunarToday.yearName(),
                lunarToday.year());
        line(s, "");

        line(s, "Commands for scripts print JSON, one object per line (lifecycle prints a diagram):");
        line(s, "  dvc lunar 2025-01-29 2023-03-22      lunar dates (dvc lunar - reads them from stdin)");
        line(s, "  dvc holidays %d                    days off and make-up days of a year", EXAMPLE_YEAR);
        line(s, "  dvc calendar 2026-01-01 2026-01-31   weekdays off and weekend days worked");
        line(s, "  dvc workdays 2025-01-01 2026-01-01   working days from FROM up to TO (excluded)");
        line(s, "  dvc deadline --received 2025-01-24T16:10 --limit \"05 ngày làm việc\"   when a dossier is due");
        line(s, "  dvc lifecycle --format dot           the dossier lifecycle (mermaid, plantuml or dot)");
        line(s, "  dvc help                             all commands and exit codes");
        return s.toString();
    }

    /** The section "Deadlines in plain words": the deadline engine on the worked examples of 2025. */
    private static void deadlines(StringBuilder s, WorkCalendar national, VietnamHolidays holidays) {
        DeadlinePolicy policy = DeadlinePolicy.builder(national).build();
        line(s, "Deadlines in plain words (online dossiers, national calendar)");

        TimeLimit fiveDays = TimeLimit.parse("05 ngày làm việc");
        DossierClock tet = policy.startClock(LocalDateTime.of(EXAMPLE_YEAR, 1, 24, 16, 10), Channel.ONLINE, fiveDays);
        LocalDateTime tetDue = policy.due(tet).value();
        LocalDate after = tet.start().toLocalDate().plusDays(1);
        long daysOff = ChronoUnit.DAYS.between(after, tetDue.toLocalDate())
                - national.countWorkingDays(after, tetDue.toLocalDate());
        line(s, "  \"%s\" from %s: due %s, the %d days off for Tết do not count", fiveDays.toVietnamese(),
                when(tet.receivedAt()), when(tetDue), daysOff);

        LocalTime cutoff = LocalTime.of(15, 0);
        DeadlinePolicy withCutoff = DeadlinePolicy.builder(national).receiptRule(ReceiptRule.withCutoff(cutoff)).build();
        DossierClock late = withCutoff.startClock(tet.receivedAt(), Channel.ONLINE, fiveDays);
        line(s, "  With a %s cutoff its clock starts %s, and it is due %s", cutoff, when(late.start()),
                when(withCutoff.due(late).value()));

        TimeLimit days = TimeLimit.parse("27 ngày");
        DossierClock month = policy.startClock(LocalDateTime.of(EXAMPLE_YEAR, 3, 10, 9, 0), Channel.ONLINE, days);
        LocalDateTime monthDue = policy.due(month).value();
        LocalDate end = month.start().toLocalDate().plusDays(days.amount());
        StringBuilder why = new StringBuilder();
        for (LocalDate d = end; d.isBefore(monthDue.toLocalDate()) && !national.isWorkingDay(d); d = d.plusDays(1)) {
            why.append(d.equals(end) ? String.format(", as day %d falls on ", days.amount()) : ", followed by ")
                    .append(DAY_SHORT.format(d)).append(dayOffName(holidays, d).map(n -> ", " + n).orElse(""));
        }
        line(s, "  \"%s\" from %s: due %s%s", days.toVietnamese(), when(month.receivedAt()), when(monthDue), why);

        TimeLimit tenDays = TimeLimit.parse("10 ngày làm việc");
        LocalDateTime asked = LocalDateTime.of(EXAMPLE_YEAR, 4, 28, 14, 0);
        LocalDateTime supplied = LocalDateTime.of(EXAMPLE_YEAR, 5, 6, 9, 0);
        DossierClock supplement = policy.startClock(LocalDateTime.of(EXAMPLE_YEAR, 4, 22, 10, 0), Channel.ONLINE, tenDays)
                .pause(asked, PauseReason.SUPPLEMENT).resume(supplied);
        Due due = policy.due(supplement);
        line(s, "  \"%s\" from %s, supplement asked %s, given %s:", tenDays.toVietnamese(),
                when(supplement.receivedAt()), when(asked), when(supplied));
        line(s, "    restart rule: due %s (%s); subtract rule: due %s (%s)", when(due.restart()), due.restart(),
                when(due.subtract()), due.subtract());
    }

    /**
     * The section "One dossier, from submission to result": a birth registration (procedure
     * 1.000894) submitted online before Tết, driven through the dossier engine and kept in a store,
     * then printed from its audit trail: one line per event with the state it led to, the actor's
     * role and the form it produced, a few facts under some events, and the public progress view.
     */
    private static void dossier(StringBuilder s) {
        DeadlinePolicy policy = DeadlinePolicy.national();
        DossierEngine engine = DossierEngine.standard();
        DossierStore store = new InMemoryDossierStore();
        String ward = "000.00.01.H29";
        String department = "000.00.15.H29";
        Actor citizen = Actor.applicant("acc-001");
        Actor reception = Actor.officer("cb-01", Role.RECEPTION_OFFICER, ward);
        Actor specialist = Actor.officer("cb-02", Role.PROCESSING_OFFICER, department);
        Actor head = Actor.officer("ld-01", Role.APPROVER, department);
        DossierId id = DossierId.of("hs-demo-1");
        LocalDateTime receivedAt = LocalDateTime.of(EXAMPLE_YEAR, 1, 24, 16, 10);

        store.create(accepted(engine.submit(id, new DossierCommand.Submit("1.000894", ward,
                new Applicant(ApplicantKind.CITIZEN, "Nguyễn Văn An", "001099012345"), Channel.ONLINE,
                Optional.of(citizen.id()), TimeLimit.parse("05 ngày làm việc"), Optional.empty()),
                new Context(LocalDateTime.of(EXAMPLE_YEAR, 1, 24, 15, 50), citizen, policy))));
        String code = DossierCode.of(AgencyId.parse(ward), receivedAt.toLocalDate(), 1).toString();
        act(engine, store, id, new DossierCommand.Receive(code), new Context(receivedAt, reception, policy));
        act(engine, store, id, new DossierCommand.HandOver(StepKind.APPRAISAL, department),
                new Context(LocalDateTime.of(EXAMPLE_YEAR, 2, 3, 8, 30), reception, policy));
        act(engine, store, id, new DossierCommand.RequestSupplement(List.of("Giấy chứng sinh"), "Thiếu giấy chứng sinh"),
                new Context(LocalDateTime.of(EXAMPLE_YEAR, 2, 4, 9, 0), specialist, policy));
        act(engine, store, id, new DossierCommand.Supplement("Đã nộp giấy chứng sinh"),
                new Context(LocalDateTime.of(EXAMPLE_YEAR, 2, 5, 9, 0), citizen, policy));
        act(engine, store, id, new DossierCommand.HandOver(StepKind.APPROVAL, department),
                new Context(LocalDateTime.of(EXAMPLE_YEAR, 2, 10, 10, 0), specialist, policy));
        act(engine, store, id, new DossierCommand.Approve("Giấy khai sinh (bản chính)"),
                new Context(LocalDateTime.of(EXAMPLE_YEAR, 2, 11, 15, 0), head, policy));
        act(engine, store, id, new DossierCommand.ReturnResult(Channel.ONLINE),
                new Context(LocalDateTime.of(EXAMPLE_YEAR, 2, 11, 16, 0), reception, policy));

        List<DossierEvent> events = store.events(id);
        // the dossier after each event: the fold of the audit trail
        List<Dossier> after = new ArrayList<>();
        for (DossierEvent e : events) {
            after.add(after.isEmpty() ? Dossier.replay(List.of(e)) : after.get(after.size() - 1).apply(e));
        }
        Dossier first = after.get(0);
        Dossier last = after.get(after.size() - 1);
        line(s, "One dossier, from submission to result (DossierEngine, national deadline policy, in-memory store)");
        line(s, "  Procedure %s, %s by a %s account, limit \"%s\", at %s; %d events:", first.procedureCode(),
                lower(first.channel()), lower(first.applicant().kind()), first.limit().toVietnamese(),
                first.receivingAgency(), events.size());
        int stateWidth = after.stream().mapToInt(d -> stateLabel(d).length()).max().orElse(0);
        int roleWidth = events.stream().mapToInt(e -> e.actor().role().labelEn().length()).max().orElse(0);
        for (int i = 0; i < events.size(); i++) {
            DossierEvent e = events.get(i);
            Dossier d = after.get(i);
            String form = e.data().producedForm()
                    .map(f -> f.number().map(n -> "Mẫu số " + n + ", ").orElse("") + f.edition().circular())
                    .orElse("");
            line(s, String.format(Locale.ROOT, "  %-14s  %-" + stateWidth + "s  %-" + roleWidth + "s  %s",
                    STAMP.format(e.at()), stateLabel(d), e.actor().role().labelEn(), form).stripTrailing());
            String fact = fact(e.data(), d, policy);
            if (!fact.isEmpty()) {
                line(s, "  %14s  %s", "", fact);
            }
        }
        PublicProgress view = PublicProgress.of(events, policy, last.lastEventAt());
        Completion verdict = policy.completion(last.clock().orElseThrow(), last.finishedAt().orElseThrow());
        line(s, "  Public progress of %s (no personal data): %s, %d steps,", view.dossierCode().orElseThrow(),
                stateLabel(view.state()), view.steps().size());
        line(s, "    resolved %s, due %s: %s (%s)", when(verdict.finishedAt()), when(view.due().orElseThrow()),
                view.timeliness().orElseThrow(), verdict.kind().labelEn());
    }

    /** The state's Vietnamese and English labels. */
    private static String stateLabel(DossierState state) {
        return state.label() + " / " + state.labelEn();
    }

    private static String stateLabel(Dossier dossier) {
        return stateLabel(dossier.state());
    }

    /** What an event did that its line does not show, or an empty text. */
    private static String fact(EventData data, Dossier after, DeadlinePolicy policy) {
        if (data instanceof EventData.Received r) {
            Form.ReceiptSlip slip = r.form();
            return String.format(Locale.ROOT, "receipt slip %s: appointment %s (%s)", slip.dossierCode(),
                    when(slip.appointment()), slip.appointment());
        } else if (data instanceof EventData.HandedOver h) {
            return String.format(Locale.ROOT, "control slip: to %s (%s) at %s", h.to().step().labelEn(),
                    h.to().step().label(), h.to().agency());
        } else if (data instanceof EventData.SupplementRequested r) {
            return String.format(Locale.ROOT, "missing: %s; the clock stops%s", String.join(", ", r.form().missing()),
                    r.form().late() ? " (request late)" : "");
        } else if (data instanceof EventData.Supplemented) {
            Due due = policy.due(after.clock().orElseThrow());
            return String.format(Locale.ROOT, "the clock runs again: new due %s (%s) under the %s rule",
                    when(due.value()), due.value(), lower(due.rule()));
        } else if (data instanceof EventData.Approved a) {
            return "result: " + a.result();
        } else if (data instanceof EventData.ResultReturned r) {
            return "result returned " + lower(r.channel());
        }
        return "";
    }

    /** Applies a command to the stored dossier and stores the result. */
    private static void act(DossierEngine engine, DossierStore store, DossierId id, DossierCommand command,
            Context context) {
        Dossier d = store.find(id).orElseThrow();
        store.append(d.version(), accepted(engine.apply(d, command, context)));
    }

    /** The accepted transition; the demo's commands are all valid, so a refusal is a bug. */
    private static Transition.Accepted accepted(Transition t) {
        if (t instanceof Transition.Accepted a) {
            return a;
        }
        throw new IllegalStateException("the demo's dossier was refused: "
                + ((Transition.Rejected) t).reasons().get(0).english());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The English name of a holiday or day off of the national schedule, if the date has one. */
    private static Optional<String> dayOffName(VietnamHolidays holidays, LocalDate date) {
        return holidays.year(date.getYear()).days().stream()
                .filter(d -> d.date().equals(date))
                .map(ScheduledDay::nameEn)
                .findFirst();
    }

    private static String when(LocalDateTime dateTime) {
        return WHEN.format(dateTime);
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String lunarShort(LunarDate date) {
        return date.day() + "/" + date.month() + (date.isLeapMonth() ? " leap" : "");
    }

    private static void line(StringBuilder s, String format, Object... args) {
        s.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
    }
}
