package vn.giamsat.plans.internal.planner;

import java.util.List;

/**
 * The instance is malformed (as opposed to well-formed but without a plan, see
 * {@link NoFeasiblePlanException}). Carries every problem found, not only the first, so a
 * user can fix the whole request in one go.
 */
public class InvalidPlannerInputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<PlannerProblem> problems;

	public InvalidPlannerInputException(List<PlannerProblem> problems) {
		super(problems.stream().map(p -> p.code() + p.arguments()).toList().toString());
		this.problems = List.copyOf(problems);
	}

	/** The problems, each a message code with its arguments, in input order. */
	public List<PlannerProblem> problems() {
		return problems;
	}

}
