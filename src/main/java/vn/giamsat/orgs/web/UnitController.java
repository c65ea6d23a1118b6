package vn.giamsat.orgs.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.orgs.internal.AdminUnit;
import vn.giamsat.orgs.internal.StructureQueries;
import vn.giamsat.orgs.internal.StructureSearch;
import vn.giamsat.orgs.internal.UnitDraft;
import vn.giamsat.orgs.internal.UnitEditing;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/** Browsing the unit tree (expandable, searchable), a unit's page, and the unit form. */
@Controller
@PreAuthorize("!hasRole('CADRE')")
class UnitController {

	static final String VIEW_TREE = "orgs/units";

	static final String VIEW_CHILDREN = "orgs/tree-children";

	static final String VIEW_RESULTS = "orgs/unit-results";

	static final String VIEW_DETAIL = "orgs/unit";

	static final String VIEW_FORM = "orgs/unit-form";

	private final StructureQueries queries;

	private final StructureSearch search;

	private final OrgStructure structure;

	private final UnitEditing editing;

	private final CurrentAccess access;

	private final Messages messages;

	private final vn.giamsat.orgs.LineageManagement lineage;

	UnitController(StructureQueries queries, StructureSearch search, OrgStructure structure, UnitEditing editing,
			CurrentAccess access, Messages messages, vn.giamsat.orgs.LineageManagement lineage) {
		this.lineage = lineage;
		this.queries = queries;
		this.search = search;
		this.structure = structure;
		this.editing = editing;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/units")
	String tree(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String hx, Model model) {
		AccessScope scope = access.scope();
		AdminLevel lvl = level == null || level.isBlank() ? null : AdminLevel.fromCode(level).orElse(null);
		boolean searching = (q != null && !q.isBlank()) || lvl != null;
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("level", lvl == null ? "" : lvl.name());
		model.addAttribute("searching", searching);
		if (searching) {
			model.addAttribute("results", search.units(scope, q, lvl, Math.max(0, page), StructureSearch.PAGE_SIZE));
			if (hx != null) {
				return VIEW_RESULTS;
			}
		}
		else {
			model.addAttribute("results", null);
		}
		model.addAttribute("roots", nodes(roots(scope)));
		return VIEW_TREE;
	}

	@GetMapping("/units/{id}/children")
	String children(@PathVariable long id, Model model) {
		access.requireUnit(id);
		model.addAttribute("nodes", nodes(queries.children(id)));
		return VIEW_CHILDREN;
	}

	@GetMapping("/units/{id}")
	String detail(@PathVariable long id, Model model) {
		UnitView unit = structure.unit(id).orElseThrow(NotFoundException::new);
		access.requireUnit(id);
		model.addAttribute("unit", unit);
		model.addAttribute("path", structure.path(id));
		model.addAttribute("children", nodes(queries.children(id)));
		model.addAttribute("organisations", queries.organisationsOfUnit(id));
		model.addAttribute("lineage", lineage.linksOf(id));
		model.addAttribute("lineageErrors", List.of());
		return VIEW_DETAIL;
	}

	@PostMapping("/units/{id}/lineage")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER')")
	String link(@PathVariable long id, @RequestParam String predecessor, @RequestParam String successor,
			@RequestParam(required = false) String share, @RequestParam(required = false) String legalReference,
			@RequestParam(required = false) String effectiveDate, Model model, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		java.math.BigDecimal value = null;
		if (share != null && !share.isBlank()) {
			try {
				value = new java.math.BigDecimal(share.strip().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				problems.add(Problem.of("share", "lineage.error.share"));
			}
		}
		java.time.LocalDate date = vn.giamsat.platform.web.DateInput.parse(effectiveDate, "effectiveDate", problems);
		try {
			if (problems.isEmpty()) {
				lineage.link(access.scope(), predecessor, successor, value, legalReference, date);
				redirect.addFlashAttribute("flash", "form.saved");
				return "redirect:/units/" + id;
			}
		}
		catch (UserInputException ex) {
			problems.addAll(ex.problems());
		}
		detail(id, model);
		model.addAttribute("lineageErrors", problems.stream().map(messages::problem).toList());
		return VIEW_DETAIL;
	}

	@GetMapping("/units/new")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER')")
	String initCreationForm(@RequestParam(required = false) String parent, Model model) {
		return form(model, UnitForm.empty(parent), null, List.of());
	}

	@PostMapping("/units")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER')")
	String processCreationForm(@ModelAttribute UnitForm form, Model model, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		UnitDraft draft = form.toDraft(problems);
		if (!problems.isEmpty()) {
			editing.check(draft)
				.stream()
				.filter(p -> !"validFrom".equals(p.field()) || draft.validFrom() != null)
				.forEach(problems::add);
			return form(model, form, null, problems);
		}
		try {
			AdminUnit saved = editing.create(draft);
			redirect.addFlashAttribute("flash", "form.saved");
			return "redirect:/units/" + saved.id();
		}
		catch (UserInputException ex) {
			return form(model, form, null, ex.problems());
		}
	}

	@GetMapping("/units/{id}/edit")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER')")
	String initUpdateForm(@PathVariable long id, Model model) {
		UnitView unit = structure.unit(id).orElseThrow(NotFoundException::new);
		access.requireUnit(id);
		String parentCode = unit.parentId() == null ? null
				: structure.unit(unit.parentId()).map(UnitView::code).orElse(null);
		return form(model, UnitForm.of(unit, parentCode, queries.unitVersion(id)), id, List.of());
	}

	@PostMapping("/units/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER')")
	String processUpdateForm(@PathVariable long id, @ModelAttribute UnitForm form, Model model,
			RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		UnitDraft draft = form.toDraft(problems);
		if (form.version() == null) {
			problems.add(Problem.of("version", "error.badRequest"));
		}
		if (!problems.isEmpty()) {
			return form(model, form, id, problems);
		}
		try {
			editing.update(id, form.version(), draft);
			redirect.addFlashAttribute("flash", "form.saved");
			return "redirect:/units/" + id;
		}
		catch (UserInputException ex) {
			return form(model, form, id, ex.problems());
		}
	}

	private String form(Model model, UnitForm form, Long id, List<Problem> problems) {
		model.addAttribute("form", form);
		model.addAttribute("unitId", id);
		model.addAttribute("levels", AdminLevel.values());
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_FORM;
	}

	private List<UnitView> roots(AccessScope scope) {
		if (scope.global()) {
			return queries.roots();
		}
		return scope.rootUnitId() == null ? List.of()
				: structure.unit(scope.rootUnitId()).map(List::of).orElse(List.of());
	}

	private List<TreeNode> nodes(List<UnitView> units) {
		java.util.Map<Long, Integer> counts = queries.childCounts(units.stream().map(UnitView::id).toList());
		return units.stream().map(u -> new TreeNode(u, counts.getOrDefault(u.id(), 0))).toList();
	}

}
