package vn.giamsat.residence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.residence.RequestState;

/**
 * The workplace organisation's side: open the year's campaign (members listed from the
 * people data, problems kept for the clerk to fix), exempt or add members, send the
 * requests in one go, close the campaign. Everything is checked before anything is
 * written.
 */
@Service
public class CampaignService {

	private final CampaignStore campaigns;

	private final RequestStore requests;

	private final CampaignMembers members;

	private final MemberSelection selection;

	private final ResidenceAccess access;

	private final OrgStructure structure;

	private final Notifications notifications;

	private final ResidenceSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	CampaignService(CampaignStore campaigns, RequestStore requests, CampaignMembers members, MemberSelection selection,
			ResidenceAccess access, OrgStructure structure, Notifications notifications, ResidenceSettings settings,
			AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.requests = requests;
		this.members = members;
		this.selection = selection;
		this.access = access;
		this.structure = structure;
		this.notifications = notifications;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate defaultDue(int year) {
		return settings.defaultDue(year);
	}

	@Transactional
	public long create(Integer year, LocalDate due, List<ExemptionDraft> exemptions) {
		if (!access.canRunCampaigns()) {
			throw new vn.giamsat.platform.security.OutOfScopeException();
		}
		long orgId = access.scope().organisationId();
		List<Problem> found = new ArrayList<>();
		var type = structure.organisation(orgId).map(o -> o.type()).orElse(null);
		if (type != OrganisationType.PARTY_COMMITTEE && type != OrganisationType.PARTY_CELL) {
			found.add(Problem.of("year", "residence.error.notPartyOrganisation"));
		}
		if (year == null || year < 2000 || year > 2100) {
			throw new UserInputException("year", "residence.error.year");
		}
		LocalDate dueDate = due == null ? settings.defaultDue(year) : due;
		if (dueDate.getYear() != year) {
			found.add(Problem.of("due", "residence.error.dueOutsideYear", year));
		}
		if (campaigns.campaign(orgId, year).isPresent()) {
			found.add(Problem.of("year", "residence.error.campaignExists", year));
		}
		List<Candidate> members = selection.membersOf(orgId);
		Map<String, Candidate> byCode = new java.util.HashMap<>();
		members.forEach(m -> byCode.put(m.code().toLowerCase(), m));
		for (ExemptionDraft e : exemptions) {
			Candidate c = e.personCode() == null ? null : byCode.get(e.personCode().strip().toLowerCase());
			if (c == null || c.cellId() == null) {
				found.add(Problem.of("exemptions", "residence.error.exemptNotMember", e.personCode()));
			}
			checkExemption(found, e.category(), e.reason());
		}
		if (!found.isEmpty()) {
			throw new UserInputException(found);
		}
		long id = campaigns.insert(orgId, year, dueDate, access.scope().username(), OffsetDateTime.now(clock));
		CampaignRow campaign = campaigns.campaign(id).orElseThrow();
		int listed = this.members.list(campaign, members);
		for (ExemptionDraft e : exemptions) {
			Candidate c = byCode.get(e.personCode().strip().toLowerCase());
			requests.ofCampaign(id)
				.stream()
				.filter(r -> r.personId() == c.personId())
				.findFirst()
				.ifPresent(r -> requests.exempt(r, e.category(), e.reason().strip()));
		}
		audit.record("CREATE", "ResidenceCampaign", id, null, Map.of("organisation", campaign.organisationCode(),
				"year", year, "due", dueDate.toString(), "listed", listed, "exempt", exemptions.size()));
		return id;
	}

	/** Lists members added to the people data since, and re-checks the problems. */
	@Transactional
	public int refresh(long campaignId) {
		CampaignRow c = open(campaignId);
		int listed = members.list(c, selection.membersOf(c.organisationId()));
		campaigns.touch(c.id());
		audit.record("REFRESH", "ResidenceCampaign", c.id(), null, Map.of("listed", listed));
		return listed;
	}

	@Transactional
	public void addMember(long campaignId, String personCode, String reason) {
		CampaignRow c = open(campaignId);
		Candidate m = members.checkAddition(c, personCode, reason);
		requests.insert(c.id(), m.personId(), c.year(), m, reason.strip());
		campaigns.touch(c.id());
		audit.record("ADD_MEMBER", "ResidenceCampaign", c.id(), null,
				Map.of("person", m.code(), "reason", reason.strip()));
	}

	@Transactional
	public void exempt(long requestId, int version, vn.giamsat.residence.ExemptionCategory category, String reason) {
		RequestRow r = ownRequest(requestId, version);
		List<Problem> found = new ArrayList<>();
		if (r.state() != RequestState.LISTED) {
			found.add(Problem.of("state", "residence.error.notListed", r.fullName()));
		}
		checkExemption(found, category, reason);
		if (!found.isEmpty()) {
			throw new UserInputException(found);
		}
		requests.exempt(r, category, reason.strip());
		audit.record("EXEMPT", "ResidenceRequest", r.id(), Map.of("state", r.state().name()),
				Map.of("person", r.personCode(), "category", category.name(), "reason", reason.strip()));
	}

	@Transactional
	public void unexempt(long requestId, int version) {
		RequestRow r = ownRequest(requestId, version);
		if (r.state() != RequestState.EXEMPT) {
			throw new UserInputException("state", "residence.error.notExempt", r.fullName());
		}
		requests.unexempt(r);
		audit.record("UNEXEMPT", "ResidenceRequest", r.id(), Map.of("category", r.exemptionCategory().name()),
				Map.of("state", "LISTED"));
	}

	/** Sends every listed request and tells each residence cell once. */
	@Transactional
	public int send(long campaignId) {
		CampaignRow c = open(campaignId);
		List<Long> listed = requests.ofCampaign(c.id())
			.stream()
			.filter(r -> r.state() == RequestState.LISTED)
			.map(RequestRow::id)
			.toList();
		if (listed.isEmpty()) {
			throw new UserInputException("send", "residence.error.nothingToSend");
		}
		int sent = requests.sendListed(c.id(), OffsetDateTime.now(clock));
		List<RequestRow> now = requests.ofCampaign(c.id()).stream().filter(r -> listed.contains(r.id())).toList();
		notifications.toCells(c, now, "sent");
		campaigns.touch(c.id());
		audit.record("SEND", "ResidenceCampaign", c.id(), null, Map.of("sent", sent));
		return sent;
	}

	@Transactional
	public void close(long campaignId, int version) {
		CampaignRow c = open(campaignId);
		campaigns.close(c.id(), version, OffsetDateTime.now(clock));
		audit.record("CLOSE", "ResidenceCampaign", c.id(), Map.of("status", "OPEN"), Map.of("status", "CLOSED"));
	}

	private CampaignRow open(long campaignId) {
		CampaignRow c = access.ownCampaign(campaignId);
		if (!c.open()) {
			throw new UserInputException("campaign", "residence.error.campaignClosed", c.year());
		}
		return c;
	}

	private RequestRow ownRequest(long requestId, int version) {
		RequestRow r = access.request(requestId);
		open(r.campaignId());
		if (r.version() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException("stale request " + requestId);
		}
		return r;
	}

	private static void checkExemption(List<Problem> found, vn.giamsat.residence.ExemptionCategory category,
			String reason) {
		if (category == null) {
			found.add(Problem.of("category", "residence.error.categoryRequired"));
		}
		TextRules.required(found, "reason", reason, TextRules.REASON_MAX);
	}

}
