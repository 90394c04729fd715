/**
 * The deadline engine: when a dossier's processing clock starts, when the dossier is due, and how
 * late it is (Decree 61/2018 Art. 17–19, Decision 766/QĐ-TTg).
 *
 * <p>A {@link vn.dvc.deadline.DossierClock} is data (receipt, clock start, limit, pauses,
 * extensions); a {@link vn.dvc.deadline.DeadlinePolicy} holds an agency's rules for a procedure
 * and computes dues, statuses and verdicts as pure functions of a clock, its calendar and an
 * instant. There are no timers: callers ask for the status at an instant, or sweep.
 */
package vn.dvc.deadline;
