package vn.giamsat.plans.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.giamsat.plans.internal.planner.BalancedAssignmentSolver;
import vn.giamsat.plans.internal.planner.InvalidPlannerInputException;
import vn.giamsat.plans.internal.planner.NoFeasiblePlanException;
import vn.giamsat.plans.internal.planner.PlannerInstance;
import vn.giamsat.plans.internal.planner.PlannerProblem;
import vn.giamsat.plans.internal.planner.PlannerResult;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * The contract's stateless planner (API-CONTRACT.md "Planner"): the same solver the plan
 * pages use, on an instance given in the request; writes nothing. Any signed-in account
 * may call it.
 */
@RestController
@Tag(name = "Planner", description = "Phân công đơn vị đầu mối: cân bằng tối ưu có chứng minh, không trùng lặp")
class PlannerApiController {

	static final long MAX_LIMIT_MILLIS = 60_000;

	private final BalancedAssignmentSolver solver = new BalancedAssignmentSolver();

	record UnitJson(String id, Double capacity) {
	}

	record SubjectJson(String id, String group, List<String> forbidden) {
	}

	record SolveRequest(List<UnitJson> units, List<SubjectJson> subjects, Long timeLimitMillis) {
	}

	record AssignmentJson(String subject, String unit) {
	}

	record SolveResponse(List<AssignmentJson> assignments, double balance, double lowerBound, boolean optimal,
			int groupsKeptWhole, long millis) {
	}

	@PostMapping("/api/v1/planner/solve")
	@Operation(summary = "Giải bài toán phân công: mỗi đối tượng đúng một đơn vị, không thuộc danh sách cấm; "
			+ "cực tiểu Σ(tải − mục tiêu)², rồi giữ nguyên nhóm. 422 nêu các đối tượng không còn đơn vị hợp lệ.")
	SolveResponse solve(@RequestBody SolveRequest request) {
		if (request == null || request.units() == null || request.subjects() == null) {
			throw new UserInputException("subjects", "planner.error.noSubjects");
		}
		List<PlannerInstance.UnitSpec> units = new ArrayList<>();
		for (UnitJson u : request.units()) {
			units.add(new PlannerInstance.UnitSpec(u.id(), u.capacity() == null ? Double.NaN : u.capacity()));
		}
		List<PlannerInstance.SubjectSpec> subjects = new ArrayList<>();
		for (SubjectJson s : request.subjects()) {
			subjects.add(new PlannerInstance.SubjectSpec(s.id(), s.group(),
					s.forbidden() == null ? Set.of() : Set.copyOf(s.forbidden())));
		}
		long limit = request.timeLimitMillis() == null ? 10_000
				: Math.max(1, Math.min(MAX_LIMIT_MILLIS, request.timeLimitMillis()));
		try {
			PlannerResult r = solver.solve(new PlannerInstance(units, subjects), Duration.ofMillis(limit));
			return new SolveResponse(
					r.assignments().stream().map(a -> new AssignmentJson(a.subject(), a.unit())).toList(), r.balance(),
					r.lowerBound(), r.optimal(), r.groupsKeptWhole(), r.millis());
		}
		catch (NoFeasiblePlanException ex) {
			throw new UserInputException(problems(ex.problems()));
		}
		catch (InvalidPlannerInputException ex) {
			throw new UserInputException(problems(ex.problems()));
		}
	}

	private static List<Problem> problems(List<PlannerProblem> problems) {
		return problems.stream().map(p -> Problem.of("subjects", p.code(), p.arguments().toArray())).toList();
	}

}
