package vn.giamsat.supervision.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PersonView;
import vn.giamsat.plans.SupervisionPlans;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.UserInputException;

/**
 * Who may supervise whom: only the focal unit the year's plan assigns to the person, or
 * the Standing Committee of the Front organisation that owns that plan. A person outside
 * every issued plan of the year is a mistake of the user (a message); a person assigned
 * to another unit is a refusal.
 */
@Component
public class SupervisionAccess {

	private final CurrentAccess access;

	private final SupervisionPlans plans;

	private final PeopleDirectory people;

	private final OrgStructure structure;

	SupervisionAccess(CurrentAccess access, SupervisionPlans plans, PeopleDirectory people, OrgStructure structure) {
		this.access = access;
		this.plans = plans;
		this.people = people;
		this.structure = structure;
	}

	public AccessScope scope() {
		return access.scope();
	}

	/**
	 * The caller may write records and opinions at all (an officer of an organisation).
	 */
	public AccessScope requireWriter() {
		AccessScope scope = access.scope();
		if (!scope.is(Role.FRONT_OFFICER, Role.MEMBER_ORG_OFFICER, Role.FRONT_WORK_COMMITTEE)
				|| scope.organisationId() == null) {
			throw new OutOfScopeException();
		}
		return scope;
	}

	/** The caller may read lists of records and opinions (never a cadre). */
	public AccessScope requireReader() {
		AccessScope scope = access.scope();
		if (!scope.is(Role.FRONT_OFFICER, Role.MEMBER_ORG_OFFICER, Role.FRONT_WORK_COMMITTEE, Role.LEADER,
				Role.SYSTEM_ADMIN)) {
			throw new OutOfScopeException();
		}
		return scope;
	}

	/** Throws unless the caller's organisation supervises the person in that year. */
	public SupervisionPlans.Assignment requireSupervisor(AccessScope scope, PersonView person, int year) {
		SupervisionPlans.Assignment a = plans.assignmentOf(person.id(), year)
			.orElseThrow(
					() -> new UserInputException("person", "supervision.error.notAssigned", person.fullName(), year));
		boolean focal = a.focalUnitId() == scope.organisationId();
		boolean owner = scope.is(Role.FRONT_OFFICER) && a.ownerId() == scope.organisationId();
		if (!focal && !owner) {
			throw new OutOfScopeException();
		}
		return a;
	}

	public SupervisionPlans plans() {
		return plans;
	}

	public PersonView person(long personId) {
		return people.person(personId).orElseThrow(NotFoundException::new);
	}

	/**
	 * Throws unless the person works, lives or is managed within the caller's scope: for
	 * what needs no assignment in the year's plan.
	 */
	public void requireInScope(AccessScope scope, PersonView person) {
		if (!people.inScope(scope, person)) {
			throw new OutOfScopeException();
		}
	}

	/** Whether the caller is a Front officer whose scope covers the organisation. */
	public boolean frontOfficerOver(AccessScope scope, long organisationId) {
		if (!scope.is(Role.FRONT_OFFICER)) {
			return false;
		}
		if (Long.valueOf(organisationId).equals(scope.organisationId())) {
			return true;
		}
		return structure.organisation(organisationId).map(o -> scope.coversUnit(o.unitId())).orElse(false);
	}

	/** The Front committee one level above the organisation's unit, for copies. */
	public Optional<Long> frontAbove(long organisationId) {
		return structure.organisation(organisationId)
			.flatMap(o -> structure.unit(o.unitId()))
			.filter(u -> u.parentId() != null)
			.flatMap(u -> frontOf(u.parentId()));
	}

	private Optional<Long> frontOf(long unitId) {
		AccessScope unitOnly = new AccessScope("system", Role.SYSTEM_ADMIN, false, java.util.Set.of(unitId), unitId,
				null, null);
		return structure
			.organisationsInScope(unitOnly, java.util.Set.of(vn.giamsat.orgs.OrganisationType.FRONT_COMMITTEE))
			.stream()
			.filter(o -> o.unitId() == unitId)
			.map(o -> o.id())
			.findFirst();
	}

}
