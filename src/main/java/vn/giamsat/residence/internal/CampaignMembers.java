package vn.giamsat.residence.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Puts members on a campaign's list: each candidate becomes a request, or a problem the
 * clerk must fix in the people data (no residence, no cell, already asked about this year
 * by another organisation); a member added by hand must pass the same checks.
 */
@Component
class CampaignMembers {

	private final RequestStore requests;

	private final ProblemStore problems;

	private final MemberSelection selection;

	CampaignMembers(RequestStore requests, ProblemStore problems, MemberSelection selection) {
		this.requests = requests;
		this.problems = problems;
		this.selection = selection;
	}

	/**
	 * @return how many members were newly listed
	 */
	int list(CampaignRow c, List<Candidate> members) {
		Set<Long> present = new HashSet<>();
		requests.ofCampaign(c.id()).forEach(r -> present.add(r.personId()));
		List<ProblemRow> open = new ArrayList<>();
		int listed = 0;
		for (Candidate m : members) {
			if (present.contains(m.personId())) {
				continue;
			}
			String problem = m.residenceUnitId() == null ? "NO_RESIDENCE" : m.cellId() == null ? "NO_CELL" : null;
			String elsewhere = problem == null ? requests.askedElsewhere(m.personId(), c.year(), c.id()).orElse(null)
					: null;
			if (problem == null && elsewhere != null) {
				problem = "ASKED_ELSEWHERE";
			}
			if (problem != null) {
				open.add(new ProblemRow(m.personId(), m.code(), m.fullName(), problem, elsewhere));
			}
			else {
				requests.insert(c.id(), m.personId(), c.year(), m, null);
				listed++;
			}
		}
		problems.replace(c.id(), open);
		return listed;
	}

	/** The member to add by hand, or every reason why not. */
	Candidate checkAddition(CampaignRow c, String personCode, String reason) {
		List<Problem> found = new ArrayList<>();
		TextRules.required(found, "reason", reason, TextRules.REASON_MAX);
		Candidate m = personCode == null ? null : selection.byCode(personCode.strip()).orElse(null);
		if (m == null) {
			found.add(Problem.of("code", "residence.error.personUnknown", personCode));
		}
		else if (!selection.partyMember(m.personId())) {
			found.add(Problem.of("code", "residence.error.notPartyMember", m.fullName()));
		}
		else if (m.residenceUnitId() == null) {
			found.add(Problem.of("code", "residence.error.noResidence", m.fullName()));
		}
		else if (m.cellId() == null) {
			found.add(Problem.of("code", "residence.error.noCell", m.fullName()));
		}
		else if (requests.ofCampaign(c.id()).stream().anyMatch(r -> r.personId() == m.personId())) {
			found.add(Problem.of("code", "residence.error.alreadyListed", m.fullName()));
		}
		else {
			requests.askedElsewhere(m.personId(), c.year(), c.id())
				.ifPresent(o -> found.add(Problem.of("code", "residence.error.askedElsewhere", m.fullName(), o)));
		}
		if (!found.isEmpty()) {
			throw new UserInputException(found);
		}
		return m;
	}

}
