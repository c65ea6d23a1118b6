package vn.giamsat.cultivation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.cultivation.internal.CultivationPlanStore;
import vn.giamsat.cultivation.internal.CultivationPlanStore.PlanRow;
import vn.giamsat.cultivation.internal.LifecycleStore;
import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PersonView;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;

/**
 * Reads one plan for its detail page: the cadre their own, officers the people in their
 * scope; and works out which actions the viewer may take, with the same rules the
 * commands enforce.
 */
@Service
public class CultivationPlanDetails {

	private final CultivationPlanStore store;

	private final LifecycleStore lifecycle;

	private final PeopleDirectory people;

	private final CurrentAccess access;

	private final CultivationAccess rules;

	CultivationPlanDetails(CultivationPlanStore store, LifecycleStore lifecycle, PeopleDirectory people,
			CurrentAccess access, CultivationAccess rules) {
		this.rules = rules;
		this.store = store;
		this.lifecycle = lifecycle;
		this.people = people;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public PlanDetail detail(long planId) {
		PlanRow plan = store.plan(planId).orElseThrow(NotFoundException::new);
		PersonView person = people.person(plan.personId()).orElseThrow();
		rules.requireReader(person);
		AccessScope scope = access.scope();
		boolean self = CultivationAccess.self(scope, person);
		List<Long> ids = lifecycle.commitmentIds(planId);
		Map<Long, LifecycleStore.Assessment> assessed = lifecycle.assessments(planId);
		List<PlanDetail.Line> lines = new ArrayList<>();
		var commitments = store.commitments(planId);
		for (int i = 0; i < commitments.size(); i++) {
			var c = commitments.get(i);
			var a = assessed.get(ids.get(i));
			lines.add(new PlanDetail.Line(c.area().name(), c.action(), c.measure(), c.deadline(), c.criteria(),
					a == null ? null : a.result(), a == null ? null : a.evidence()));
		}
		var evaluation = lifecycle.evaluation(planId);
		return new PlanDetail(plan.id(), person.id(), person.fullName(), nz(person.positionTitle()),
				nz(person.workplaceName()), nz(person.managingCommitteeName()), plan.year(), plan.status(),
				plan.revision(), plan.version(), plan.weaknesses(), plan.returnReason(), plan.specificityScore(), lines,
				lifecycle.selfAssessment(planId), evaluation.map(LifecycleStore.Evaluation::rating).orElse(null),
				evaluation.map(LifecycleStore.Evaluation::comment).orElse(null), store.revisions(planId),
				actions(plan.status(), person, scope, self));
	}

	/** The plan of a person and year, if the viewer may read it. */
	@Transactional(readOnly = true)
	public Optional<Long> planIdOf(long personId, int year) {
		PersonView person = people.person(personId).orElseThrow(NotFoundException::new);
		rules.requireReader(person);
		return store.planOf(personId, year);
	}

	private PlanDetail.Actions actions(CultivationStatus status, PersonView person, AccessScope scope, boolean self) {
		boolean clerk = scope.is(Role.PARTY_COMMITTEE_OFFICER, Role.PROPAGANDA_OFFICER);
		boolean writer = self || clerk;
		boolean committee = scope.is(Role.PARTY_COMMITTEE_OFFICER) && CultivationAccess.managedBy(scope, person);
		boolean propaganda = scope.is(Role.PROPAGANDA_OFFICER);
		boolean evaluator = scope.is(Role.PARTY_COMMITTEE_OFFICER, Role.PARTY_CELL_OFFICER)
				&& CultivationAccess.managedBy(scope, person);
		return new PlanDetail.Actions(clerk && status.editable(),
				(committee || propaganda) && status == CultivationStatus.APPROVED,
				(committee || propaganda) && status == CultivationStatus.POSTED,
				writer && Arrays
					.asList(CultivationStatus.APPROVED, CultivationStatus.POSTED, CultivationStatus.UNDER_SUPERVISION)
					.contains(status),
				committee && status != CultivationStatus.WITHDRAWN && status != CultivationStatus.DRAFT,
				writer && Arrays
					.asList(CultivationStatus.POSTED, CultivationStatus.UNDER_SUPERVISION,
							CultivationStatus.SELF_ASSESSED)
					.contains(status),
				evaluator && status == CultivationStatus.SELF_ASSESSED);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
