package vn.giamsat.plans.internal.planner;

import java.util.List;
import java.util.Set;

/**
 * One assignment problem for {@link BalancedAssignmentSolver}: the supervising units with
 * their weights and the subjects that each need exactly one focal unit.
 *
 * <p>
 * Kept as plain data so that the plan pages and the stateless
 * {@code /api/v1/planner/solve} endpoint can build it from whatever they hold; the caller
 * folds rotation and conflict rules into {@link SubjectSpec#forbidden()} before calling,
 * so the solver needs to know nothing about them.
 *
 * @param units the candidate focal units, in the order the caller wants them reported
 * @param subjects the subjects; results come back in this order
 */
public record PlannerInstance(List<UnitSpec> units, List<SubjectSpec> subjects) {

	public PlannerInstance {
		units = units == null ? List.of() : List.copyOf(units);
		subjects = subjects == null ? List.of() : List.copyOf(subjects);
	}

	/**
	 * A supervising unit.
	 *
	 * @param id unique identifier
	 * @param capacity positive weight: the unit's fair share of subjects is N × capacity
	 * ÷ Σ capacity. It is a weight, not a hard cap. Used with at most nine decimal places
	 * (rounded half-even), so that every comparison the solver makes can be done exactly
	 * in integers.
	 */
	public record UnitSpec(String id, double capacity) {
	}

	/**
	 * A supervised person, agency or ward.
	 *
	 * @param id unique identifier
	 * @param group agency or ward the subject belongs to; {@code null} for none. Subjects
	 * of one group are kept under as few units as the optimal balance allows.
	 * @param forbidden units that must not supervise this subject (null means none)
	 * @param pinnedUnit the unit this subject must get, or {@code null}; it must not be
	 * forbidden
	 */
	public record SubjectSpec(String id, String group, Set<String> forbidden, String pinnedUnit) {

		public SubjectSpec {
			forbidden = forbidden == null ? Set.of() : Set.copyOf(forbidden);
		}

		/** A subject without pin. */
		public SubjectSpec(String id, String group, Set<String> forbidden) {
			this(id, group, forbidden, null);
		}
	}
}
