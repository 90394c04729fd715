package vn.dvc.dossier;

import java.util.List;
import java.util.Objects;

/**
 * The result of a command: accepted, with the new dossier and the events to append, or rejected,
 * with the reasons. A rejected command changes nothing; no exception is thrown for it.
 */
public sealed interface Transition {

    /**
     * Whether the command was accepted.
     *
     * @return {@code true} for {@link Accepted}
     */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * The command was accepted. A command produces exactly one event.
     *
     * @param dossier the dossier after the command
     * @param event the event to append to the audit trail
     */
    record Accepted(Dossier dossier, DossierEvent event) implements Transition {
        /** Checks the values. */
        public Accepted {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(event, "event");
        }

        /**
         * The events to append to the audit trail, for code that handles lists of events.
         *
         * @return a list of the one {@link #event()}
         */
        public List<DossierEvent> events() {
            return List.of(event);
        }
    }

    /**
     * The command was refused.
     *
     * @param reasons why, at least one
     */
    record Rejected(List<Refusal> reasons) implements Transition {
        /** Copies the list. */
        public Rejected {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs a reason");
            }
        }

        /**
         * The machine-readable codes of the reasons.
         *
         * @return the codes, in order
         */
        public List<String> codes() {
            return reasons.stream().map(Refusal::code).toList();
        }
    }
}
