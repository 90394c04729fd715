package vn.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dvc.Channel;
import vn.dvc.deadline.StepKind;
import vn.dvc.deadline.TimeLimit;

/**
 * {@link Dossier} as a value (it is a class with shared internals, not a record), the one-event
 * {@link Transition.Accepted}, {@link DossierCommand.HandOver} built from a {@link Position}, and the
 * agency-code sharing of {@link AgencyCodes}.
 */
class DossierValueTest {

    static final String WARD = "000.00.01.H29";
    static final String DEPT = "000.00.15.H29";
    static final Applicant APPLICANT = new Applicant(ApplicantKind.CITIZEN, "Nguyễn Văn An", "001099012345");
    static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 3, 8, 0);

    /** A dossier built through the public constructor, with every optional value present. */
    static Dossier full(long version) {
        return new Dossier(DossierId.of("hs-9"), version, "1.000894", WARD, APPLICANT, Channel.ONLINE,
                Optional.of("acc-9"), TimeLimit.workingDays(5), Optional.of(DossierId.of("hs-8")),
                DossierState.WITHDRAWAL_REQUESTED, T0, T0.plusHours(3), Optional.of("000.00.01.H29-250303-0001"),
                Optional.empty(), Optional.of(new Position(StepKind.APPRAISAL, DEPT)), true, 2,
                Optional.of(DossierState.PROCESSING), Optional.of(Outcome.REJECTED), Optional.of(T0.plusHours(3)));
    }

    @Test
    void thePublicConstructorKeepsEveryValue() {
        Dossier d = full(7);
        assertThat(d.id()).isEqualTo(DossierId.of("hs-9"));
        assertThat(d.version()).isEqualTo(7);
        assertThat(d.procedureCode()).isEqualTo("1.000894");
        assertThat(d.receivingAgency()).isEqualTo(WARD);
        assertThat(d.applicant()).isEqualTo(APPLICANT);
        assertThat(d.channel()).isEqualTo(Channel.ONLINE);
        assertThat(d.account()).contains("acc-9");
        assertThat(d.limit()).isEqualTo(TimeLimit.workingDays(5));
        assertThat(d.linkedTo()).contains(DossierId.of("hs-8"));
        assertThat(d.state()).isEqualTo(DossierState.WITHDRAWAL_REQUESTED);
        assertThat(d.submittedAt()).isEqualTo(T0);
        assertThat(d.lastEventAt()).isEqualTo(T0.plusHours(3));
        assertThat(d.code()).contains("000.00.01.H29-250303-0001");
        assertThat(d.clock()).isEmpty();
        assertThat(d.position()).contains(new Position(StepKind.APPRAISAL, DEPT));
        assertThat(d.completionRequested()).isTrue();
        assertThat(d.supplementRequests()).isEqualTo(2);
        assertThat(d.stateBeforeWithdrawal()).contains(DossierState.PROCESSING);
        assertThat(d.outcome()).contains(Outcome.REJECTED);
        assertThat(d.finishedAt()).contains(T0.plusHours(3));
        // withdrawal pending from PROCESSING: the department holding it may act
        assertThat(d.currentAgency()).isEqualTo(DEPT);
    }

    @Test
    void equalityIsByValueAndEveryValueCounts() {
        Dossier a = full(7);
        Dossier b = full(7);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
        assertThat(a).isNotEqualTo(full(8)).isNotEqualTo(null).isNotEqualTo("hs-9");
        Dossier other = new Dossier(DossierId.of("hs-9"), 7, "1.000894", WARD, APPLICANT, Channel.ONLINE,
                Optional.of("acc-9"), TimeLimit.workingDays(5), Optional.of(DossierId.of("hs-8")),
                DossierState.WITHDRAWAL_REQUESTED, T0, T0.plusHours(3), Optional.of("000.00.01.H29-250303-0001"),
                Optional.empty(), Optional.of(new Position(StepKind.APPRAISAL, DEPT)), false, 2,
                Optional.of(DossierState.PROCESSING), Optional.of(Outcome.REJECTED), Optional.of(T0.plusHours(3)));
        assertThat(a).as("completionRequested differs").isNotEqualTo(other);
        Dossier otherApplicant = new Dossier(DossierId.of("hs-9"), 7, "1.000894", WARD,
                new Applicant(ApplicantKind.CITIZEN, "Trần Thị Bình", "001099012345"), Channel.ONLINE,
                Optional.of("acc-9"), TimeLimit.workingDays(5), Optional.of(DossierId.of("hs-8")),
                DossierState.WITHDRAWAL_REQUESTED, T0, T0.plusHours(3), Optional.of("000.00.01.H29-250303-0001"),
                Optional.empty(), Optional.of(new Position(StepKind.APPRAISAL, DEPT)), true, 2,
                Optional.of(DossierState.PROCESSING), Optional.of(Outcome.REJECTED), Optional.of(T0.plusHours(3)));
        assertThat(a).as("applicant differs").isNotEqualTo(otherApplicant);
    }

    @Test
    void toStringListsTheValuesWithTheApplicantMasked() {
        String s = full(7).toString();
        assertThat(s).startsWith("Dossier[id=").contains("version=7", "state=WITHDRAWAL_REQUESTED",
                "completionRequested=true", "supplementRequests=2", "outcome=Optional[REJECTED]");
        assertThat(s).doesNotContain("001099012345", "Nguyễn Văn An").contains("*********345");
    }

    @Test
    void everyValueOfThePublicConstructorIsRequired() {
        Object[] args = {DossierId.of("hs-9"), 7L, "1.000894", WARD, APPLICANT, Channel.ONLINE, Optional.of("acc-9"),
            TimeLimit.workingDays(5), Optional.empty(), DossierState.SUBMITTED, T0, T0, Optional.empty(),
            Optional.empty(), Optional.empty(), false, 0, Optional.empty(), Optional.empty(), Optional.empty()};
        String[] names = {"id", null, "procedureCode", "receivingAgency", "applicant", "channel", "account", "limit",
            "linkedTo", "state", "submittedAt", "lastEventAt", "code", "clock", "position", null, null,
            "stateBeforeWithdrawal", "outcome", "finishedAt"};
        for (int i = 0; i < args.length; i++) {
            if (names[i] == null) {
                continue; // a primitive
            }
            Object[] copy = args.clone();
            copy[i] = null;
            assertThatThrownBy(() -> construct(copy)).as(names[i])
                    .isInstanceOf(NullPointerException.class).hasMessage(names[i]);
        }
        assertThat(construct(args).state()).isEqualTo(DossierState.SUBMITTED);
    }

    @SuppressWarnings("unchecked")
    private static Dossier construct(Object[] a) {
        return new Dossier((DossierId) a[0], (Long) a[1], (String) a[2], (String) a[3], (Applicant) a[4],
                (Channel) a[5], (Optional<String>) a[6], (TimeLimit) a[7], (Optional<DossierId>) a[8],
                (DossierState) a[9], (LocalDateTime) a[10], (LocalDateTime) a[11], (Optional<String>) a[12],
                (Optional<vn.dvc.deadline.DossierClock>) a[13], (Optional<Position>) a[14], (Boolean) a[15],
                (Integer) a[16], (Optional<DossierState>) a[17], (Optional<Outcome>) a[18],
                (Optional<LocalDateTime>) a[19]);
    }

    @Test
    void dossierIdsAreOneTo64LettersDigitsDotsHyphensOrUnderscores() {
        for (String ok : List.of("hs-1", "A", "a.b_c-D9", "x".repeat(64), DossierId.random().value())) {
            assertThat(DossierId.of(ok).value()).isEqualTo(ok);
        }
        for (String bad : List.of("", "x".repeat(65), "hs 1", "hs/1", "hồ-sơ", "hs-١", "hs-1\n", "hs:1", "hs-1 ")) {
            assertThatThrownBy(() -> DossierId.of(bad)).as(bad).isInstanceOf(vn.dvc.InvalidInputException.class)
                    .satisfies(e -> assertThat(((vn.dvc.InvalidInputException) e).code()).isEqualTo("dossier.badId"));
        }
        assertThatThrownBy(() -> DossierId.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anAcceptedTransitionCarriesExactlyOneEvent() {
        Transition t = DossierEngine.standard().submit(DossierId.of("hs-1"), new DossierCommand.Submit("1.000894", WARD,
                APPLICANT, Channel.ONLINE, Optional.of("acc-1"), TimeLimit.workingDays(5), Optional.empty()),
                new Context(T0, Actor.applicant("acc-1"), vn.dvc.deadline.DeadlinePolicy.national()));
        Transition.Accepted a = (Transition.Accepted) t;
        assertThat(a.events()).containsExactly(a.event());
        assertThat(a.event().version()).isEqualTo(a.dossier().version()).isEqualTo(1);
        assertThatThrownBy(() -> new Transition.Accepted(a.dossier(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("event");
        assertThatThrownBy(() -> new Transition.Accepted(null, a.event())).isInstanceOf(NullPointerException.class)
                .hasMessage("dossier");
    }

    @Test
    void aHandOverIsAPosition() {
        DossierCommand.HandOver h = new DossierCommand.HandOver(StepKind.APPROVAL, DEPT);
        assertThat(h.to()).isEqualTo(new Position(StepKind.APPROVAL, DEPT));
        assertThat(h.step()).isEqualTo(StepKind.APPROVAL);
        assertThat(h.agency()).isEqualTo(DEPT);
        assertThat(h).isEqualTo(new DossierCommand.HandOver(new Position(StepKind.APPROVAL, DEPT)));
        assertThatThrownBy(() -> new DossierCommand.HandOver(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("to");
        assertThatThrownBy(() -> new DossierCommand.HandOver(StepKind.APPROVAL, null))
                .isInstanceOf(NullPointerException.class).hasMessage("agency");
    }

    @Test
    void equalAgencyCodesShareOneInstance() {
        // new String(...) makes distinct instances with equal text, as codes read from sessions or JSON are
        String a = new String("000.00.42.H29");
        String b = new String("000.00.42.H29");
        assertThat(a).isNotSameAs(b);
        Actor officer = Actor.officer("cb-7", Role.PROCESSING_OFFICER, a);
        Position held = new Position(StepKind.APPRAISAL, b);
        assertThat(officer.agency().orElseThrow()).isSameAs(held.agency()).isEqualTo("000.00.42.H29");
        assertThat(AgencyCodes.canonical(new String("000.00.42.H29"))).isSameAs(held.agency());
        // an actor whose agency is already canonical keeps its Optional
        Optional<String> canonical = Optional.of(held.agency());
        assertThat(new Actor("cb-8", Role.APPROVER, canonical).agency()).isSameAs(canonical);
    }

    @Test
    void theCacheIsBoundedAndNeverChangesAValue() {
        String longText = "x".repeat(65);
        assertThat(AgencyCodes.canonical(longText)).isSameAs(longText);
        // far more codes than slots: every answer is still equal to its input
        for (int i = 0; i < 50_000; i++) {
            String code = String.format("%03d.%02d.%02d.H%02d", i % 1000, i / 1000 % 100, i % 97, i % 63);
            assertThat(AgencyCodes.canonical(code)).isEqualTo(code);
        }
    }

    @Test
    void racingThreadsAlwaysGetAnEqualCode() throws InterruptedException {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> wrong = ConcurrentHashMap.newKeySet();
        List<Runnable> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            tasks.add(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < 20_000; i++) {
                    String code = String.format("000.01.%02d.H%02d", (i + seed) % 100, i % 64); // never 000.00.42.H29
                    String c = AgencyCodes.canonical(code);
                    if (!c.equals(code)) {
                        wrong.add(code + "->" + c);
                    }
                }
            });
        }
        tasks.forEach(pool::execute);
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(wrong).isEmpty();
    }
}
