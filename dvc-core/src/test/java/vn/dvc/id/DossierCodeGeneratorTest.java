package vn.dvc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.dvc.i18n.Messages;

class DossierCodeGeneratorTest {

    private static final AgencyId UBND = AgencyId.parse("000.00.00.H30");
    private static final AgencyId SO = AgencyId.parse("000.00.15.H29");
    private static final AgencyId CENTRAL = AgencyId.parse("H29.123.45");

    /** A clock that tests can move. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        MutableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void numbersEachAgencyFromOneEveryDay() {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-29T02:00:00Z"));
        DossierCodeGenerator gen = DossierCodeGenerator.create(clock);
        assertThat(gen.next(UBND).toString()).isEqualTo("000.00.00.H30-250129-0001");
        assertThat(gen.next(UBND).toString()).isEqualTo("000.00.00.H30-250129-0002");
        assertThat(gen.next(SO).toString()).isEqualTo("000.00.15.H29-250129-0001");
        // 17:30 UTC is 00:30 the next day in Vietnam: a new day, a new sequence
        clock.set(Instant.parse("2025-01-29T17:30:00Z"));
        assertThat(gen.today()).isEqualTo(LocalDate.of(2025, 1, 30));
        assertThat(gen.next(UBND).toString()).isEqualTo("000.00.00.H30-250130-0001");
        clock.set(Instant.parse("2025-02-05T03:00:00Z"));
        assertThat(gen.next(UBND).toString()).isEqualTo("000.00.00.H30-250205-0001");
    }

    @Test
    void readsTheDateInTheGivenZone() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-29T17:30:00Z"), ZoneOffset.UTC);
        assertThat(DossierCodeGenerator.create(clock).next(UBND).receiptDate()).isEqualTo(LocalDate.of(2025, 1, 30));
        assertThat(DossierCodeGenerator.create(clock, ZoneOffset.UTC).next(UBND).receiptDate())
                .isEqualTo(LocalDate.of(2025, 1, 29));
    }

    @Test
    void refusesToWrapAroundAfter9999() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-29T02:00:00Z"), ZoneOffset.UTC);
        DossierCodeGenerator gen = DossierCodeGenerator.create(clock);
        gen.resumeAfter(DossierCode.parse("000.00.00.H30-250129-9998"));
        assertThat(gen.next(UBND).toString()).isEqualTo("000.00.00.H30-250129-9999");
        DossierSequenceExhaustedException e = catchThrowableOfType(DossierSequenceExhaustedException.class,
                () -> gen.next(UBND));
        assertThat(e.code()).isEqualTo("id.dossier.exhausted");
        assertThat(e.getMessage()).isEqualTo("The agency 000.00.00.H30 has already issued 9999 dossier codes on"
                + " 2025-01-29, the most the sequence allows: dvc does not start again at 1, which would repeat a code.");
        assertThat(e.message(Messages.VIETNAMESE)).startsWith("Cơ quan 000.00.00.H30 đã cấp 9999 mã số hồ sơ");
        assertThatThrownBy(() -> gen.next(UBND)).isInstanceOf(DossierSequenceExhaustedException.class);
        // other agencies are unaffected
        assertThat(gen.next(SO).sequence()).isEqualTo(1);
    }

    @Test
    void resumesAfterTheLastCodeIssued() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-29T02:00:00Z"), ZoneOffset.UTC);
        DossierCodeGenerator gen = DossierCodeGenerator.create(clock);
        gen.resumeAfter(DossierCode.parse("000.00.00.H30-250129-0041"));
        gen.resumeAfter(DossierCode.parse("000.00.00.H30-250129-0007"));   // older: no effect
        gen.resumeAfter(DossierCode.parse("000.00.00.H30-250128-0500"));   // another day: no effect today
        assertThat(gen.next(UBND).toString()).isEqualTo("000.00.00.H30-250129-0042");
    }

    @Test
    void asksTheLookupOncePerAgencySystemAndDay() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-29T02:00:00Z"), ZoneOffset.UTC);
        AtomicInteger calls = new AtomicInteger();
        DossierCodeGenerator gen = DossierCodeGenerator.create(clock, DossierCodeGenerator.VIETNAM,
                (agency, system, day) -> {
                    calls.incrementAndGet();
                    if (agency.equals(UBND) && system.isEmpty() && day.equals(LocalDate.of(2025, 1, 29))) {
                        return OptionalLong.of(120);
                    }
                    if (agency.equals(CENTRAL) && system.orElse(-1) == 3) {
                        return OptionalLong.of(9999);
                    }
                    return OptionalLong.empty();
                });
        assertThat(gen.next(UBND).sequence()).isEqualTo(121);
        assertThat(gen.next(UBND).sequence()).isEqualTo(122);
        assertThat(gen.next(SO).sequence()).isEqualTo(1);
        assertThat(gen.nextCentralised(CENTRAL, 3).toString()).isEqualTo("H29.123.45-250129-0310000");
        assertThat(gen.nextCentralised(CENTRAL, 4).toString()).isEqualTo("H29.123.45-250129-040001");
        assertThat(calls.get()).isEqualTo(4);
    }

    @Test
    void centralisedSequencesArePerSystem() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-29T02:00:00Z"), ZoneOffset.UTC);
        DossierCodeGenerator gen = DossierCodeGenerator.create(clock);
        assertThat(gen.nextCentralised(CENTRAL, 1).toString()).isEqualTo("H29.123.45-250129-010001");
        assertThat(gen.nextCentralised(CENTRAL, 1).toString()).isEqualTo("H29.123.45-250129-010002");
        assertThat(gen.nextCentralised(CENTRAL, 2).toString()).isEqualTo("H29.123.45-250129-020001");
        assertThat(gen.next(CENTRAL).toString()).isEqualTo("H29.123.45-250129-0001");
        assertThatThrownBy(() -> gen.nextCentralised(UBND, 1)).extracting("code").isEqualTo("id.dossier.centralAgency");
        assertThatThrownBy(() -> gen.nextCentralised(CENTRAL, 100)).extracting("code").isEqualTo("id.dossier.systemId");
        assertThat(gen.nextCentralised(CENTRAL, 1).sequence()).isEqualTo(3);
    }

    @Test
    void manyThreadsGetDistinctConsecutiveCodes() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-01-29T02:00:00Z"), ZoneOffset.UTC);
        DossierCodeGenerator gen = DossierCodeGenerator.create(clock);
        int threads = 8;
        int perThread = 1000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<DossierCode>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<DossierCode>> task = () -> {
                    start.await();
                    List<DossierCode> mine = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        mine.add(gen.next(UBND));
                    }
                    return mine;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            Set<DossierCode> all = new HashSet<>();
            Set<Long> sequences = new HashSet<>();
            for (Future<List<DossierCode>> f : futures) {
                for (DossierCode c : f.get()) {
                    assertThat(all.add(c)).as("duplicate %s", c).isTrue();
                    sequences.add(c.sequence());
                }
            }
            assertThat(all).hasSize(threads * perThread);
            assertThat(sequences).hasSize(8000);
            assertThat(sequences.stream().mapToLong(Long::longValue).min().getAsLong()).isEqualTo(1);
            assertThat(sequences.stream().mapToLong(Long::longValue).max().getAsLong()).isEqualTo(8000);
        } finally {
            pool.shutdownNow();
        }
    }
}
