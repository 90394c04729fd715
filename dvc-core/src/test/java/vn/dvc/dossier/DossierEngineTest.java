package vn.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvc.Channel;
import vn.dvc.deadline.DeadlinePolicy;
import vn.dvc.deadline.StepKind;
import vn.dvc.deadline.TimeLimit;

class DossierEngineTest {

    static final String WARD = "000.00.01.H29";
    static final String DEPT = "000.00.15.H29";
    static final DeadlinePolicy POLICY = DeadlinePolicy.national();
    static final Actor CITIZEN = Actor.applicant("acc-001");
    static final Actor RECEPTION = Actor.officer("cb-01", Role.RECEPTION_OFFICER, WARD);
    static final Actor SPECIALIST = Actor.officer("cb-02", Role.PROCESSING_OFFICER, DEPT);
    static final Actor HEAD = Actor.officer("ld-01", Role.APPROVER, DEPT);
    static final Applicant APPLICANT = new Applicant(ApplicantKind.CITIZEN, "Nguyễn Văn An", "001099012345");

    final DossierEngine engine = DossierEngine.standard();
    final List<DossierEvent> trail = new ArrayList<>();
    Dossier dossier;

    static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    static Context ctx(String at, Actor actor) {
        return new Context(t(at), actor, POLICY);
    }

    Dossier accept(Transition t) {
        assertThat(t).as("%s", t).isInstanceOf(Transition.Accepted.class);
        Transition.Accepted a = (Transition.Accepted) t;
        trail.addAll(a.events());
        dossier = a.dossier();
        return dossier;
    }

    Transition.Rejected refuse(Transition t) {
        assertThat(t).isInstanceOf(Transition.Rejected.class);
        return (Transition.Rejected) t;
    }

    void submit(String at) {
        accept(engine.submit(DossierId.of("hs-1"), new DossierCommand.Submit("1.000894", WARD, APPLICANT, Channel.ONLINE,
                Optional.of("acc-001"), TimeLimit.workingDays(5), Optional.empty()), ctx(at, CITIZEN)));
    }

    /**
     * One dossier from submission to returned result, online, received on Friday 24/1/2025 16:10
     * before Tết: due 7/2/2025 16:10; a supplement stops the clock from Tuesday 4/2 09:00 to
     * Wednesday 5/2 09:00, so the full limit runs again; approved and returned on time.
     */
    @Test
    void aDossierFromSubmissionToReturnedResult() {
        submit("2025-01-24T15:50");
        assertThat(dossier.state()).isEqualTo(DossierState.SUBMITTED);
        assertThat(dossier.state().portalCode()).isEqualTo(1);
        accept(engine.apply(dossier, new DossierCommand.Receive("000.00.01.H29-250124-0001"), ctx("2025-01-24T16:10", RECEPTION)));
        assertThat(dossier.state()).isEqualTo(DossierState.RECEIVED);
        assertThat(dossier.code()).contains("000.00.01.H29-250124-0001");
        Form.ReceiptSlip slip = (Form.ReceiptSlip) trail.get(1).data().producedForm().orElseThrow();
        assertThat(slip.appointment()).isEqualTo(t("2025-02-07T16:10"));
        assertThat(slip.edition()).isEqualTo(FormEdition.CIRCULAR_01_2018);
        assertThat(slip.number()).contains("01");

        accept(engine.apply(dossier, new DossierCommand.HandOver(StepKind.APPRAISAL, DEPT), ctx("2025-02-03T08:30", RECEPTION)));
        assertThat(dossier.state()).isEqualTo(DossierState.PROCESSING);
        assertThat(dossier.currentAgency()).isEqualTo(DEPT);
        accept(engine.apply(dossier, new DossierCommand.RequestSupplement(List.of("Bản sao giấy khai sinh"), "Thiếu giấy tờ"),
                ctx("2025-02-04T09:00", SPECIALIST)));
        assertThat(dossier.state()).isEqualTo(DossierState.SUPPLEMENT_REQUESTED);
        assertThat(dossier.clock().orElseThrow().isPaused()).isTrue();
        Form.SupplementRequest request = (Form.SupplementRequest) trail.get(3).data().producedForm().orElseThrow();
        assertThat(request.late()).isFalse();
        accept(engine.apply(dossier, new DossierCommand.Supplement("Đã nộp bản sao"), ctx("2025-02-05T09:00", CITIZEN)));
        assertThat(dossier.state()).isEqualTo(DossierState.PROCESSING);
        // restart: five working days from Wednesday 5/2 09:00
        assertThat(POLICY.due(dossier.clock().orElseThrow()).value()).isEqualTo(t("2025-02-12T09:00"));
        accept(engine.apply(dossier, new DossierCommand.HandOver(StepKind.APPROVAL, DEPT), ctx("2025-02-10T10:00", SPECIALIST)));
        accept(engine.apply(dossier, new DossierCommand.Approve("Giấy xác nhận số 12/GXN"), ctx("2025-02-11T15:00", HEAD)));
        assertThat(dossier.state()).isEqualTo(DossierState.RESOLVED);
        assertThat(dossier.outcome()).contains(Outcome.APPROVED);
        accept(engine.apply(dossier, new DossierCommand.ReturnResult(Channel.ONLINE), ctx("2025-02-11T16:00", RECEPTION)));
        assertThat(dossier.state()).isEqualTo(DossierState.RETURNED);
        assertThat(dossier.state().isTerminal()).isTrue();

        assertThat(dossier.version()).isEqualTo(8);
        assertThat(trail).extracting(DossierEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(Dossier.replay(trail)).isEqualTo(dossier);
        assertThat(POLICY.completion(dossier.clock().orElseThrow(), dossier.finishedAt().orElseThrow()).kind())
                .isEqualTo(vn.dvc.deadline.CompletionKind.EARLY);

        PublicProgress view = PublicProgress.of(trail, POLICY, t("2025-02-12T09:00"));
        assertThat(view.dossierCode()).contains("000.00.01.H29-250124-0001");
        assertThat(view.timeliness()).contains("Trước hạn");
        assertThat(view.steps()).hasSize(8);
        assertThat(view.toString()).doesNotContain("Nguyễn", "001099012345", "acc-001", "cb-01", "Bản sao");
    }

    @Test
    void refusedCommandsChangeNothingAndExplainThemselves() {
        submit("2025-03-03T09:00");
        Dossier before = dossier;
        Transition.Rejected wrongState = refuse(engine.apply(dossier, new DossierCommand.Approve("x"), ctx("2025-03-03T10:00", HEAD)));
        assertThat(wrongState.codes()).containsExactly("dossier.wrongState");
        assertThat(wrongState.reasons().get(0).english()).isEqualTo("Approve is not possible in state SUBMITTED (Mới đăng ký).");
        Transition.Rejected wrongRole = refuse(engine.apply(dossier, new DossierCommand.Receive("c"), ctx("2025-03-03T10:00", CITIZEN)));
        assertThat(wrongRole.codes()).containsExactly("dossier.wrongRole");
        Actor otherWard = Actor.officer("cb-09", Role.RECEPTION_OFFICER, "000.00.02.H29");
        Transition.Rejected wrongAgency = refuse(engine.apply(dossier, new DossierCommand.Receive("c"), ctx("2025-03-03T10:00", otherWard)));
        assertThat(wrongAgency.reasons().get(0).message(vn.dvc.i18n.Messages.VIETNAMESE))
                .isEqualTo("Cán bộ của 000.00.02.H29 không được xử lý hồ sơ do 000.00.01.H29 đang giữ.");
        Transition.Rejected early = refuse(engine.apply(dossier, new DossierCommand.Receive("c"), ctx("2025-03-03T08:00", RECEPTION)));
        assertThat(early.codes()).containsExactly("dossier.timeOrder");
        Transition.Rejected badCode = refuse(engine.apply(dossier, new DossierCommand.Receive("HS-0001"), ctx("2025-03-03T10:00", RECEPTION)));
        assertThat(badCode.codes()).hasSize(1).allMatch(c -> c.startsWith("id."));
        Transition.Rejected notOwner = refuse(engine.apply(dossier, new DossierCommand.RequestWithdrawal("x"),
                ctx("2025-03-03T10:00", Actor.applicant("acc-999"))));
        assertThat(notOwner.codes()).containsExactly("dossier.notOwner");
        assertThat(dossier).isSameAs(before);
    }

    @Test
    void completionIsRequestedOnceAndCompletely() {
        submit("2025-03-03T09:00");
        refuse(engine.apply(dossier, new DossierCommand.RequestCompletion(List.of(), "x"), ctx("2025-03-03T09:30", RECEPTION)));
        accept(engine.apply(dossier, new DossierCommand.RequestCompletion(List.of("Tờ khai"), "Bổ sung tờ khai theo mẫu"),
                ctx("2025-03-03T09:30", RECEPTION)));
        assertThat(dossier.state().portalCode()).isEqualTo(5);
        accept(engine.apply(dossier, new DossierCommand.Complete("Đã bổ sung"), ctx("2025-03-04T09:00", CITIZEN)));
        Transition.Rejected twice = refuse(engine.apply(dossier, new DossierCommand.RequestCompletion(List.of("Ảnh"), "Bổ sung ảnh"),
                ctx("2025-03-04T10:00", RECEPTION)));
        assertThat(twice.codes()).containsExactly("dossier.completionOnce");
    }

    @Test
    void aGuestSupplementsThroughANewLinkedDossier() {
        accept(engine.submit(DossierId.of("hs-g"), new DossierCommand.Submit("1.000894", WARD, APPLICANT, Channel.ONLINE,
                Optional.empty(), TimeLimit.workingDays(5), Optional.empty()), ctx("2025-03-03T09:00", Actor.applicant("guest-7"))));
        accept(engine.apply(dossier, new DossierCommand.RequestCompletion(List.of("Tờ khai"), "Bổ sung tờ khai"),
                ctx("2025-03-03T09:30", RECEPTION)));
        Transition.Rejected guest = refuse(engine.apply(dossier, new DossierCommand.Complete("x"), ctx("2025-03-03T10:00",
                Actor.applicant("guest-7"))));
        assertThat(guest.codes()).containsExactly("dossier.guestMustResubmit");
        // the same with the permissive policy
        DossierEngine permissive = new DossierEngine(DossierEngine.Config.defaults().withGuestPolicy(GuestPolicy.SAME_DOSSIER));
        assertThat(permissive.apply(dossier, new DossierCommand.Complete("x"), ctx("2025-03-03T10:00", Actor.applicant("guest-7")))
                .isAccepted()).isTrue();
        // the new dossier links to the old one
        Transition linked = engine.submit(DossierId.of("hs-g2"), new DossierCommand.Submit("1.000894", WARD, APPLICANT,
                Channel.ONLINE, Optional.empty(), TimeLimit.workingDays(5), Optional.of(DossierId.of("hs-g"))),
                ctx("2025-03-03T10:00", Actor.applicant("guest-7")));
        assertThat(((Transition.Accepted) linked).dossier().linkedTo()).contains(DossierId.of("hs-g"));
    }

    @Test
    void anApologyIsAcceptedOnceAndInTime() {
        submit("2025-03-03T08:00");
        accept(engine.apply(dossier, new DossierCommand.Receive("000.00.01.H29-250303-0001"), ctx("2025-03-03T09:00", RECEPTION)));
        accept(engine.apply(dossier, new DossierCommand.HandOver(StepKind.APPRAISAL, DEPT), ctx("2025-03-03T10:00", RECEPTION)));
        // due Monday 10/3 09:00; an apology on the due day is too late
        Transition.Rejected late = refuse(engine.apply(dossier, new DossierCommand.ApologizeAndExtend(t("2025-03-14T09:00"),
                "Chờ ý kiến", DEPT), ctx("2025-03-10T08:00", SPECIALIST)));
        assertThat(late.codes()).containsExactly("extension.tooLate");
        accept(engine.apply(dossier, new DossierCommand.ApologizeAndExtend(t("2025-03-14T09:00"), "Chờ ý kiến Sở Xây dựng", DEPT),
                ctx("2025-03-06T16:00", SPECIALIST)));
        Form.Apology apology = (Form.Apology) trail.get(trail.size() - 1).data().producedForm().orElseThrow();
        assertThat(apology.previousDue()).isEqualTo(t("2025-03-10T09:00"));
        assertThat(POLICY.due(dossier.clock().orElseThrow()).value()).isEqualTo(t("2025-03-14T09:00"));
        Transition.Rejected again = refuse(engine.apply(dossier, new DossierCommand.ApologizeAndExtend(t("2025-03-20T09:00"),
                "Lần nữa", DEPT), ctx("2025-03-07T09:00", SPECIALIST)));
        assertThat(again.codes()).containsExactly("extension.tooMany");
    }

    @Test
    void withdrawalCanBeDeclinedBackToWhereItWas() {
        submit("2025-03-03T08:00");
        accept(engine.apply(dossier, new DossierCommand.Receive("000.00.01.H29-250303-0001"), ctx("2025-03-03T09:00", RECEPTION)));
        accept(engine.apply(dossier, new DossierCommand.HandOver(StepKind.APPRAISAL, DEPT), ctx("2025-03-03T10:00", RECEPTION)));
        accept(engine.apply(dossier, new DossierCommand.RequestWithdrawal("Không còn nhu cầu"), ctx("2025-03-04T10:00", CITIZEN)));
        assertThat(dossier.state()).isEqualTo(DossierState.WITHDRAWAL_REQUESTED);
        assertThat(dossier.currentAgency()).isEqualTo(DEPT);
        accept(engine.apply(dossier, new DossierCommand.DeclineWithdrawal("Kết quả đã ký"), ctx("2025-03-04T11:00", HEAD)));
        assertThat(dossier.state()).isEqualTo(DossierState.PROCESSING);
        accept(engine.apply(dossier, new DossierCommand.RequestWithdrawal("Vẫn muốn rút"), ctx("2025-03-04T12:00", CITIZEN)));
        accept(engine.apply(dossier, new DossierCommand.AcceptWithdrawal(), ctx("2025-03-04T13:00", HEAD)));
        assertThat(dossier.state()).isEqualTo(DossierState.WITHDRAWN);
        assertThat(refuse(engine.apply(dossier, new DossierCommand.Approve("x"), ctx("2025-03-04T14:00", HEAD))).codes())
                .containsExactly("dossier.terminal");
        assertThat(Dossier.replay(trail)).isEqualTo(dossier);
    }

    @Test
    void aGuardFromAnotherModuleCanRefuse() {
        TransitionGuard noPost = (d, c, x) -> c instanceof DossierCommand.ReturnResult r && r.channel() == Channel.POST
                ? List.of(Refusal.of("dossier.blankField", "postal service")) : List.of();
        DossierEngine guarded = new DossierEngine(DossierEngine.Config.defaults().withGuards(noPost));
        submit("2025-03-03T08:00");
        Dossier d = dossier;
        for (Object[] step : new Object[][] {
            {new DossierCommand.Receive("000.00.01.H29-250303-0001"), "2025-03-03T09:00", RECEPTION},
            {new DossierCommand.HandOver(StepKind.APPROVAL, DEPT), "2025-03-03T10:00", RECEPTION},
            {new DossierCommand.Approve("ok"), "2025-03-03T11:00", HEAD}}) {
            d = ((Transition.Accepted) guarded.apply(d, (DossierCommand) step[0], ctx((String) step[1], (Actor) step[2]))).dossier();
        }
        assertThat(guarded.apply(d, new DossierCommand.ReturnResult(Channel.POST), ctx("2025-03-03T12:00", RECEPTION)).isAccepted())
                .isFalse();
        assertThat(guarded.apply(d, new DossierCommand.ReturnResult(Channel.COUNTER), ctx("2025-03-03T12:00", RECEPTION)).isAccepted())
                .isTrue();
    }

    /**
     * Found by the model-based test: an online dossier received at 17:10 has its clock start at
     * 08:00 the next working day; a supplement requested that evening pauses nothing before 08:00.
     */
    @Test
    void aSupplementRequestedBeforeTheClockStartsPausesFromTheStart() {
        submit("2025-03-10T17:00");
        Actor systemReception = Actor.system("portal");
        accept(engine.apply(dossier, new DossierCommand.Receive("000.00.01.H29-250303-0001"), ctx("2025-03-10T17:10", systemReception)));
        assertThat(dossier.clock().orElseThrow().start()).isEqualTo(t("2025-03-11T08:00"));
        accept(engine.apply(dossier, new DossierCommand.HandOver(StepKind.APPRAISAL, DEPT), ctx("2025-03-10T17:15", RECEPTION)));
        accept(engine.apply(dossier, new DossierCommand.RequestSupplement(List.of("Ảnh"), "Thiếu ảnh"),
                ctx("2025-03-10T17:20", SPECIALIST)));
        assertThat(dossier.clock().orElseThrow().pauses().get(0).from()).isEqualTo(t("2025-03-11T08:00"));
        accept(engine.apply(dossier, new DossierCommand.Supplement("Đã nộp ảnh"), ctx("2025-03-10T20:00", CITIZEN)));
        assertThat(dossier.clock().orElseThrow().pauses().get(0).until()).contains(t("2025-03-11T08:00"));
        // nothing was paused: five working days from the clock start (restart from the same moment)
        assertThat(POLICY.due(dossier.clock().orElseThrow()).value()).isEqualTo(t("2025-03-18T08:00"));
        assertThat(Dossier.replay(trail)).isEqualTo(dossier);
    }
}
