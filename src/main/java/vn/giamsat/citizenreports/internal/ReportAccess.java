package vn.giamsat.citizenreports.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.giamsat.citizenreports.ReportStatus;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;

/**
 * Who may see and handle a report (DOMAIN.md §4). Front officers whose scope covers the
 * receiving Front handle it; the group's Front work committee and the managing committee
 * (once forwarded) read it without the reporter; the cadre concerned and the organisation
 * they work in never see it at all.
 */
@Component
public class ReportAccess {

	public enum View {

		HANDLER, READER

	}

	private static final List<ReportStatus> FORWARDED_ON = List.of(ReportStatus.FORWARDED, ReportStatus.ANSWERED,
			ReportStatus.CLOSED);

	private final CurrentAccess current;

	private final ReportStore store;

	private final OrgStructure structure;

	private final PeopleDirectory people;

	ReportAccess(CurrentAccess current, ReportStore store, OrgStructure structure, PeopleDirectory people) {
		this.current = current;
		this.store = store;
		this.structure = structure;
		this.people = people;
	}

	public AccessScope scope() {
		return current.scope();
	}

	public ReportRow report(long id) {
		return store.byId(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * @throws OutOfScopeException unless the caller may read the report
	 */
	public View view(ReportRow r) {
		AccessScope s = scope();
		if (concerns(s, r)) {
			throw new OutOfScopeException();
		}
		if (s.is(Role.FRONT_OFFICER) && s.coversUnit(frontUnit(r))) {
			return View.HANDLER;
		}
		if (s.is(Role.FRONT_WORK_COMMITTEE) && s.coversUnit(r.unitId())) {
			return View.READER;
		}
		if (s.is(Role.PARTY_COMMITTEE_OFFICER) && r.committeeOrgId() != null
				&& r.committeeOrgId().equals(s.organisationId()) && FORWARDED_ON.contains(r.status())) {
			return View.READER;
		}
		throw new OutOfScopeException();
	}

	public void requireHandler(ReportRow r) {
		if (view(r) != View.HANDLER) {
			throw new OutOfScopeException();
		}
	}

	/**
	 * Only an officer of the receiving Front itself (the screening officer) may unseal
	 * the reporter, never an officer above or beside it.
	 */
	public boolean mayReveal(ReportRow r) {
		AccessScope s = scope();
		return !r.anonymous() && s.is(Role.FRONT_OFFICER) && !concerns(s, r)
				&& Long.valueOf(r.receivingOrgId()).equals(s.organisationId());
	}

	/** The caller is the cadre concerned, or works in the cadre's organisation. */
	private boolean concerns(AccessScope s, ReportRow r) {
		if (r.subjectPersonId() == null) {
			return false;
		}
		if (r.subjectPersonId().equals(s.personId())) {
			return true;
		}
		return people.person(r.subjectPersonId())
			.map(p -> p.workplaceId() != null && p.workplaceId().equals(s.organisationId()))
			.orElse(false);
	}

	private long frontUnit(ReportRow r) {
		return structure.organisation(r.receivingOrgId()).orElseThrow().unitId();
	}

}
