package vn.dvc.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvc.Channel;
import vn.dvc.i18n.Messages;

class DossierClockTest {

    private final DeadlinePolicy policy = DeadlinePolicy.national();
    private final DossierClock clock = policy.startClock(LocalDateTime.of(2025, 3, 3, 9, 0), Channel.COUNTER,
            TimeLimit.workingDays(10));

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void pauseAndResumeLeaveTheOriginalUnchanged() {
        DossierClock paused = clock.pause(t("2025-03-04T09:00"), PauseReason.SUPPLEMENT);
        assertThat(clock.pauses()).isEmpty();
        assertThat(paused.isPaused()).isTrue();
        DossierClock resumed = paused.resume(t("2025-03-05T09:00"));
        assertThat(paused.isPaused()).isTrue();
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.pauses()).containsExactly(new Pause(t("2025-03-04T09:00"), Optional.of(t("2025-03-05T09:00")),
                PauseReason.SUPPLEMENT));
    }

    @Test
    void aResumeWithoutAPauseIsRefused() {
        assertThatThrownBy(() -> clock.resume(t("2025-03-04T09:00"))).isInstanceOf(ClockStateException.class)
                .hasMessage("Cannot resume at 2025-03-04T09:00: the clock is not paused.")
                .satisfies(e -> assertThat(((ClockStateException) e).message(Messages.VIETNAMESE))
                        .isEqualTo("Không thể tiếp tục lúc 2025-03-04T09:00: thời hạn không tạm dừng."));
    }

    @Test
    void aPauseBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> clock.pause(t("2025-03-03T08:59"), PauseReason.SUPPLEMENT))
                .isInstanceOf(ClockStateException.class)
                .hasMessage("A pause at 2025-03-03T08:59 is before the clock started at 2025-03-03T09:00.");
    }

    @Test
    void overlappingPausesAreRefused() {
        DossierClock paused = clock.pause(t("2025-03-04T09:00"), PauseReason.SUPPLEMENT);
        assertThatThrownBy(() -> paused.pause(t("2025-03-04T10:00"), PauseReason.OTHER)).isInstanceOf(ClockStateException.class)
                .hasMessageStartingWith("The clock is already paused since 2025-03-04T09:00");
        DossierClock resumed = paused.resume(t("2025-03-06T09:00"));
        assertThatThrownBy(() -> resumed.pause(t("2025-03-05T09:00"), PauseReason.OTHER)).isInstanceOf(ClockStateException.class)
                .hasMessageStartingWith("A pause at 2025-03-05T09:00 overlaps the previous one");
        assertThatThrownBy(() -> paused.resume(t("2025-03-04T08:00"))).isInstanceOf(ClockStateException.class)
                .hasMessage("Cannot resume at 2025-03-04T08:00, before the pause that began at 2025-03-04T09:00.");
    }

    @Test
    void aClockBuiltFromDataIsChecked() {
        assertThatThrownBy(() -> new DossierClock(t("2025-03-03T09:00"), Channel.ONLINE, TimeLimit.workingDays(1),
                t("2025-03-03T08:00"), List.of(), List.of())).isInstanceOf(ClockStateException.class);
        Pause open = new Pause(t("2025-03-04T09:00"), Optional.empty(), PauseReason.OTHER);
        Pause later = new Pause(t("2025-03-05T09:00"), Optional.of(t("2025-03-05T10:00")), PauseReason.OTHER);
        assertThatThrownBy(() -> new DossierClock(t("2025-03-03T09:00"), Channel.ONLINE, TimeLimit.workingDays(1),
                t("2025-03-03T09:00"), List.of(open, later), List.of())).isInstanceOf(ClockStateException.class);
        assertThatThrownBy(() -> new DossierClock(t("2025-03-03T09:00"), Channel.ONLINE, TimeLimit.workingDays(1),
                t("2025-03-03T09:00"), List.of(), List.of(
                        new Extension(t("2025-03-05T09:00"), t("2025-03-20T09:00"), "a", "b"),
                        new Extension(t("2025-03-04T09:00"), t("2025-03-20T09:00"), "a", "b"))))
                .isInstanceOf(ClockStateException.class);
        assertThatThrownBy(() -> new Pause(t("2025-03-05T09:00"), Optional.of(t("2025-03-04T09:00")), PauseReason.OTHER))
                .isInstanceOf(ClockStateException.class);
    }
}
