package vn.dvc.deadline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import vn.dvc.InvalidInputException;

/**
 * An internal processing plan (quy trình nội bộ): the procedure's time limit split into step
 * budgets, e.g. 5 working days = reception 4 h, appraisal 3 days, approval 1 day, return 4 h.
 *
 * <p>Working days and working hours are compared through the length of a working day (8 hours on
 * the standard office hours). A plan whose budgets add up to more than the limit is refused.
 * Immutable.
 *
 * @param limit the procedure's time limit, in working days or working hours
 * @param steps the steps in order
 * @param workingDay the working time of one working day
 */
public record ProcessingPlan(TimeLimit limit, List<StepBudget> steps, Duration workingDay) {

    /**
     * Checks the plan.
     *
     * @throws InvalidInputException if there is no step, the limit is not in working days or
     *     hours, the day length is not positive, or the budgets exceed the limit
     */
    public ProcessingPlan {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(workingDay, "workingDay");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new InvalidInputException("plan.noSteps");
        }
        if (limit.unit() != LimitUnit.WORKING_DAYS && limit.unit() != LimitUnit.WORKING_HOURS) {
            throw new InvalidInputException("plan.limitUnit", limit);
        }
        if (workingDay.isNegative() || workingDay.isZero()) {
            throw new InvalidInputException("plan.dayLength", workingDay);
        }
        Duration total = Duration.ZERO;
        for (StepBudget s : steps) {
            total = total.plus(asTime(s.budget(), workingDay));
        }
        Duration max = asTime(limit, workingDay);
        if (total.compareTo(max) > 0) {
            throw new InvalidInputException("plan.exceedsLimit", format(total), limit, format(max));
        }
    }

    /**
     * A plan on the standard eight-hour working day.
     *
     * @param limit the time limit
     * @param steps the steps in order
     * @return the plan
     * @throws InvalidInputException if the budgets exceed the limit
     */
    public static ProcessingPlan of(TimeLimit limit, List<StepBudget> steps) {
        return new ProcessingPlan(limit, steps, Duration.ofHours(8));
    }

    /**
     * The working time a limit in working days or hours stands for.
     *
     * @param limit the limit
     * @param workingDay the length of a working day
     * @return the working time
     */
    static Duration asTime(TimeLimit limit, Duration workingDay) {
        return limit.unit() == LimitUnit.WORKING_DAYS ? workingDay.multipliedBy(limit.amount())
                : Duration.ofHours(limit.amount());
    }

    private static String format(Duration d) {
        return d.toHours() + "h" + (d.toMinutesPart() == 0 ? "" : d.toMinutesPart() + "m");
    }
}
