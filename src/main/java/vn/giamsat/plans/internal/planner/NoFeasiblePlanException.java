package vn.giamsat.plans.internal.planner;

import java.util.List;

/**
 * No plan exists. Because capacities are weights and not hard caps, the only way this can
 * happen is a subject whose forbidden set covers every unit; the exception names all such
 * subjects (not just the first) so the caller can explain, with its own reasons
 * (rotation, conflict of interest), why each unit was removed. Message code:
 * {@value #CODE}, one problem per subject.
 */
public class NoFeasiblePlanException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Message code for one subject without an allowed unit; argument {0} is the subject
	 * id.
	 */
	public static final String CODE = "planner.error.noAllowedUnit";

	private final transient List<String> subjectsWithoutAllowedUnit;

	public NoFeasiblePlanException(List<String> subjectsWithoutAllowedUnit) {
		super(CODE + subjectsWithoutAllowedUnit);
		this.subjectsWithoutAllowedUnit = List.copyOf(subjectsWithoutAllowedUnit);
	}

	/** Ids of the subjects that have no allowed unit, in input order. */
	public List<String> subjectsWithoutAllowedUnit() {
		return subjectsWithoutAllowedUnit;
	}

	/** The same information as message problems, one per subject. */
	public List<PlannerProblem> problems() {
		return subjectsWithoutAllowedUnit.stream().map(id -> PlannerProblem.of(CODE, id)).toList();
	}

}
