package vn.dvc.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvc.Channel;
import vn.dvc.deadline.DeadlinePolicy;
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
import vn.dvc.dossier.Role;
import vn.dvc.dossier.Transition;

/**
 * Shared fixtures of the dossier lifecycle benchmarks: agencies, officers, seeded start times,
 * dossiers brought to a given state by the engine itself, the 20-event trail of a realistic
 * dossier and the 12-command script of the pipeline benchmark.
 *
 * <p>Every dossier here is built by {@link DossierEngine#submit} and {@link DossierEngine#apply},
 * never by hand, and every builder throws {@link IllegalStateException} if a command it expects to
 * be accepted is refused (or the reverse), so a fixture that no longer fits dvc-core fails before
 * anything is measured.
 */
final class DossierFixtures {

    /** The ward whose one-stop office receives every dossier. */
    static final String WARD = "000.00.01.H29";
    /** Number of processing departments the dossiers are spread over. */
    static final int DEPARTMENTS = 8;
    /** The deadline rules of every dossier: the national defaults. */
    static final DeadlinePolicy POLICY = DeadlinePolicy.national();
    /** The procedure of every dossier. */
    static final String PROCEDURE = "1.000894";
    /** First day of the random start times: Circular 03/2025's forms apply from then on. */
    static final LocalDate FIRST = LocalDate.of(2025, 9, 15);
    /** Last day of the random start times. */
    static final LocalDate LAST = LocalDate.of(2034, 12, 31);

    /** Working time between two events of the realistic trail. */
    static final java.time.Duration STEP = java.time.Duration.ofHours(2);

    private DossierFixtures() {
    }

    /**
     * The identifier of processing department {@code k mod DEPARTMENTS}.
     *
     * @param k any index
     * @return an agency identifier such as {@code 000.00.15.H29}
     */
    static String department(int k) {
        return String.format("000.00.%02d.H29", 15 + Math.floorMod(k, DEPARTMENTS));
    }

    /**
     * The applicant (owner) of dossier {@code k}.
     *
     * @param k the dossier's index
     * @return an applicant account
     */
    static Actor citizen(int k) {
        return Actor.applicant("acc-" + k);
    }

    /**
     * The reception officer of the ward.
     *
     * @param k the dossier's index (selects one of four officers)
     * @return the officer
     */
    static Actor reception(int k) {
        return Actor.officer("cb-tn-" + (k & 3), Role.RECEPTION_OFFICER, WARD);
    }

    /**
     * A processing officer of a department.
     *
     * @param agency the department
     * @param k selects one of four officers
     * @return the officer
     */
    static Actor specialist(String agency, int k) {
        return Actor.officer("cb-tl-" + (k & 3), Role.PROCESSING_OFFICER, agency);
    }

    /**
     * The approver (head) of a department.
     *
     * @param agency the department
     * @return the approver
     */
    static Actor head(String agency) {
        return Actor.officer("ld-" + agency, Role.APPROVER, agency);
    }

    /**
     * Seeded random submission times: a day in {@link #FIRST}..{@link #LAST} (any day of the
     * week) at a whole minute between 07:00 and 16:59.
     *
     * @param seed the seed
     * @param count how many
     * @return the times
     */
    static LocalDateTime[] startTimes(long seed, int count) {
        LocalDate[] dates = Fixtures.randomDates(seed, FIRST, LAST);
        int[] minutes = Fixtures.randomInts(seed + 1, 7 * 60, 17 * 60 - 1);
        LocalDateTime[] times = new LocalDateTime[count];
        for (int k = 0; k < count; k++) {
            int j = k & Fixtures.MASK;
            times[k] = dates[j].atStartOfDay().plusMinutes(minutes[j]);
        }
        return times;
    }

    /**
     * The submission command of dossier {@code k}: online, from the applicant's account, five
     * working days.
     *
     * @param k the dossier's index
     * @return the command
     */
    static DossierCommand.Submit submitCommand(int k) {
        Applicant applicant = new Applicant(ApplicantKind.CITIZEN, "Nguyễn Văn An " + k,
                String.format("0010990%05d", k % 100_000));
        return new DossierCommand.Submit(PROCEDURE, WARD, applicant, Channel.ONLINE, Optional.of("acc-" + k),
                TimeLimit.workingDays(5), Optional.empty());
    }

    /**
     * The dossier code (mã số hồ sơ) given to dossier {@code k} at receipt, in the one-stop format
     * {@code agency-YYMMDD-XXXX} that the engine checks.
     *
     * @param k the dossier's index
     * @param receivedAt when it is received
     * @return e.g. {@code 000.00.01.H29-250915-0008}
     */
    static String dossierCode(int k, LocalDateTime receivedAt) {
        return String.format("%s-%02d%02d%02d-%04d", WARD, receivedAt.getYear() % 100, receivedAt.getMonthValue(),
                receivedAt.getDayOfMonth(), 1 + k % 9999);
    }

    /**
     * The identifier of dossier {@code k}.
     *
     * @param k the dossier's index
     * @return the identifier
     */
    static DossierId id(int k) {
        return DossierId.of("hs-" + k);
    }

    /**
     * The context of a command.
     *
     * @param at when
     * @param actor who
     * @return the context under {@link #POLICY}
     */
    static Context ctx(LocalDateTime at, Actor actor) {
        return new Context(at, actor, POLICY);
    }

    /**
     * The dossier of an accepted transition.
     *
     * @param t the transition
     * @param what what was attempted, for the error message
     * @return the new dossier
     * @throws IllegalStateException if the command was refused
     */
    static Transition.Accepted accepted(Transition t, String what) {
        if (t instanceof Transition.Accepted a) {
            return a;
        }
        throw new IllegalStateException(what + " was refused: " + ((Transition.Rejected) t).codes());
    }

    /**
     * Dossier {@code k}, submitted at {@code at} and not yet received.
     *
     * @param engine the engine
     * @param k the dossier's index
     * @param at when it was submitted
     * @return the dossier in {@link DossierState#SUBMITTED}
     */
    static Dossier submitted(DossierEngine engine, int k, LocalDateTime at) {
        return accepted(engine.submit(id(k), submitCommand(k), ctx(at, citizen(k))), "Submit").dossier();
    }

    /**
     * Dossier {@code k}, submitted at {@code at}, received 20 minutes later and handed over at
     * the appraisal step to {@link #department(int) department(k)} 40 minutes after that.
     *
     * @param engine the engine
     * @param k the dossier's index
     * @param at when it was submitted
     * @return the dossier in {@link DossierState#PROCESSING}, held by department(k)
     */
    static Dossier processing(DossierEngine engine, int k, LocalDateTime at) {
        Dossier d = submitted(engine, k, at);
        d = accepted(engine.apply(d, new DossierCommand.Receive(dossierCode(k, at.plusMinutes(20))),
                ctx(at.plusMinutes(20), reception(k))),
                "Receive").dossier();
        d = accepted(engine.apply(d, new DossierCommand.HandOver(StepKind.APPRAISAL, department(k)),
                ctx(at.plusMinutes(60), reception(k))), "HandOver").dossier();
        if (d.state() != DossierState.PROCESSING || d.version() != 3) {
            throw new IllegalStateException("fixture not in PROCESSING: " + d.state());
        }
        return d;
    }

    /**
     * The audit trail of a realistic dossier with exactly 20 events, built by the engine: submitted
     * online; completion requested and completed before receipt; received (the deadline is
     * computed); handed to a department for appraisal; a supplement requested and provided; sent to
     * a second department for its opinion and back; a financial obligation requested and paid; an
     * apology with a new due; a withdrawal requested and declined; handed to the approver, sent back
     * for rework, to the second department again, to the approver; approved; result returned.
     * Events are two working hours apart ({@code plusWorkingTime}), so that each falls in office
     * hours after the clock's start.
     *
     * @param engine the engine
     * @param k the dossier's index
     * @param start when it was submitted
     * @return the 20 events, versions 1 to 20
     * @throws IllegalStateException if any command is refused or the trail is not 20 events
     */
    static List<DossierEvent> realisticTrail(DossierEngine engine, int k, LocalDateTime start) {
        String dept = department(k);
        String other = department(k + 1);
        Actor citizen = citizen(k);
        Actor reception = reception(k);
        Actor specialist = specialist(dept, k);
        Actor otherSpecialist = specialist(other, k + 1);
        Actor head = head(dept);
        List<DossierEvent> trail = new ArrayList<>();
        Transition.Accepted a = accepted(engine.submit(id(k), submitCommand(k), ctx(start, citizen)), "Submit");
        trail.addAll(a.events());
        Dossier d = a.dossier();
        LocalDateTime at = start;
        Object[][] steps = {
            {new DossierCommand.RequestCompletion(List.of("Tờ khai theo mẫu"), "Bổ sung tờ khai theo mẫu"), reception},
            {new DossierCommand.Complete("Đã bổ sung tờ khai"), citizen},
            null, // the receipt, whose code carries the receipt date
            {new DossierCommand.HandOver(StepKind.APPRAISAL, dept), reception},
            {new DossierCommand.RequestSupplement(List.of("Bản sao giấy khai sinh"), "Thiếu giấy tờ"), specialist},
            {new DossierCommand.Supplement("Đã nộp bản sao"), citizen},
            {new DossierCommand.HandOver(StepKind.CONSULTATION, other), specialist},
            {new DossierCommand.HandOver(StepKind.APPRAISAL, dept), otherSpecialist},
            {new DossierCommand.RequestFinancialObligation(150_000, "Lệ phí"), specialist},
            {new DossierCommand.ConfirmFinancialObligation("PAY-" + k), Actor.system("payment-gateway")},
            null, // the apology, whose new due depends on the current due
            {new DossierCommand.RequestWithdrawal("Xem xét rút hồ sơ"), citizen},
            {new DossierCommand.DeclineWithdrawal("Kết quả đang trình ký"), head},
            {new DossierCommand.HandOver(StepKind.APPROVAL, dept), specialist},
            {new DossierCommand.HandOver(StepKind.APPRAISAL, dept), head},
            {new DossierCommand.HandOver(StepKind.CONSULTATION, other), specialist},
            {new DossierCommand.HandOver(StepKind.APPROVAL, dept), otherSpecialist},
            {new DossierCommand.Approve("Giấy xác nhận số " + k + "/GXN"), head},
            {new DossierCommand.ReturnResult(Channel.ONLINE), reception},
        };
        for (Object[] step : steps) {
            at = POLICY.calendar().plusWorkingTime(at, STEP);
            DossierCommand command;
            Actor actor;
            if (step == null && trail.size() == 3) {
                command = new DossierCommand.Receive(dossierCode(k, at));
                actor = reception;
            } else if (step == null) {
                LocalDateTime due = POLICY.due(d.clock().orElseThrow()).value();
                command = new DossierCommand.ApologizeAndExtend(due.plusDays(7), "Chờ ý kiến Sở Xây dựng", other);
                actor = specialist;
            } else {
                command = (DossierCommand) step[0];
                actor = (Actor) step[1];
            }
            a = accepted(engine.apply(d, command, ctx(at, actor)), command.name());
            trail.addAll(a.events());
            d = a.dossier();
        }
        if (trail.size() != 20 || d.state() != DossierState.RETURNED || d.version() != 20) {
            throw new IllegalStateException("realistic trail: " + trail.size() + " events, " + d.state());
        }
        return trail;
    }

    /**
     * The commands of the pipeline benchmark for one dossier, step 0 being the submission, with
     * the triggers and outcomes the stateless4j model must reproduce.
     *
     * @param id the dossier's identity
     * @param submit the submission (step 0)
     * @param commands the commands of steps 1.. (index 0 is {@code null})
     * @param contexts the context of every step
     * @param triggers the command name of every step ({@code "Submit"} at 0)
     * @param accepted whether dvc accepts each step
     */
    record Script(DossierId id, DossierCommand.Submit submit, DossierCommand[] commands, Context[] contexts,
            String[] triggers, boolean[] accepted) {

        /**
         * The number of steps.
         *
         * @return 12
         */
        int length() {
            return contexts.length;
        }
    }

    /**
     * The 12-command script of dossier {@code k}: Submit (applicant); Receive (reception officer,
     * computes the deadline and the receipt slip); Approve in RECEIVED (refused: wrong state);
     * HandOver to appraisal at department(k) (reception); HandOver by the applicant (refused: wrong
     * role); RequestSupplement (processing officer; checks whether the request is late against the
     * clock); Supplement (applicant; resumes the clock); RequestFinancialObligation (processing
     * officer); ConfirmFinancialObligation (system); HandOver to approval (processing officer);
     * Approve (approver); ReturnResult (reception officer). 10 accepted, 2 refused, events 15
     * minutes apart.
     *
     * @param k the dossier's index
     * @param start when it is submitted
     * @return the script
     */
    static Script script(int k, LocalDateTime start) {
        String dept = department(k);
        Actor citizen = citizen(k);
        Actor reception = reception(k);
        Actor specialist = specialist(dept, k);
        Actor head = head(dept);
        DossierCommand[] commands = {
            null,
            new DossierCommand.Receive(dossierCode(k, start.plusMinutes(15))),
            new DossierCommand.Approve("x"),
            new DossierCommand.HandOver(StepKind.APPRAISAL, dept),
            new DossierCommand.HandOver(StepKind.APPROVAL, dept),
            new DossierCommand.RequestSupplement(List.of("Bản sao giấy khai sinh"), "Thiếu giấy tờ"),
            new DossierCommand.Supplement("Đã nộp bản sao"),
            new DossierCommand.RequestFinancialObligation(150_000, "Lệ phí"),
            new DossierCommand.ConfirmFinancialObligation("PAY-" + k),
            new DossierCommand.HandOver(StepKind.APPROVAL, dept),
            new DossierCommand.Approve("Giấy xác nhận số " + k + "/GXN"),
            new DossierCommand.ReturnResult(Channel.ONLINE),
        };
        Actor[] actors = {citizen, reception, head, reception, citizen, specialist, citizen, specialist,
            Actor.system("payment-gateway"), specialist, head, reception};
        boolean[] accepted = {true, true, false, true, false, true, true, true, true, true, true, true};
        Context[] contexts = new Context[commands.length];
        String[] triggers = new String[commands.length];
        for (int i = 0; i < commands.length; i++) {
            contexts[i] = ctx(start.plusMinutes(15L * i), actors[i]);
            triggers[i] = i == 0 ? "Submit" : commands[i].name();
        }
        return new Script(id(k), submitCommand(k), commands, contexts, triggers, accepted);
    }
}
