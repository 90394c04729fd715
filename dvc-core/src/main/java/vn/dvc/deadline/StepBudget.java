package vn.dvc.deadline;

import java.util.Objects;
import vn.dvc.InvalidInputException;

/**
 * One step of an internal processing plan and the share of the time limit it may use.
 *
 * @param kind the kind of step
 * @param agency the agency (or department) responsible for it
 * @param budget its share, in working days or working hours
 */
public record StepBudget(StepKind kind, String agency, TimeLimit budget) {

    /**
     * Checks the values.
     *
     * @throws InvalidInputException if the agency is blank or the budget is not in working days or
     *     working hours
     */
    public StepBudget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(budget, "budget");
        if (agency.isBlank()) {
            throw new InvalidInputException("plan.blankAgency", kind);
        }
        if (budget.unit() != LimitUnit.WORKING_DAYS && budget.unit() != LimitUnit.WORKING_HOURS) {
            throw new InvalidInputException("plan.budgetUnit", kind, budget);
        }
    }
}
