package vn.dvc.deadline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The verdict on a finished dossier.
 *
 * @param kind early, on time or overdue
 * @param due the due it is judged against (the policy's rule, extensions included)
 * @param finishedAt when it was finished
 * @param lateWorkingTime working time from the due to the finish; zero unless overdue (and zero
 *     too when the finish came after the due but outside office hours)
 * @param lateWorkingDays working days after the due date up to and including the finish date;
 *     zero unless overdue
 */
public record Completion(CompletionKind kind, LocalDateTime due, LocalDateTime finishedAt, Duration lateWorkingTime,
        long lateWorkingDays) {

    /**
     * Checks the values.
     */
    public Completion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(lateWorkingTime, "lateWorkingTime");
    }
}
