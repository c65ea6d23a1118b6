package vn.giamsat.cultivation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.cultivation.CultivationPlanDetails;
import vn.giamsat.cultivation.CultivationPlans;
import vn.giamsat.cultivation.internal.CultivationPlanStore.PlanRow;
import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PersonView;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.cultivation.internal.CommitmentDraft;
import vn.giamsat.cultivation.internal.CultivationQueries;
import vn.giamsat.cultivation.internal.checks.Area;
import vn.giamsat.cultivation.internal.checks.Flag;
import vn.giamsat.cultivation.internal.checks.SpecificityReport;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.PageCommands;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * "My plan" for the cadre (write, see the specificity flags while writing, submit) and
 * the approval queue of the managing party committee (approve, or return with a reason).
 */
@Controller
class CultivationController {

	static final String VIEW_MY_PLAN = "cultivation/my-plan";

	static final String VIEW_REPORT = "cultivation/report";

	static final String VIEW_APPROVALS = "cultivation/approvals";

	private final CultivationPlans plans;

	private final CultivationQueries queries;

	private final CurrentAccess access;

	private final Messages messages;

	private final Clock clock;

	private final CultivationPlanDetails details;

	private final PeopleDirectory people;

	private final PageCommands commands;

	CultivationController(CultivationPlans plans, CultivationQueries queries, CurrentAccess access, Messages messages,
			Clock clock, CultivationPlanDetails details, PeopleDirectory people, PageCommands commands) {
		this.details = details;
		this.people = people;
		this.plans = plans;
		this.queries = queries;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
		this.commands = commands;
	}

	@GetMapping("/cultivation/my-plan")
	@PreAuthorize("hasRole('CADRE')")
	String myPlan(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		var plan = plans.myPlan(y);
		CommitmentForm form = plan.map(p -> CommitmentForm.of(p.weaknesses(), plans.commitments(p.id())))
			.orElse(new CommitmentForm("", List.of(), List.of(), List.of(), List.of(), List.of()));
		return page(model, y, form, plan.map(p -> plans.report(p.id())).orElse(null), List.of());
	}

	/** A clerk of the managing committee or Propaganda enters the plan for a member. */
	@GetMapping("/cultivation/people/{personId}/plan")
	@PreAuthorize("hasAnyRole('PARTY_COMMITTEE_OFFICER', 'PROPAGANDA_OFFICER')")
	String clerkPlan(@PathVariable long personId, @RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		var plan = details.planIdOf(personId, y);
		CommitmentForm form = plan.map(id -> CommitmentForm.of(details.detail(id).weaknesses(), plans.commitments(id)))
			.orElse(new CommitmentForm("", List.of(), List.of(), List.of(), List.of(), List.of()));
		return clerkPage(model, personId, y, form, plan.map(plans::report).orElse(null), List.of());
	}

	@PostMapping("/cultivation/people/{personId}/plan")
	@PreAuthorize("hasAnyRole('PARTY_COMMITTEE_OFFICER', 'PROPAGANDA_OFFICER')")
	String clerkSave(@PathVariable long personId, @RequestParam int year,
			@RequestParam(defaultValue = "save") String action, jakarta.servlet.http.HttpServletRequest request,
			@RequestHeader(value = "HX-Request", required = false) String hx, Model model,
			RedirectAttributes redirect) {
		CommitmentForm form = CommitmentForm.from(request);
		List<Problem> problems = new ArrayList<>();
		List<CommitmentDraft> drafts = form.drafts(problems);
		if ("check".equals(action)) {
			SpecificityReport report = plans.preview(year, form.weaknesses(), drafts);
			if (hx != null) {
				model.addAttribute("report", report);
				model.addAttribute("flags", flagTexts(report));
				return VIEW_REPORT;
			}
			return clerkPage(model, personId, year, form, report, problems);
		}
		try {
			if (problems.isEmpty()) {
				long id = plans.saveDraft(personId, year, form.weaknesses(), drafts);
				if ("submit".equals(action)) {
					plans.submit(id, details.detail(id).version());
					redirect.addFlashAttribute("flash", "cultivation.submitted");
					return "redirect:/cultivation/plans/" + id;
				}
				redirect.addFlashAttribute("flash", "form.saved");
				return "redirect:/cultivation/people/" + personId + "/plan?year=" + year;
			}
		}
		catch (UserInputException ex) {
			problems.addAll(ex.problems());
		}
		return clerkPage(model, personId, year, form, plans.preview(year, form.weaknesses(), drafts), problems);
	}

	private String clerkPage(Model model, long personId, int year, CommitmentForm form, SpecificityReport report,
			List<Problem> problems) {
		PersonView person = people.person(personId).orElseThrow(NotFoundException::new);
		var plan = details.planIdOf(personId, year).map(details::detail);
		fill(model, year, form, report, problems, plan.map(p -> p.status().messageKey()).orElse(null),
				plan.map(p -> p.status().editable()).orElse(true), plan.map(p -> p.returnReason()).orElse(null),
				plan.map(p -> p.id()).orElse(null));
		model.addAttribute("formAction", "/cultivation/people/" + personId + "/plan");
		model.addAttribute("heading", messages.get("cultivation.clerkEntry", person.fullName()));
		return VIEW_MY_PLAN;
	}

	@PostMapping("/cultivation/my-plan")
	@PreAuthorize("hasRole('CADRE')")
	String save(@RequestParam int year, @RequestParam(defaultValue = "save") String action,
			jakarta.servlet.http.HttpServletRequest request,
			@RequestHeader(value = "HX-Request", required = false) String hx, Model model,
			RedirectAttributes redirect) {
		CommitmentForm form = CommitmentForm.from(request);
		List<Problem> problems = new ArrayList<>();
		List<CommitmentDraft> drafts = form.drafts(problems);
		if ("check".equals(action)) {
			SpecificityReport report = plans.preview(year, form.weaknesses(), drafts);
			if (hx != null) {
				model.addAttribute("report", report);
				model.addAttribute("flags", flagTexts(report));
				return VIEW_REPORT;
			}
			return page(model, year, form, report, problems);
		}
		try {
			if (problems.isEmpty()) {
				long id = plans.saveDraft(access.scope().personId(), year, form.weaknesses(), drafts);
				if ("submit".equals(action)) {
					plans.submit(id, plans.myPlan(year).orElseThrow().version());
					redirect.addFlashAttribute("flash", "cultivation.submitted");
				}
				else {
					redirect.addFlashAttribute("flash", "form.saved");
				}
				return "redirect:/cultivation/my-plan?year=" + year;
			}
		}
		catch (UserInputException ex) {
			problems.addAll(ex.problems());
		}
		return page(model, year, form, plans.preview(year, form.weaknesses(), drafts), problems);
	}

	@GetMapping("/cultivation/approvals")
	@PreAuthorize("hasRole('PARTY_COMMITTEE_OFFICER')")
	String approvals(Model model) {
		var rows = queries.awaitingDecision(access.scope().organisationId());
		model.addAttribute("rows", rows);
		model.addAttribute("reports", rows.stream().map(r -> flagTexts(plans.report(r.planId()))).toList());
		model.addAttribute("commitments", rows.stream().map(r -> plans.commitments(r.planId())).toList());
		return VIEW_APPROVALS;
	}

	@PostMapping("/cultivation/approvals/{id}")
	@PreAuthorize("hasRole('PARTY_COMMITTEE_OFFICER')")
	String decide(@PathVariable long id, @RequestParam int version, @RequestParam String decision,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return commands.run(redirect, "/cultivation/approvals", () -> {
			if ("approve".equals(decision)) {
				plans.approve(id, version);
			}
			else {
				plans.returnPlan(id, version, reason);
			}
		});
	}

	private String page(Model model, int year, CommitmentForm form, SpecificityReport report, List<Problem> problems) {
		var plan = plans.myPlan(year);
		fill(model, year, form, report, problems, plan.map(p -> p.status().messageKey()).orElse(null),
				plan.map(p -> p.status().editable()).orElse(true), plan.map(PlanRow::returnReason).orElse(null),
				plan.map(PlanRow::id).orElse(null));
		return VIEW_MY_PLAN;
	}

	private void fill(Model model, int year, CommitmentForm form, SpecificityReport report, List<Problem> problems,
			String status, boolean editable, String returnReason, Long planId) {
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		model.addAttribute("areas", Area.values());
		model.addAttribute("status", status);
		model.addAttribute("editable", editable);
		model.addAttribute("returnReason", returnReason);
		model.addAttribute("planId", planId);
		model.addAttribute("report", report);
		model.addAttribute("flags", report == null ? List.of() : flagTexts(report));
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
	}

	private List<String> flagTexts(SpecificityReport report) {
		return report.flags().stream().map(this::text).toList();
	}

	private String text(Flag f) {
		return messages.get(f.messageCode(), f.messageArguments());
	}

}
