package vn.giamsat.plans.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.people.PeopleSearch;
import vn.giamsat.people.PersonCategory;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.plans.internal.PlanAccess;
import vn.giamsat.plans.internal.PlanDiff;
import vn.giamsat.plans.internal.PlanEditing;
import vn.giamsat.plans.internal.PlanExplanations;
import vn.giamsat.plans.internal.PlanRow;
import vn.giamsat.plans.internal.PlanStore;
import vn.giamsat.plans.internal.PlanningService;
import vn.giamsat.plans.internal.UnitLoad;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.PageCommands;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Focal units, subjects, the planner, pins and conflicts, the diff with last year and
 * what-if runs.
 */
@Controller
class PlanAssignmentController {

	static final String VIEW_DIFF = "plans/diff";

	static final String VIEW_WHAT_IF = "plans/what-if";

	private final PlanEditing editing;

	private final PlanningService planning;

	private final PlanAccess access;

	private final PlanStore store;

	private final PlanDiff diff;

	private final OrgStructure structure;

	private final Messages messages;

	private final PageCommands commands;

	PlanAssignmentController(PlanEditing editing, PlanningService planning, PlanAccess access, PlanStore store,
			PlanDiff diff, OrgStructure structure, Messages messages, PageCommands commands) {
		this.editing = editing;
		this.planning = planning;
		this.access = access;
		this.store = store;
		this.diff = diff;
		this.structure = structure;
		this.messages = messages;
		this.commands = commands;
	}

	@PostMapping("/plans/{id}/units")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String setUnit(@PathVariable long id, @RequestParam int version, @RequestParam String organisation,
			@RequestParam String capacity, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		BigDecimal value = decimal(capacity, problems);
		return commands.run(redirect, "/plans/" + id, problems,
				() -> editing.setFocalUnit(id, version, organisation, value));
	}

	@PostMapping("/plans/{id}/units/{unitId}/remove")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String removeUnit(@PathVariable long id, @PathVariable long unitId, @RequestParam int version,
			RedirectAttributes redirect) {
		return commands.run(redirect, "/plans/" + id, List.of(), () -> editing.removeFocalUnit(id, version, unitId));
	}

	@PostMapping("/plans/{id}/subjects/people")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String addPeople(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String category,
			@RequestParam(required = false) String committee, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "false") boolean workingAtUnit, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		PersonCategory c = category == null || category.isBlank() ? null
				: PersonCategory.fromCode(category).orElse(null);
		Long committeeId = committee == null || committee.isBlank() ? null
				: structure.organisationByCode(committee.strip()).map(o -> o.id()).orElse(-1L);
		Long[] units = null;
		Long[] workplaces = null;
		if (unit != null && !unit.isBlank()) {
			UnitView u = structure.unitByCode(unit.strip()).orElse(null);
			if (u == null) {
				problems.add(Problem.of("unit", "unit.error.unknown", unit));
			}
			else if (workingAtUnit) {
				workplaces = structure.organisationIdsIn(java.util.Set.of(u.id()));
			}
			else {
				units = structure.subtreeUnitIds(u.id()).toArray(Long[]::new);
			}
		}
		PeopleSearch search = new PeopleSearch(null, units, null, c, committeeId, 0, PeopleSearch.DEFAULT_SIZE,
				workplaces);
		return commands.run(redirect, "/plans/" + id, problems, () -> editing.addPeople(id, version, search));
	}

	@PostMapping("/plans/{id}/subjects/organisations")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String addOrganisations(@PathVariable long id, @RequestParam int version, @RequestParam String type,
			@RequestParam(required = false) String unit, RedirectAttributes redirect) {
		PlanRow plan = access.plan(id);
		OrganisationType t = OrganisationType.fromCode(type).orElse(null);
		List<Problem> problems = new ArrayList<>();
		if (t == null) {
			problems.add(Problem.of("type", "organisation.error.typeUnknown"));
		}
		List<Long> ids = t == null ? List.of()
				: structure.organisationsInScope(access.scope(), java.util.EnumSet.of(t))
					.stream()
					.filter(o -> unit == null || unit.isBlank() || o.unitCode().startsWith(unit.strip()))
					.map(o -> o.id())
					.filter(o -> o != plan.ownerId())
					.toList();
		if (problems.isEmpty() && ids.isEmpty()) {
			problems.add(Problem.of("type", "plan.error.noMatchingOrganisations"));
		}
		return commands.run(redirect, "/plans/" + id, problems, () -> editing.addOrganisations(id, version, ids));
	}

	@PostMapping("/plans/{id}/subjects/{subjectId}/remove")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String removeSubject(@PathVariable long id, @PathVariable long subjectId, @RequestParam int version,
			RedirectAttributes redirect) {
		return commands.run(redirect, "/plans/" + id, List.of(), () -> editing.removeSubject(id, version, subjectId));
	}

	@PostMapping("/plans/{id}/solve")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String solve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		PlanRow plan = access.requireOwner(id);
		if (!plan.status().editable()) {
			return commands.run(redirect, "/plans/" + id,
					List.of(Problem.of("status", "plan.error.notEditable", messages.get(plan.status().messageKey()))),
					() -> {
					});
		}
		return commands.run(redirect, "/plans/" + id, List.of(), () -> planning.solveAndSave(plan, version));
	}

	@PostMapping("/plans/{id}/pin")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String pin(@PathVariable long id, @RequestParam int version, @RequestParam long subject, @RequestParam long unit,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean resolve,
			RedirectAttributes redirect) {
		return commands.run(redirect, "/plans/" + id, List.of(), () -> {
			editing.pin(id, version, subject, unit, reason);
			if (resolve) {
				planning.solveAndSave(access.plan(id), version + 1);
			}
		});
	}

	@PostMapping("/plans/{id}/unpin")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String unpin(@PathVariable long id, @RequestParam int version, @RequestParam long subject,
			RedirectAttributes redirect) {
		return commands.run(redirect, "/plans/" + id, List.of(), () -> editing.unpin(id, version, subject));
	}

	@PostMapping("/plans/{id}/conflicts")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String conflict(@PathVariable long id, @RequestParam int version, @RequestParam long subject,
			@RequestParam long unit, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return commands.run(redirect, "/plans/" + id, List.of(),
				() -> editing.declareConflict(id, version, subject, unit, reason));
	}

	@GetMapping("/plans/{id}/diff")
	String diff(@PathVariable long id, Model model) {
		PlanRow plan = access.plan(id);
		access.view(plan);
		model.addAttribute("plan", plan);
		model.addAttribute("diff", diff.againstPrevious(plan).orElse(null));
		return VIEW_DIFF;
	}

	/**
	 * Solves with other capacities or another rotation window and shows the result; saves
	 * nothing.
	 */
	@GetMapping("/plans/{id}/what-if")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String whatIf(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
		PlanRow plan = access.requireOwner(id);
		List<Problem> problems = new ArrayList<>();
		Map<Long, BigDecimal> capacities = new HashMap<>();
		params.forEach((k, v) -> {
			if (k.startsWith("capacity_") && v != null && !v.isBlank()) {
				BigDecimal value = decimal(v, problems);
				if (value != null && (value.signum() <= 0 || value.compareTo(PlanEditing.MAX_CAPACITY) > 0)) {
					problems.add(Problem.of("capacity", "plan.error.capacity"));
				}
				capacities.put(Long.parseLong(k.substring("capacity_".length())), value);
			}
		});
		Integer window = null;
		String w = params.get("rotationWindow");
		if (w != null && !w.isBlank()) {
			try {
				window = Integer.valueOf(w.strip());
				if (window < 0 || window > 20) {
					problems.add(Problem.of("rotationWindow", "plan.error.rotationWindow"));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(Problem.of("rotationWindow", "plan.error.rotationWindow"));
			}
		}
		model.addAttribute("plan", plan);
		model.addAttribute("units", store.focalUnits(id));
		model.addAttribute("query", params);
		model.addAttribute("outcome", null);
		model.addAttribute("loads", List.of());
		model.addAttribute("changed", 0);
		if (problems.isEmpty() && (!capacities.isEmpty() || window != null)) {
			try {
				var outcome = planning.solve(plan, new PlanningService.WhatIf(capacities, window));
				var units = store.focalUnits(id)
					.stream()
					.map(u -> capacities.containsKey(u.organisationId()) ? new vn.giamsat.plans.internal.FocalUnitRow(
							u.organisationId(), u.code(), u.name(), u.type(), capacities.get(u.organisationId())) : u)
					.toList();
				List<UnitLoad> loads = PlanExplanations.loads(units, outcome.assignments(),
						outcome.assignments().size());
				Map<Long, Long> current = new HashMap<>();
				store.assignments(id).forEach(a -> current.put(a.subjectId(), a.focalUnitId()));
				long changed = outcome.assignments()
					.values()
					.stream()
					.filter(a -> !Long.valueOf(a.focalUnitId()).equals(current.get(a.subjectId())))
					.count();
				model.addAttribute("outcome", outcome.result());
				model.addAttribute("loads", loads);
				model.addAttribute("changed", changed);
			}
			catch (UserInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_WHAT_IF;
	}

	private static BigDecimal decimal(String text, List<Problem> problems) {
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (RuntimeException ex) {
			problems.add(Problem.of("capacity", "plan.error.capacity"));
			return null;
		}
	}

}
