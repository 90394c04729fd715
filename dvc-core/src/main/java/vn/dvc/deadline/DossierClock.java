package vn.dvc.deadline;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dvc.Channel;

/**
 * A dossier's processing clock as data: when it was received, when the clock started, its time
 * limit, its pauses and its extensions. No timers: {@link DeadlinePolicy} computes the due and
 * the status as pure functions of a clock, a calendar and an instant.
 *
 * <p>Immutable; {@link #pause}, {@link #resume} and {@link #extend} return a new clock and leave
 * this one unchanged. An operation that contradicts the history throws
 * {@link ClockStateException}.
 *
 * @param receivedAt when the complete, valid dossier was officially received
 * @param channel how it was received
 * @param limit the procedure's time limit
 * @param start when the clock started ({@link DeadlinePolicy#clockStart})
 * @param pauses the pauses in time order; only the last may be open
 * @param extensions the extensions granted, in time order
 */
public record DossierClock(LocalDateTime receivedAt, Channel channel, TimeLimit limit, LocalDateTime start,
        List<Pause> pauses, List<Extension> extensions) {

    /**
     * Checks the history.
     *
     * @throws ClockStateException if the start precedes the receipt, a pause precedes the start,
     *     pauses overlap or are out of order, or an extension precedes the start
     */
    public DossierClock {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(start, "start");
        pauses = List.copyOf(pauses);
        extensions = List.copyOf(extensions);
        if (start.isBefore(receivedAt)) {
            throw new ClockStateException("clock.startBeforeReceipt", start, receivedAt);
        }
        LocalDateTime previousEnd = start;
        for (int i = 0; i < pauses.size(); i++) {
            Pause p = pauses.get(i);
            if (p.from().isBefore(start)) {
                throw new ClockStateException("clock.pauseBeforeStart", p.from(), start);
            }
            if (p.from().isBefore(previousEnd)) {
                throw new ClockStateException("clock.overlappingPause", p.from(), previousEnd);
            }
            if (p.isOpen() && i < pauses.size() - 1) {
                throw new ClockStateException("clock.alreadyPaused", pauses.get(i + 1).from(), p.from());
            }
            previousEnd = p.until().orElse(p.from());
        }
        LocalDateTime previousIssue = start;
        for (Extension e : extensions) {
            if (e.issuedAt().isBefore(previousIssue)) {
                throw new ClockStateException("clock.extensionOrder", e.issuedAt(), previousIssue);
            }
            previousIssue = e.issuedAt();
        }
    }

    /**
     * Stops the clock.
     *
     * @param at when it stops; not before the start or the end of the previous pause
     * @param reason why
     * @return the paused clock
     * @throws ClockStateException if the clock is already paused or {@code at} is too early
     */
    public DossierClock pause(LocalDateTime at, PauseReason reason) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Optional<Pause> open = openPause();
        if (open.isPresent()) {
            throw new ClockStateException("clock.alreadyPaused", at, open.get().from());
        }
        List<Pause> list = new ArrayList<>(pauses);
        list.add(new Pause(at, Optional.empty(), reason));
        return new DossierClock(receivedAt, channel, limit, start, list, extensions);
    }

    /**
     * Restarts the clock after a pause.
     *
     * @param at when it resumes (for a supplement: when the dossier became complete)
     * @return the running clock
     * @throws ClockStateException if the clock is not paused or {@code at} precedes the pause
     */
    public DossierClock resume(LocalDateTime at) {
        Objects.requireNonNull(at, "at");
        Pause open = openPause().orElseThrow(() -> new ClockStateException("clock.notPaused", at));
        List<Pause> list = new ArrayList<>(pauses);
        list.set(list.size() - 1, new Pause(open.from(), Optional.of(at), open.reason()));
        return new DossierClock(receivedAt, channel, limit, start, list, extensions);
    }

    /**
     * Grants an extension, if the policy allows it (see
     * {@link DeadlinePolicy#extensionRefusal(DossierClock, Extension)}).
     *
     * @param policy the rules and calendar that apply
     * @param extension the apology and new appointment
     * @return the extended clock
     * @throws ClockStateException if the policy refuses the extension (a second one, a late one,
     *     a new due not after the current one)
     */
    public DossierClock extend(DeadlinePolicy policy, Extension extension) {
        Optional<ClockStateException> refusal = policy.extensionRefusal(this, extension);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        List<Extension> list = new ArrayList<>(extensions);
        list.add(extension);
        return new DossierClock(receivedAt, channel, limit, start, pauses, list);
    }

    /**
     * The pause that is running, if any.
     *
     * @return the open pause
     */
    public Optional<Pause> openPause() {
        return pauses.isEmpty() || !pauses.get(pauses.size() - 1).isOpen() ? Optional.empty()
                : Optional.of(pauses.get(pauses.size() - 1));
    }

    /**
     * Whether the clock is stopped now.
     *
     * @return {@code true} while a pause is open
     */
    public boolean isPaused() {
        return openPause().isPresent();
    }
}
