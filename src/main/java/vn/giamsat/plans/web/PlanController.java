package vn.giamsat.plans.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.plans.PlanStatus;
import vn.giamsat.plans.internal.PlanAccess;
import vn.giamsat.plans.internal.PlanEditing;
import vn.giamsat.plans.internal.PlanEvents;
import vn.giamsat.plans.internal.PlanExplanations;
import vn.giamsat.plans.internal.PlanLifecycle;
import vn.giamsat.plans.internal.PlanRow;
import vn.giamsat.plans.internal.PlanStore;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.PageCommands;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/** The plans list, a new plan, a plan's page, its general part and its lifecycle. */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER','MEMBER_ORG_OFFICER','LEADER','SYSTEM_ADMIN')")
class PlanController {

	static final String VIEW_LIST = "plans/list";

	static final String VIEW_NEW = "plans/new";

	static final String VIEW_DETAIL = "plans/detail";

	private final PlanStore store;

	private final PlanAccess access;

	private final PlanEditing editing;

	private final PlanLifecycle lifecycle;

	private final PlanExplanations explanations;

	private final PlanEvents events;

	private final Messages messages;

	private final PageCommands commands;

	PlanController(PlanStore store, PlanAccess access, PlanEditing editing, PlanLifecycle lifecycle,
			PlanExplanations explanations, PlanEvents events, Messages messages, PageCommands commands) {
		this.store = store;
		this.access = access;
		this.editing = editing;
		this.lifecycle = lifecycle;
		this.explanations = explanations;
		this.events = events;
		this.messages = messages;
		this.commands = commands;
	}

	@GetMapping("/plans")
	String list(Model model) {
		AccessScope scope = access.scope();
		List<PlanRow> plans = store.allPlans().stream().filter(p -> {
			try {
				access.view(p);
				return true;
			}
			catch (RuntimeException ex) {
				return false;
			}
		}).toList();
		model.addAttribute("plans", plans);
		model.addAttribute("canCreate", scope.is(Role.FRONT_OFFICER));
		return VIEW_LIST;
	}

	@GetMapping("/plans/new")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String initCreationForm(Model model) {
		model.addAttribute("form", PlanForm.defaults());
		model.addAttribute("errors", List.of());
		return VIEW_NEW;
	}

	@PostMapping("/plans")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String processCreationForm(PlanForm form, Model model, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		Integer year = form.yearValue(problems);
		PlanEditing.General general = form.general(problems);
		try {
			if (problems.isEmpty()) {
				long id = editing.create(year, general);
				redirect.addFlashAttribute("flash", "form.saved");
				return "redirect:/plans/" + id;
			}
		}
		catch (UserInputException ex) {
			problems.addAll(ex.problems());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_NEW;
	}

	@GetMapping("/plans/{id}")
	String detail(@PathVariable long id, Model model) {
		PlanRow plan = access.plan(id);
		PlanAccess.View view = access.view(plan);
		Long onlyUnit = view == PlanAccess.View.MEMBER ? access.scope().organisationId() : null;
		model.addAttribute("plan", plan);
		model.addAttribute("owner", view == PlanAccess.View.OWNER);
		model.addAttribute("member", view == PlanAccess.View.MEMBER);
		model.addAttribute("explained", explanations.explain(plan, onlyUnit));
		model.addAttribute("units", store.focalUnits(id));
		model.addAttribute("subjectCount", store.subjects(id).size());
		model.addAttribute("events", events.events(id));
		model.addAttribute("comments", events.comments(id));
		model.addAttribute("history", lifecycle.history(id));
		model.addAttribute("hasPrevious", !store.previousPlans(plan.ownerId(), plan.year(), 1).isEmpty());
		model.addAttribute("form", PlanForm.of(plan));
		model.addAttribute("criteria", store.criteria(id));
		model.addAttribute("criterionOptions", store.criterionOptions());
		return VIEW_DETAIL;
	}

	@PostMapping("/plans/{id}/general")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String general(@PathVariable long id, PlanForm form, @RequestParam int version, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		PlanEditing.General general = form.general(problems);
		return commands.run(redirect, "/plans/" + id, problems, () -> editing.updateGeneral(id, version, general));
	}

	@PostMapping("/plans/{id}/criteria")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String criteria(@PathVariable long id, @RequestParam(name = "criterion", required = false) List<String> codes,
			@RequestParam int version, RedirectAttributes redirect) {
		return commands.run(redirect, "/plans/" + id, List.of(),
				() -> editing.setCriteria(id, version, codes == null ? List.of() : codes));
	}

	@PostMapping("/plans/{id}/transition")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String transition(@PathVariable long id, @RequestParam String target, @RequestParam(required = false) String note,
			@RequestParam int version, RedirectAttributes redirect) {
		PlanStatus status;
		try {
			status = PlanStatus.valueOf(target);
		}
		catch (IllegalArgumentException ex) {
			return commands.run(redirect, "/plans/" + id, List.of(Problem.of("status", "error.badRequest")), () -> {
			});
		}
		return commands.run(redirect, "/plans/" + id, List.of(), () -> lifecycle.move(id, version, status, note));
	}

}
