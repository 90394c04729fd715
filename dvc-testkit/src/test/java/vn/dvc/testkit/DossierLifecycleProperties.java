package vn.dvc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
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
import vn.dvc.dossier.Lifecycle;
import vn.dvc.dossier.PublicProgress;
import vn.dvc.dossier.Refusal;
import vn.dvc.dossier.Role;
import vn.dvc.dossier.Transition;
import vn.dvc.i18n.Messages;

/**
 * Model-based test of the dossier lifecycle: random sequences of commands by random actors (the
 * owner, another applicant, officers of the right and of the wrong agency, a postal agent, the
 * system), at random later times, never break the invariants.
 */
class DossierLifecycleProperties {

    private static final String WARD = "000.00.01.H29";
    private static final String DEPT = "000.00.15.H29";
    private static final DeadlinePolicy POLICY = DeadlinePolicy.national();
    private static final Applicant APPLICANT = new Applicant(ApplicantKind.CITIZEN, "Lê Thị Hoa", "036187000123");
    private static final List<Actor> ACTORS = List.of(
            Actor.applicant("acc-owner"), Actor.applicant("acc-other"),
            Actor.officer("cb-ward", Role.RECEPTION_OFFICER, WARD), Actor.officer("cb-else", Role.RECEPTION_OFFICER, "000.00.02.H29"),
            Actor.officer("cv-dept", Role.PROCESSING_OFFICER, DEPT), Actor.officer("cv-ward", Role.PROCESSING_OFFICER, WARD),
            Actor.officer("ld-dept", Role.APPROVER, DEPT), Actor.officer("ld-ward", Role.APPROVER, WARD),
            Actor.system("portal"), new Actor("bc-01", Role.POSTAL_AGENT, Optional.empty()));
    private static final int COMMAND_KINDS = 18;
    private static final Set<DossierState> PAUSED = Set.of(DossierState.SUPPLEMENT_REQUESTED, DossierState.FINANCIAL_OBLIGATION);
    private static final Set<DossierState> RUNNING = Set.of(DossierState.RECEIVED, DossierState.PROCESSING,
            DossierState.RESOLVED, DossierState.RETURNED);
    private static final Set<DossierState> UNRECEIVED = Set.of(DossierState.SUBMITTED, DossierState.COMPLETION_REQUESTED,
            DossierState.REFUSED);
    private static final Set<DossierState> FINISHED = Set.of(DossierState.REFUSED, DossierState.WITHDRAWN,
            DossierState.STOPPED, DossierState.RESOLVED, DossierState.RETURNED);

    /** One random step: which command, by whom, how many minutes after the previous one. */
    record Step(int command, int actor, int minutes, int variant) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, COMMAND_KINDS - 1),
                Arbitraries.integers().between(0, ACTORS.size() - 1), Arbitraries.integers().between(0, 3 * 24 * 60),
                Arbitraries.integers().between(0, 9)).as(Step::new).list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 1000)
    @StatisticsReport(onFailureOnly = true)
    void randomCommandsNeverBreakTheInvariants(@ForAll("steps") List<Step> steps, @ForAll boolean withAccount) {
        DossierEngine engine = DossierEngine.standard();
        LocalDateTime now = LocalDateTime.of(2025, 1, 20, 9, 0);
        Transition first = engine.submit(DossierId.of("hs-model"), new DossierCommand.Submit("1.000894", WARD, APPLICANT,
                Channel.ONLINE, withAccount ? Optional.of("acc-owner") : Optional.empty(), TimeLimit.workingDays(5),
                Optional.empty()), new Context(now, ACTORS.get(0), POLICY));
        Dossier dossier = ((Transition.Accepted) first).dossier();
        List<DossierEvent> events = new ArrayList<>(((Transition.Accepted) first).events());
        for (Step step : steps) {
            now = now.plusMinutes(step.minutes());
            if (step.minutes() % 7 == 0) {
                now = now.minusMinutes(30); // sometimes a command claims an earlier time
            }
            DossierCommand command = command(step, now);
            Actor actor = step.actor() < 6 ? naturalActor(step.command(), dossier.state(), withAccount) : ACTORS.get(step.actor());
            Transition t = engine.apply(dossier, command, new Context(now, actor, POLICY));
            if (dossier.state().isTerminal()) {
                assertThat(t.isAccepted()).as("terminal %s accepted %s", dossier.state(), command).isFalse();
            }
            if (t instanceof Transition.Rejected r) {
                assertThat(r.reasons()).isNotEmpty();
                for (Refusal reason : r.reasons()) {
                    assertThat(reason.english()).isNotBlank();
                    assertThat(reason.message(Messages.VIETNAMESE)).isNotBlank().isNotEqualTo(reason.english());
                }
                continue;
            }
            Transition.Accepted a = (Transition.Accepted) t;
            Dossier next = a.dossier();
            assertThat(a.events()).hasSize(1);
            assertThat(next.version()).isEqualTo(dossier.version() + 1);
            assertThat(a.events().get(0).version()).isEqualTo(next.version());
            assertThat(a.events().get(0).actor()).isEqualTo(actor);
            Dossier before = dossier;
            boolean allowed = Lifecycle.standard().edge(before.state(), command.name())
                    .map(e -> e.to().map(to -> to == next.state()).orElseGet(() -> next.state() == before.stateBeforeWithdrawal()
                            .orElseThrow()))
                    .orElse(false);
            assertThat(allowed).as("%s --%s--> %s", dossier.state(), command.name(), next.state()).isTrue();
            events.addAll(a.events());
            dossier = next;
            Statistics.collect(dossier.state());
            assertThat(Dossier.replay(events)).isEqualTo(dossier);
            assertClockInvariant(dossier);
            assertThat(dossier.finishedAt().isPresent()).isEqualTo(FINISHED.contains(dossier.state()));
        }
        Statistics.coverage(checker -> {
            // the random walks must visit the deep and the final states, or they prove little
            for (DossierState deep : List.of(DossierState.PROCESSING, DossierState.SUPPLEMENT_REQUESTED,
                    DossierState.RESOLVED, DossierState.RETURNED, DossierState.WITHDRAWN, DossierState.STOPPED)) {
                checker.check(deep).count(n -> n > 0);
            }
        });
        LocalDateTime viewAt = now.isBefore(dossier.lastEventAt()) ? dossier.lastEventAt() : now;
        String view = PublicProgress.of(events, POLICY, viewAt).toString();
        assertThat(view).doesNotContain(APPLICANT.name(), APPLICANT.identifier(), "acc-owner", "cb-ward", "cv-dept", "ld-dept",
                "portal", "bc-01");
    }

    /** The actor who would normally issue a command in a state (so that deep states are reached). */
    private static Actor naturalActor(int command, DossierState state, boolean withAccount) {
        return switch (command) {
            case 1, 7, 10 -> withAccount ? ACTORS.get(0) : ACTORS.get(1);
            case 0, 2, 3, 17 -> ACTORS.get(2);
            case 4, 5 -> state == DossierState.RECEIVED ? ACTORS.get(2) : ACTORS.get(4);
            case 9 -> ACTORS.get(8);
            case 11, 12, 14, 15 -> state == DossierState.WITHDRAWAL_REQUESTED && command < 13 ? ACTORS.get(2) : ACTORS.get(6);
            default -> ACTORS.get(4);
        };
    }

    private static void assertClockInvariant(Dossier d) {
        DossierState effective = d.state() == DossierState.WITHDRAWAL_REQUESTED
                ? d.stateBeforeWithdrawal().orElseThrow() : d.state();
        if (UNRECEIVED.contains(effective)) {
            assertThat(d.clock()).isEmpty();
        } else if (RUNNING.contains(effective)) {
            assertThat(d.clock()).isPresent();
            assertThat(d.clock().get().isPaused()).as("clock of %s", d.state()).isFalse();
        } else if (PAUSED.contains(effective)) {
            assertThat(d.clock().get().isPaused()).as("clock of %s", d.state()).isTrue();
        }
    }

    private static DossierCommand command(Step s, LocalDateTime now) {
        String agency = s.variant() < 7 ? DEPT : WARD;
        StepKind[] kinds = StepKind.values();
        return switch (s.command()) {
            case 0 -> new DossierCommand.RequestCompletion(s.variant() == 0 ? List.of() : List.of("Tờ khai"), "Bổ sung tờ khai");
            case 1 -> new DossierCommand.Complete("Đã bổ sung");
            case 2 -> new DossierCommand.Receive(s.variant() == 0 ? " " : WARD + "-250120-000" + s.variant());
            case 3 -> new DossierCommand.RefuseReceipt(s.variant() == 0 ? List.of() : List.of("Không thuộc thẩm quyền"));
            case 4, 5 -> new DossierCommand.HandOver(kinds[s.variant() % kinds.length], agency);
            case 6 -> new DossierCommand.RequestSupplement(List.of("Bản sao"), "Thiếu giấy tờ");
            case 7 -> new DossierCommand.Supplement("Đã nộp");
            case 8 -> new DossierCommand.RequestFinancialObligation(s.variant() * 50_000L, "Lệ phí");
            case 9 -> new DossierCommand.ConfirmFinancialObligation("PAY-" + s.variant());
            case 10 -> new DossierCommand.RequestWithdrawal("Không còn nhu cầu");
            case 11 -> new DossierCommand.AcceptWithdrawal();
            case 12 -> new DossierCommand.DeclineWithdrawal(s.variant() == 0 ? "" : "Kết quả đã ký");
            case 13 -> new DossierCommand.StopProcessing("Người nộp không bổ sung");
            case 14 -> new DossierCommand.Approve("Quyết định số " + s.variant());
            case 15 -> new DossierCommand.Reject(List.of("Không đủ điều kiện"));
            case 16 -> new DossierCommand.ApologizeAndExtend(now.plusDays(s.variant() - 2L), "Chờ ý kiến", DEPT);
            default -> new DossierCommand.ReturnResult(Channel.values()[s.variant() % 3]);
        };
    }

    @Property(tries = 50)
    void statesLabelThemselvesInBothLanguages(@ForAll DossierState state) {
        assertThat(state.label()).isNotBlank();
        assertThat(state.labelEn()).isNotBlank();
        assertThat(state.portalCode()).isBetween(1, 10);
        assertThat(state.label().toLowerCase(Locale.ROOT)).isNotEqualTo(state.labelEn().toLowerCase(Locale.ROOT));
    }
}
