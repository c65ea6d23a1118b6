package vn.giamsat.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.PageCommands;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.FollowUpKind;
import vn.giamsat.supervision.RecommendationBoard;
import vn.giamsat.supervision.RecommendationDraft;
import vn.giamsat.supervision.RecommendationIssuing;
import vn.giamsat.supervision.RecommendationLifecycle;
import vn.giamsat.supervision.RecommendationResponse;
import vn.giamsat.supervision.RecommendationSource;
import vn.giamsat.supervision.SupervisionRecords;

/**
 * Recommendations: the list with the overdue board per addressee, issuing one, and its
 * page where the addressee's answer, the Front's follow-up and the subject's request for
 * reconsideration are recorded.
 */
@Controller
class RecommendationController {

	static final String VIEW_LIST = "supervision/recommendations";

	static final String VIEW_FORM = "supervision/recommendation-form";

	static final String VIEW_DETAIL = "supervision/recommendation";

	private final RecommendationIssuing issuing;

	private final RecommendationLifecycle lifecycle;

	private final RecommendationBoard board;

	private final SupervisionRecords records;

	private final OrgStructure structure;

	private final CurrentAccess access;

	private final Messages messages;

	private final PageCommands commands;

	private final Clock clock;

	RecommendationController(RecommendationIssuing issuing, RecommendationLifecycle lifecycle,
			RecommendationBoard board, SupervisionRecords records, OrgStructure structure, CurrentAccess access,
			Messages messages, PageCommands commands, Clock clock) {
		this.issuing = issuing;
		this.lifecycle = lifecycle;
		this.board = board;
		this.records = records;
		this.structure = structure;
		this.access = access;
		this.messages = messages;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/supervision/recommendations")
	String list(@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		model.addAttribute("rows", board.list(overdue));
		model.addAttribute("board", board.overdueBoard());
		model.addAttribute("overdue", overdue);
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW_LIST;
	}

	@GetMapping("/supervision/recommendations/new")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String initCreationForm(@RequestParam(required = false) Long delegation, Model model) {
		return form(model, RecommendationForm.empty(DateInput.format(LocalDate.now(clock)), delegation), List.of());
	}

	@PostMapping("/supervision/recommendations")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String processCreationForm(RecommendationForm form, org.springframework.validation.BindingResult binding,
			Model model, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		FormBinding.problems(binding, problems);
		RecommendationDraft draft = form.draft(problems);
		if (problems.isEmpty()) {
			try {
				long id = issuing.issue(draft);
				redirect.addFlashAttribute("flash", "form.saved");
				return "redirect:/supervision/recommendations/" + id;
			}
			catch (UserInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		return form(model, form, problems);
	}

	@GetMapping("/supervision/recommendations/{id}")
	String detail(@PathVariable long id, Model model) {
		var r = board.recommendation(id);
		model.addAttribute("r", r);
		model.addAttribute("actions", board.actions(id));
		model.addAttribute("issuer", board.issuer(r));
		model.addAttribute("addressee", Long.valueOf(r.addresseeId()).equals(access.scope().organisationId()));
		model.addAttribute("subject", r.personId() != null && r.personId().equals(access.scope().personId()));
		model.addAttribute("overdue", r.overdueOn(LocalDate.now(clock)));
		return VIEW_DETAIL;
	}

	@PostMapping("/supervision/recommendations/{id}/respond")
	String respond(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) RecommendationResponse response,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return run(id, redirect, () -> lifecycle.respond(id, version, response, text));
	}

	@PostMapping("/supervision/recommendations/{id}/follow-up")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String followUp(@PathVariable long id, @RequestParam(required = false) FollowUpKind kind,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return run(id, redirect, () -> lifecycle.followUp(id, kind, note));
	}

	@PostMapping("/supervision/recommendations/{id}/reconsider")
	String reconsider(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return run(id, redirect, () -> lifecycle.requestReconsideration(id, version, text));
	}

	@PostMapping("/supervision/recommendations/{id}/close")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return run(id, redirect, () -> lifecycle.close(id, version));
	}

	private String run(long id, RedirectAttributes redirect, Runnable command) {
		return commands.run(redirect, "/supervision/recommendations/" + id, command);
	}

	private String form(Model model, RecommendationForm form, List<Problem> problems) {
		model.addAttribute("form", form);
		model.addAttribute("subjects", records.mySubjects(LocalDate.now(clock).getYear()));
		model.addAttribute("addressees", structure.organisationsInScope(access.scope(),
				Set.of(OrganisationType.PARTY_COMMITTEE, OrganisationType.AGENCY)));
		model.addAttribute("sources", RecommendationSource.values());
		model.addAttribute("dueDays", issuing.dueDays());
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_FORM;
	}

}
