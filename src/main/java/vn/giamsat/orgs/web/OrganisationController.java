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

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.orgs.internal.Organisation;
import vn.giamsat.orgs.internal.OrganisationDraft;
import vn.giamsat.orgs.internal.OrganisationEditing;
import vn.giamsat.orgs.internal.StructureQueries;
import vn.giamsat.orgs.internal.StructureSearch;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/** The organisation list (filters, search), an organisation's page and its form. */
@Controller
@PreAuthorize("!hasRole('CADRE')")
class OrganisationController {

	static final String VIEW_LIST = "orgs/organisations";

	static final String VIEW_ROWS = "orgs/organisation-rows";

	static final String VIEW_DETAIL = "orgs/organisation";

	static final String VIEW_FORM = "orgs/organisation-form";

	private final StructureSearch search;

	private final StructureQueries queries;

	private final OrgStructure structure;

	private final OrganisationEditing editing;

	private final CurrentAccess access;

	private final Messages messages;

	OrganisationController(StructureSearch search, StructureQueries queries, OrgStructure structure,
			OrganisationEditing editing, CurrentAccess access, Messages messages) {
		this.search = search;
		this.queries = queries;
		this.structure = structure;
		this.editing = editing;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/organisations")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String hx, Model model) {
		OrganisationType t = type == null || type.isBlank() ? null : OrganisationType.fromCode(type).orElse(null);
		Long unitId = unit == null || unit.isBlank() ? null
				: structure.unitByCode(unit.strip()).map(u -> u.id()).orElse(-1L);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("type", t == null ? "" : t.name());
		model.addAttribute("unit", unit == null ? "" : unit);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("results",
				search.organisations(access.scope(), q, t, unitId, Math.max(0, page), StructureSearch.PAGE_SIZE));
		return hx != null ? VIEW_ROWS : VIEW_LIST;
	}

	@GetMapping("/organisations/{id}")
	String detail(@PathVariable long id, Model model) {
		OrganisationView org = structure.organisation(id).orElseThrow(NotFoundException::new);
		access.requireUnit(org.unitId());
		model.addAttribute("org", org);
		model.addAttribute("parent",
				org.parentId() == null ? null : structure.organisation(org.parentId()).orElse(null));
		model.addAttribute("path", structure.path(org.unitId()));
		return VIEW_DETAIL;
	}

	@GetMapping("/organisations/new")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER')")
	String initCreationForm(@RequestParam(required = false) String unit, Model model) {
		return form(model, OrganisationForm.empty(unit), null, List.of());
	}

	@PostMapping("/organisations")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER')")
	String processCreationForm(@ModelAttribute OrganisationForm form, Model model, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		OrganisationDraft draft = form.toDraft(problems);
		if (!problems.isEmpty()) {
			return form(model, form, null, problems);
		}
		try {
			Organisation saved = editing.create(draft);
			redirect.addFlashAttribute("flash", "form.saved");
			return "redirect:/organisations/" + saved.id();
		}
		catch (UserInputException ex) {
			return form(model, form, null, ex.problems());
		}
	}

	@GetMapping("/organisations/{id}/edit")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER')")
	String initUpdateForm(@PathVariable long id, Model model) {
		OrganisationView org = structure.organisation(id).orElseThrow(NotFoundException::new);
		access.requireUnit(org.unitId());
		String parentCode = org.parentId() == null ? null
				: structure.organisation(org.parentId()).map(OrganisationView::code).orElse(null);
		return form(model, OrganisationForm.of(org, parentCode, queries.organisationVersion(id)), id, List.of());
	}

	@PostMapping("/organisations/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER')")
	String processUpdateForm(@PathVariable long id, @ModelAttribute OrganisationForm form, Model model,
			RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		OrganisationDraft draft = form.toDraft(problems);
		if (form.version() == null) {
			problems.add(Problem.of("version", "error.badRequest"));
		}
		if (!problems.isEmpty()) {
			return form(model, form, id, problems);
		}
		try {
			editing.update(id, form.version(), draft);
			redirect.addFlashAttribute("flash", "form.saved");
			return "redirect:/organisations/" + id;
		}
		catch (UserInputException ex) {
			return form(model, form, id, ex.problems());
		}
	}

	private String form(Model model, OrganisationForm form, Long id, List<Problem> problems) {
		model.addAttribute("form", form);
		model.addAttribute("orgId", id);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_FORM;
	}

}
