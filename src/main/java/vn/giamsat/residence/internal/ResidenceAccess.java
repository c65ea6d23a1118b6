package vn.giamsat.residence.internal;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.residence.OpinionAuthor;
import vn.giamsat.residence.RequestState;

/**
 * Who sees and does what. The workplace organisation's clerk sees its own campaigns; the
 * residence cell and the group's Front work committee see only requests sent to them; the
 * member sees only their own returned comment. Scope is the account's organisation
 * itself, not its subtree: a ward party committee does not read its cells' requests.
 */
@Component
public class ResidenceAccess {

	/** How the caller sees one request. */
	public enum View {

		OWNER, CELL, FRONT_COMMITTEE, MEMBER

	}

	private final CurrentAccess access;

	private final CampaignStore campaigns;

	private final RequestStore requests;

	ResidenceAccess(CurrentAccess access, CampaignStore campaigns, RequestStore requests) {
		this.access = access;
		this.campaigns = campaigns;
		this.requests = requests;
	}

	public AccessScope scope() {
		return access.scope();
	}

	/**
	 * Party committees and party cells run campaigns for the members working with them.
	 */
	public boolean canRunCampaigns() {
		AccessScope s = scope();
		return s.is(Role.PARTY_COMMITTEE_OFFICER, Role.PARTY_CELL_OFFICER) && s.organisationId() != null;
	}

	public CampaignRow ownCampaign(long id) {
		CampaignRow c = campaigns.campaign(id).orElseThrow(NotFoundException::new);
		if (!canRunCampaigns() || c.organisationId() != scope().organisationId()) {
			throw new OutOfScopeException();
		}
		return c;
	}

	public RequestRow request(long id) {
		return requests.request(id).orElseThrow(NotFoundException::new);
	}

	public View view(RequestRow r) {
		AccessScope s = scope();
		boolean sent = r.state() == RequestState.SENT || r.state() == RequestState.RETURNED;
		if (isCell(r) && sent) {
			return View.CELL;
		}
		if (canRunCampaigns() && r.campaignOrganisationId() == s.organisationId()) {
			return View.OWNER;
		}
		if (isFrontCommittee(r) && sent) {
			return View.FRONT_COMMITTEE;
		}
		if (s.is(Role.CADRE) && s.personId() != null && s.personId() == r.personId()
				&& r.state() == RequestState.RETURNED) {
			return View.MEMBER;
		}
		throw new OutOfScopeException();
	}

	public boolean isCell(RequestRow r) {
		AccessScope s = scope();
		return s.is(Role.PARTY_CELL_OFFICER) && s.organisationId() != null && s.organisationId() == r.residenceCellId();
	}

	public boolean isFrontCommittee(RequestRow r) {
		AccessScope s = scope();
		return s.is(Role.FRONT_WORK_COMMITTEE) && s.organisationId() != null
				&& s.organisationId().equals(r.frontCommitteeId());
	}

	/**
	 * Whether the caller may enter this leader's opinion and whether it is on the
	 * leader's behalf: the Front work committee account is the committee head; group
	 * heads have no role, so their opinion is always typed in on their behalf (by that
	 * committee or by the cell), as is the committee head's when the cell types it.
	 */
	public java.util.Optional<Boolean> onBehalf(RequestRow r, OpinionAuthor author) {
		if (isFrontCommittee(r)) {
			return java.util.Optional.of(author != OpinionAuthor.FRONT_COMMITTEE_HEAD);
		}
		if (isCell(r)) {
			return java.util.Optional.of(true);
		}
		return java.util.Optional.empty();
	}

}
