package vn.dvc.json;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.dvc.dossier.Role;
import vn.dvc.dossier.Transition;

/**
 * Realistic dossiers built by the engine with the national policy, which together produce every
 * event type and every form at least once, and every intermediate dossier on the way.
 */
final class Lifecycles {

    static final String WARD = "000.00.01.H29";
    static final String DEPT = "000.00.15.H29";
    static final DeadlinePolicy POLICY = DeadlinePolicy.national();
    static final Actor CITIZEN = Actor.applicant("acc-001");
    static final Actor GUEST = Actor.applicant("guest-7");
    static final Actor RECEPTION = Actor.officer("cb-01", Role.RECEPTION_OFFICER, WARD);
    static final Actor SPECIALIST = Actor.officer("cb-02", Role.PROCESSING_OFFICER, DEPT);
    static final Actor HEAD = Actor.officer("ld-01", Role.APPROVER, DEPT);
    static final Actor PAYMENT = Actor.system("payment-gateway");
    static final Applicant APPLICANT = new Applicant(ApplicantKind.CITIZEN, "Nguyễn Văn An", "001099012345");
    static final Applicant COMPANY = new Applicant(ApplicantKind.ENTERPRISE, "Công ty TNHH \"Sao Mai\"", "0101234567");

    private static final DossierEngine ENGINE = DossierEngine.standard();

    /** One dossier's history: its events and the dossier after each. */
    static final class Run {
        final List<DossierEvent> trail = new ArrayList<>();
        final List<Dossier> states = new ArrayList<>();
        Dossier dossier;

        Run submit(String id, DossierCommand.Submit command, String at, Actor actor) {
            return accept(ENGINE.submit(DossierId.of(id), command, new Context(t(at), actor, POLICY)));
        }

        Run then(DossierCommand command, String at, Actor actor) {
            return accept(ENGINE.apply(dossier, command, new Context(t(at), actor, POLICY)));
        }

        private Run accept(Transition t) {
            assertThat(t).as("%s", t).isInstanceOf(Transition.Accepted.class);
            Transition.Accepted a = (Transition.Accepted) t;
            trail.addAll(a.events());
            dossier = a.dossier();
            states.add(dossier);
            return this;
        }
    }

    private Lifecycles() {
    }

    static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    /**
     * Completion before receipt, receipt, handover, supplement, financial obligation, apology,
     * approval, return: online, Circular 01/2018's forms; a payment confirmed at a fraction of a
     * second.
     */
    static Run approvedAndReturned() {
        return new Run()
                .submit("hs-1", new DossierCommand.Submit("1.000894", WARD, APPLICANT, Channel.ONLINE,
                        Optional.of("acc-001"), TimeLimit.workingDays(5), Optional.empty()), "2025-01-24T15:50", CITIZEN)
                .then(new DossierCommand.RequestCompletion(List.of("Tờ khai"), "Bổ sung tờ khai theo mẫu"),
                        "2025-01-24T15:55", RECEPTION)
                .then(new DossierCommand.Complete("Đã bổ sung tờ khai"), "2025-01-24T16:00", CITIZEN)
                .then(new DossierCommand.Receive("000.00.01.H29-250124-0001"), "2025-01-24T16:10", RECEPTION)
                .then(new DossierCommand.HandOver(StepKind.APPRAISAL, DEPT), "2025-02-03T08:30", RECEPTION)
                .then(new DossierCommand.RequestSupplement(List.of("Bản sao giấy khai sinh", "Ảnh 4x6"),
                        "Thiếu giấy tờ"), "2025-02-04T09:00", SPECIALIST)
                .then(new DossierCommand.Supplement("Đã nộp bản sao"), "2025-02-05T09:00", CITIZEN)
                .then(new DossierCommand.RequestFinancialObligation(50_000, "Lệ phí cấp giấy xác nhận"),
                        "2025-02-05T10:00", SPECIALIST)
                .then(new DossierCommand.ConfirmFinancialObligation("VNPAY-20250205-000123"),
                        "2025-02-05T11:00:30.25", PAYMENT)
                .then(new DossierCommand.ApologizeAndExtend(t("2025-02-19T09:00"), "Chờ ý kiến Sở Tư pháp", DEPT),
                        "2025-02-10T10:00", SPECIALIST)
                .then(new DossierCommand.HandOver(StepKind.APPROVAL, DEPT), "2025-02-11T10:00", SPECIALIST)
                .then(new DossierCommand.Approve("Giấy xác nhận số 12/GXN"), "2025-02-11T15:00", HEAD)
                .then(new DossierCommand.ReturnResult(Channel.POST), "2025-02-11T16:00", RECEPTION);
    }

    /** A guest's linked dossier on paper, refused at the counter, Circular 03/2025's forms. */
    static Run refused() {
        return new Run()
                .submit("hs-2", new DossierCommand.Submit("2.001234", WARD, COMPANY, Channel.COUNTER, Optional.empty(),
                        TimeLimit.calendarDays(30), Optional.of(DossierId.of("hs-1"))), "2025-10-01T08:00", GUEST)
                .then(new DossierCommand.RefuseReceipt(List.of("Không thuộc thẩm quyền", "Sai mẫu đơn")),
                        "2025-10-01T08:20", RECEPTION);
    }

    /** Withdrawal declined, asked again and accepted. */
    static Run withdrawn() {
        return new Run()
                .submit("hs-3", new DossierCommand.Submit("1.000894", WARD, APPLICANT, Channel.ONLINE,
                        Optional.of("acc-001"), TimeLimit.workingHours(8), Optional.empty()), "2025-10-02T08:00", CITIZEN)
                .then(new DossierCommand.Receive("000.00.01.H29-251002-0001"), "2025-10-02T09:00", RECEPTION)
                .then(new DossierCommand.HandOver(StepKind.APPRAISAL, DEPT), "2025-10-02T10:00", RECEPTION)
                .then(new DossierCommand.RequestWithdrawal("Không còn nhu cầu"), "2025-10-02T10:30", CITIZEN)
                .then(new DossierCommand.DeclineWithdrawal("Kết quả đã ký"), "2025-10-02T11:00", HEAD)
                .then(new DossierCommand.RequestWithdrawal("Vẫn muốn rút"), "2025-10-02T11:30", CITIZEN)
                .then(new DossierCommand.AcceptWithdrawal(), "2025-10-02T14:00", HEAD);
    }

    /** Stopped while waiting for a supplement: the clock keeps an open pause. */
    static Run stopped() {
        return new Run()
                .submit("hs-4", new DossierCommand.Submit("1.000894", WARD, APPLICANT, Channel.COUNTER,
                        Optional.of("acc-001"), TimeLimit.withinDay(), Optional.empty()), "2025-10-03T07:40", CITIZEN)
                .then(new DossierCommand.Receive("000.00.01.H29-251003-0001"), "2025-10-03T08:00", RECEPTION)
                .then(new DossierCommand.HandOver(StepKind.APPRAISAL, DEPT), "2025-10-03T08:10", RECEPTION)
                .then(new DossierCommand.RequestSupplement(List.of("Giấy ủy quyền"), "Người nộp không phải chủ hồ sơ"),
                        "2025-10-03T08:30", SPECIALIST)
                .then(new DossierCommand.StopProcessing("Quá hạn bổ sung"), "2025-10-20T09:00", SPECIALIST);
    }

    /** Rejected on the merits. */
    static Run rejected() {
        return new Run()
                .submit("hs-5", new DossierCommand.Submit("1.000894", WARD, APPLICANT, Channel.ONLINE,
                        Optional.of("acc-001"), TimeLimit.workingDays(3), Optional.empty()), "2025-10-06T08:00", CITIZEN)
                .then(new DossierCommand.Receive("000.00.01.H29-251006-0001"), "2025-10-06T08:05", RECEPTION)
                .then(new DossierCommand.HandOver(StepKind.APPROVAL, DEPT), "2025-10-06T08:10", RECEPTION)
                .then(new DossierCommand.Reject(List.of("Không đủ điều kiện", "Hồ sơ giả mạo")), "2025-10-07T15:00", HEAD);
    }

    static List<Run> all() {
        return List.of(approvedAndReturned(), refused(), withdrawn(), stopped(), rejected());
    }
}
