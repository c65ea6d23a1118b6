package vn.giamsat.plans.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.plans.Exclusion;
import vn.giamsat.plans.internal.planner.BalancedAssignmentSolver;
import vn.giamsat.plans.internal.planner.NoFeasiblePlanException;
import vn.giamsat.plans.internal.planner.PlannerInstance;
import vn.giamsat.plans.internal.planner.PlannerResult;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Runs the exact planner on a plan: folds the rules into forbidden sets, keeps officers'
 * pins, solves, and either saves the assignment or (what-if) only returns it. When no
 * plan exists it names every subject left without an allowed unit and the rule that
 * removed each unit.
 */
@Service
public class PlanningService {

	static final Duration TIME_LIMIT = Duration.ofSeconds(10);

	private final PlanStore store;

	private final PlanFacts facts;

	private final AuditLog audit;

	private final Clock clock;

	private final vn.giamsat.platform.web.Messages messages;

	private final BalancedAssignmentSolver solver = new BalancedAssignmentSolver();

	PlanningService(PlanStore store, PlanFacts facts, AuditLog audit, Clock clock,
			vn.giamsat.platform.web.Messages messages) {
		this.messages = messages;
		this.store = store;
		this.facts = facts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Capacities or rotation window changed for a what-if run; null means "as in the
	 * plan".
	 */
	public record WhatIf(Map<Long, BigDecimal> capacities, Integer rotationWindow) {

		public static final WhatIf NONE = new WhatIf(Map.of(), null);

	}

	/**
	 * A solved plan: assignments by subject, the solver's evidence, and the exclusions
	 * used.
	 */
	public record Outcome(Map<Long, AssignmentRow> assignments, PlannerResult result,
			Map<Long, List<Exclusion>> exclusions, List<FocalUnitRow> units) {
	}

	@Transactional
	public Outcome solveAndSave(PlanRow plan, int expectedVersion) {
		store.touch(plan.id(), expectedVersion);
		Outcome outcome = solve(plan, WhatIf.NONE);
		store.replaceAssignments(plan.id(), new ArrayList<>(outcome.assignments().values()));
		PlannerResult r = outcome.result();
		store.setResult(plan.id(), r.balance(), r.lowerBound(), r.optimal(), r.groupsKeptWhole(),
				OffsetDateTime.now(clock));
		audit.record("SOLVE", "SupervisionPlan", plan.id(), null,
				Map.of("balance", r.balance(), "lowerBound", r.lowerBound(), "optimal", r.optimal(), "groupsKeptWhole",
						r.groupsKeptWhole(), "subjects", outcome.assignments().size()));
		return outcome;
	}

	@Transactional(readOnly = true)
	public Outcome solve(PlanRow plan, WhatIf whatIf) {
		List<FocalUnitRow> units = withCapacities(store.focalUnits(plan.id()), whatIf.capacities());
		int window = whatIf.rotationWindow() != null ? whatIf.rotationWindow() : plan.rotationWindow();
		AssignmentRules.Facts f = facts.of(plan, units, window);
		if (f.subjects().isEmpty()) {
			throw new UserInputException("subjects", "plan.error.noSubjects");
		}
		if (units.isEmpty()) {
			throw new UserInputException("units", "plan.error.noUnits");
		}
		Map<Long, List<Exclusion>> exclusions = AssignmentRules.exclusions(f);
		Map<Long, AssignmentRow> pins = store.assignments(plan.id())
			.stream()
			.filter(AssignmentRow::pinned)
			.collect(Collectors.toMap(AssignmentRow::subjectId, a -> a));
		List<Problem> brokenPins = new ArrayList<>();
		List<PlannerInstance.SubjectSpec> specs = new ArrayList<>();
		for (SubjectRow s : f.subjects()) {
			Set<String> forbidden = exclusions.get(s.id())
				.stream()
				.map(e -> String.valueOf(e.unitId()))
				.collect(Collectors.toSet());
			AssignmentRow pin = pins.get(s.id());
			String pinned = pin == null ? null : String.valueOf(pin.focalUnitId());
			if (pinned != null && forbidden.contains(pinned)) {
				brokenPins.add(Problem.of("pin", "plan.error.pinBreaksRule", s.label()));
				pinned = null;
			}
			specs.add(new PlannerInstance.SubjectSpec(String.valueOf(s.id()), s.groupKey(), forbidden, pinned));
		}
		if (!brokenPins.isEmpty()) {
			throw new UserInputException(brokenPins);
		}
		List<PlannerInstance.UnitSpec> unitSpecs = units.stream()
			.map(u -> new PlannerInstance.UnitSpec(String.valueOf(u.organisationId()), u.capacity().doubleValue()))
			.toList();
		PlannerResult result;
		try {
			result = solver.solve(new PlannerInstance(unitSpecs, specs), TIME_LIMIT);
		}
		catch (NoFeasiblePlanException ex) {
			throw new UserInputException(infeasible(ex, f, exclusions));
		}
		Map<Long, AssignmentRow> rows = new LinkedHashMap<>();
		for (PlannerResult.Assignment a : result.assignments()) {
			long subject = Long.parseLong(a.subject());
			AssignmentRow pin = pins.get(subject);
			rows.put(subject, new AssignmentRow(subject, Long.parseLong(a.unit()), pin != null,
					pin == null ? null : pin.reason()));
		}
		return new Outcome(rows, result, exclusions, units);
	}

	/** Names every stuck subject and, for each unit, the rule that removed it. */
	private List<Problem> infeasible(NoFeasiblePlanException ex, AssignmentRules.Facts f,
			Map<Long, List<Exclusion>> exclusions) {
		Map<Long, String> labels = new HashMap<>();
		f.subjects().forEach(s -> labels.put(s.id(), s.label()));
		Map<Long, String> unitNames = new HashMap<>();
		f.units().forEach(u -> unitNames.put(u.organisationId(), u.name()));
		List<Problem> problems = new ArrayList<>();
		for (String id : ex.subjectsWithoutAllowedUnit()) {
			long subject = Long.parseLong(id);
			String why = exclusions.get(subject)
				.stream()
				.map(e -> unitNames.get(e.unitId()) + " (" + messages.get(e.rule().messageKey(), e.detail()) + ")")
				.distinct()
				.collect(Collectors.joining("; "));
			problems.add(Problem.of("subjects", "plan.error.noAllowedUnit", labels.get(subject), why));
		}
		return problems;
	}

	private static List<FocalUnitRow> withCapacities(List<FocalUnitRow> units, Map<Long, BigDecimal> capacities) {
		if (capacities.isEmpty()) {
			return units;
		}
		return units.stream()
			.map(u -> capacities.containsKey(u.organisationId()) ? new FocalUnitRow(u.organisationId(), u.code(),
					u.name(), u.type(), capacities.get(u.organisationId())) : u)
			.toList();
	}

}
