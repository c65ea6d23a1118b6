package vn.giamsat.plans.internal;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;

/**
 * Who may do what with a plan: only the owning Standing Committee edits; a member
 * organisation sees its own part (the subjects it supervises) and comments while
 * consulted; leaders and administrators read plans in their scope. Everybody else is
 * refused.
 */
@Component
public class PlanAccess {

	public enum View {

		OWNER, READER, MEMBER

	}

	private final CurrentAccess access;

	private final PlanStore store;

	PlanAccess(CurrentAccess access, PlanStore store) {
		this.access = access;
		this.store = store;
	}

	public PlanRow plan(long planId) {
		return store.plan(planId).orElseThrow(NotFoundException::new);
	}

	/** The kind of view the caller has of the plan, or a refusal. */
	public View view(PlanRow plan) {
		AccessScope scope = access.scope();
		if (scope.is(Role.FRONT_OFFICER) && Long.valueOf(plan.ownerId()).equals(scope.organisationId())) {
			return View.OWNER;
		}
		if (scope.is(Role.LEADER, Role.SYSTEM_ADMIN, Role.FRONT_OFFICER) && scope.coversUnit(plan.ownerUnitId())) {
			return View.READER;
		}
		if (scope.is(Role.MEMBER_ORG_OFFICER) && scope.organisationId() != null
				&& store.focalUnits(plan.id()).stream().anyMatch(u -> u.organisationId() == scope.organisationId())) {
			return View.MEMBER;
		}
		throw new OutOfScopeException();
	}

	/** Only the owner's Standing Committee changes a plan. */
	public PlanRow requireOwner(long planId) {
		PlanRow plan = plan(planId);
		if (view(plan) != View.OWNER) {
			throw new OutOfScopeException();
		}
		return plan;
	}

	public AccessScope scope() {
		return access.scope();
	}

}
