package vn.giamsat.residence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.residence.ResidenceComments;
import vn.giamsat.residence.internal.CampaignService;
import vn.giamsat.residence.internal.CampaignStore;
import vn.giamsat.residence.internal.RequestRow;
import vn.giamsat.residence.internal.RequestStore;
import vn.giamsat.residence.internal.ResidenceAccess;
import vn.giamsat.residence.internal.ResidenceQueries;

/**
 * The start of the workflow for each side: the workplace clerk's campaigns, the residence
 * cell's and the Front work committee's requests, the member's own comments.
 */
@Controller
class ResidenceController {

	static final String VIEW_HOME = "residence/home";

	private final ResidenceAccess access;

	private final CampaignStore campaigns;

	private final CampaignService service;

	private final RequestStore requests;

	private final ResidenceComments comments;

	private final Messages messages;

	private final Clock clock;

	ResidenceController(ResidenceAccess access, CampaignStore campaigns, CampaignService service, RequestStore requests,
			ResidenceComments comments, Messages messages, Clock clock) {
		this.access = access;
		this.campaigns = campaigns;
		this.service = service;
		this.requests = requests;
		this.comments = comments;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/residence")
	String home(Model model) {
		int year = LocalDate.now(clock).getYear();
		return page(model, String.valueOf(year), DateInput.format(service.defaultDue(year)), List.of());
	}

	@PostMapping("/residence/campaigns")
	String create(@RequestParam(required = false) String year, @RequestParam(required = false) String due,
			Model model) {
		List<Problem> problems = new ArrayList<>();
		Integer y = parseYear(year, problems);
		LocalDate dueDate = DateInput.parse(due, "due", problems);
		try {
			if (problems.isEmpty()) {
				long id = service.create(y, dueDate, List.of());
				return "redirect:/residence/campaigns/" + id;
			}
		}
		catch (UserInputException ex) {
			problems.addAll(ex.problems());
		}
		return page(model, year, due, problems);
	}

	private String page(Model model, String year, String due, List<Problem> problems) {
		AccessScope scope = access.scope();
		if (!scope.is(Role.PARTY_COMMITTEE_OFFICER, Role.PARTY_CELL_OFFICER, Role.FRONT_WORK_COMMITTEE, Role.CADRE)) {
			throw new OutOfScopeException();
		}
		LocalDate today = LocalDate.now(clock);
		boolean clerk = access.canRunCampaigns();
		model.addAttribute("clerk", clerk);
		model.addAttribute("campaigns", clerk ? campaigns.ofOrganisation(scope.organisationId()) : List.of());
		List<RequestRow> inbox = scope.organisationId() == null ? List.of()
				: scope.is(Role.PARTY_CELL_OFFICER) ? requests.forCell(scope.organisationId(), null)
						: scope.is(Role.FRONT_WORK_COMMITTEE) ? requests.forFrontCommittee(scope.organisationId(), null)
								: List.of();
		model.addAttribute("inbox", inbox);
		model.addAttribute("inboxOverdue",
				ResidenceQueries.overdueBy(inbox, today, RequestRow::campaignOrganisationName));
		model.addAttribute("mine",
				scope.is(Role.CADRE) && scope.personId() != null ? comments.commentsOf(scope.personId()) : List.of());
		model.addAttribute("today", today);
		model.addAttribute("year", year == null ? "" : year);
		model.addAttribute("due", due == null ? "" : due);
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_HOME;
	}

	private static Integer parseYear(String year, List<Problem> problems) {
		try {
			return Integer.valueOf(year == null ? "" : year.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.of("year", "residence.error.year"));
			return null;
		}
	}

}
