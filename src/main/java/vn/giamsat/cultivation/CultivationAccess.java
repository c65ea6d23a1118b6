package vn.giamsat.cultivation;

import org.springframework.stereotype.Component;

import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PersonView;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;

/**
 * Who may read and write a person's plan, in one place for the workflow, the lifecycle
 * and the detail page: the cadre their own; clerks of the party committee or Propaganda
 * the people in their scope; the managing committee its members.
 */
@Component
class CultivationAccess {

	private final CurrentAccess access;

	private final PeopleDirectory people;

	CultivationAccess(CurrentAccess access, PeopleDirectory people) {
		this.access = access;
		this.people = people;
	}

	AccessScope scope() {
		return access.scope();
	}

	static boolean self(AccessScope scope, PersonView person) {
		return scope.is(Role.CADRE) && Long.valueOf(person.id()).equals(scope.personId());
	}

	static boolean managedBy(AccessScope scope, PersonView person) {
		return person.managingCommitteeId() != null && person.managingCommitteeId().equals(scope.organisationId());
	}

	/** The cadre themself, or a clerk of the party committee or Propaganda in scope. */
	void requireWriter(PersonView person) {
		AccessScope scope = scope();
		boolean clerk = scope.is(Role.PARTY_COMMITTEE_OFFICER, Role.PROPAGANDA_OFFICER)
				&& people.inScope(scope, person);
		if (!self(scope, person) && !clerk) {
			throw new OutOfScopeException();
		}
	}

	/** The cadre their own plan; any other role the people in its scope. */
	void requireReader(PersonView person) {
		AccessScope scope = scope();
		if (!self(scope, person) && (scope.is(Role.CADRE) || !people.inScope(scope, person))) {
			throw new OutOfScopeException();
		}
	}

}
