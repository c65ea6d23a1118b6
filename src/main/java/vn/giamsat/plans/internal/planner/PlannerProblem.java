package vn.giamsat.plans.internal.planner;

import java.util.List;

/**
 * One reason why the solver refused its input: a message code of
 * {@code messages/planner*.properties} and the arguments for its placeholders.
 *
 * <p>
 * The solver never produces user text itself, so the web layer can render the problem in
 * the user's language (Vietnamese by default).
 *
 * @param code message code, e.g. {@code planner.error.capacityNotPositive}
 * @param arguments values for {@code {0}}, {@code {1}}, … in the message
 */
public record PlannerProblem(String code, List<String> arguments) {

	public PlannerProblem {
		arguments = List.copyOf(arguments);
	}

	static PlannerProblem of(String code, String... arguments) {
		return new PlannerProblem(code, List.of(arguments));
	}
}
