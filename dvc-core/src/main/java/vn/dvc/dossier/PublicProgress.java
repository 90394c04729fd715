package vn.dvc.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dvc.deadline.DeadlinePolicy;
import vn.dvc.deadline.StepKind;

/**
 * The public progress of one dossier (công khai tiến độ giải quyết từng hồ sơ): what anyone who
 * knows the dossier code may see. It holds no personal data: no applicant name, identifier or
 * account, no officer identity, no reasons or document lists, only steps, agencies, times, the due
 * and whether it is kept.
 *
 * @param dossierCode the dossier code, empty before receipt
 * @param procedureCode the procedure
 * @param state the state's portal code and labels
 * @param steps the public steps in order
 * @param due the current due, once received
 * @param timeliness the Vietnamese label of the status at the instant of the view (e.g. "Đúng hạn",
 *     "Quá hạn", "Chưa đến hạn"), once received
 */
public record PublicProgress(Optional<String> dossierCode, String procedureCode, DossierState state, List<Step> steps,
        Optional<LocalDateTime> due, Optional<String> timeliness) {

    /**
     * One public step.
     *
     * @param at when it happened
     * @param step the processing step, if the event moved the dossier to one
     * @param agency the agency that held the dossier after it
     * @param state the state after it
     */
    public record Step(LocalDateTime at, Optional<StepKind> step, String agency, DossierState state) {
    }

    /**
     * Copies the list.
     */
    public PublicProgress {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(state, "state");
        steps = List.copyOf(steps);
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(timeliness, "timeliness");
    }

    /**
     * The public view of a dossier at an instant.
     *
     * @param events the dossier's audit trail
     * @param policy the deadline rules the dossier is pinned to
     * @param at the instant of the view
     * @return the public progress
     */
    public static PublicProgress of(List<DossierEvent> events, DeadlinePolicy policy, LocalDateTime at) {
        Dossier d = Dossier.created(events.get(0));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(d.submittedAt(), Optional.empty(), d.receivingAgency(), d.state()));
        for (int i = 1; i < events.size(); i++) {
            DossierEvent e = events.get(i);
            d = d.apply(e);
            Optional<StepKind> kind = e.data() instanceof EventData.HandedOver h ? Optional.of(h.to().step())
                    : Optional.empty();
            steps.add(new Step(e.at(), kind, d.currentAgency(), d.state()));
        }
        Optional<LocalDateTime> due = Optional.empty();
        Optional<String> timeliness = Optional.empty();
        if (d.clock().isPresent()) {
            var clock = d.clock().get();
            if (d.finishedAt().isPresent()) {
                var verdict = policy.completion(clock, d.finishedAt().get());
                due = Optional.of(verdict.due());
                timeliness = Optional.of(verdict.kind().label());
            } else {
                var status = policy.status(clock, at);
                due = Optional.of(status.due());
                timeliness = Optional.of(status.state().label());
            }
        }
        return new PublicProgress(d.code(), d.procedureCode(), d.state(), steps, due, timeliness);
    }
}
