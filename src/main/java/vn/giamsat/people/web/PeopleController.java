package vn.giamsat.people.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PersonCategory;
import vn.giamsat.people.PersonView;
import vn.giamsat.people.internal.PeopleQueries;
import vn.giamsat.people.internal.Person;
import vn.giamsat.people.internal.PersonDraft;
import vn.giamsat.people.internal.PersonEditing;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * The people list (filters, diacritic-insensitive search, Vietnamese order, paging),
 * detail and form.
 */
@Controller
class PeopleController {

	static final String VIEW_LIST = "people/list";

	static final String VIEW_ROWS = "people/rows";

	static final String VIEW_DETAIL = "people/detail";

	static final String VIEW_FORM = "people/form";

	static final EnumSet<OrganisationType> WORKPLACE_TYPES = EnumSet
		.complementOf(EnumSet.of(OrganisationType.FRONT_WORK_COMMITTEE, OrganisationType.PARTY_CELL));

	private final PeopleDirectory directory;

	private final PeopleQueries queries;

	private final PeopleFilters filters;

	private final PersonEditing editing;

	private final OrgStructure structure;

	private final CurrentAccess access;

	private final Messages messages;

	PeopleController(PeopleDirectory directory, PeopleQueries queries, PeopleFilters filters, PersonEditing editing,
			OrgStructure structure, CurrentAccess access, Messages messages) {
		this.directory = directory;
		this.queries = queries;
		this.filters = filters;
		this.editing = editing;
		this.structure = structure;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/people")
	@PreAuthorize("!hasRole('CADRE')")
	String list(@ModelAttribute PeopleFilterForm filter,
			@RequestHeader(value = "HX-Request", required = false) String hx, Model model) {
		AccessScope scope = access.scope();
		model.addAttribute("filter", filter);
		model.addAttribute("results", directory.search(scope, filters.toSearch(filter)));
		if (hx != null) {
			return VIEW_ROWS;
		}
		model.addAttribute("units",
				structure.unitsInScope(scope, EnumSet.of(AdminLevel.CITY, AdminLevel.DISTRICT, AdminLevel.WARD)));
		model.addAttribute("organisations", structure.organisationsInScope(scope, WORKPLACE_TYPES));
		model.addAttribute("committees",
				structure.organisationsInScope(scope, EnumSet.of(OrganisationType.PARTY_COMMITTEE)));
		model.addAttribute("categories", PersonCategory.values());
		return VIEW_LIST;
	}

	@GetMapping("/people/{id}")
	String detail(@PathVariable long id, Model model) {
		PersonView person = visible(id);
		model.addAttribute("person", person);
		model.addAttribute("positions", queries.positions(id));
		return VIEW_DETAIL;
	}

	@GetMapping("/people/new")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER','PARTY_COMMITTEE_OFFICER')")
	String initCreationForm(Model model) {
		return form(model, PersonForm.empty(), null, List.of());
	}

	@PostMapping("/people")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER','PARTY_COMMITTEE_OFFICER')")
	String processCreationForm(@ModelAttribute PersonForm form, Model model, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		PersonDraft draft = form.toDraft(problems);
		if (!problems.isEmpty()) {
			return form(model, form, null, problems);
		}
		try {
			Person saved = editing.create(draft);
			redirect.addFlashAttribute("flash", "form.saved");
			return "redirect:/people/" + saved.id();
		}
		catch (UserInputException ex) {
			return form(model, form, null, ex.problems());
		}
	}

	@GetMapping("/people/{id}/edit")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER','PARTY_COMMITTEE_OFFICER')")
	String initUpdateForm(@PathVariable long id, Model model) {
		PersonView p = visible(id);
		PersonForm form = new PersonForm(p.code(), p.fullName(), p.gender().name(),
				p.birthYear() == null ? "" : p.birthYear().toString(), String.valueOf(p.partyMember()),
				p.positionTitle() == null ? "" : p.positionTitle(), orgCode(p.workplaceId()),
				unitCode(p.residenceUnitId()), orgCode(p.managingCommitteeId()), p.category().name(),
				queries.version(id));
		return form(model, form, id, List.of());
	}

	@PostMapping("/people/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER','PARTY_COMMITTEE_OFFICER')")
	String processUpdateForm(@PathVariable long id, @ModelAttribute PersonForm form, Model model,
			RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		PersonDraft draft = form.toDraft(problems);
		if (form.version() == null) {
			problems.add(Problem.of("version", "error.badRequest"));
		}
		if (!problems.isEmpty()) {
			return form(model, form, id, problems);
		}
		try {
			editing.update(id, form.version(), draft);
			redirect.addFlashAttribute("flash", "form.saved");
			return "redirect:/people/" + id;
		}
		catch (UserInputException ex) {
			return form(model, form, id, ex.problems());
		}
	}

	private PersonView visible(long id) {
		PersonView person = directory.person(id).orElseThrow(NotFoundException::new);
		if (!directory.inScope(access.scope(), person)) {
			throw new OutOfScopeException();
		}
		return person;
	}

	private String form(Model model, PersonForm form, Long id, List<Problem> problems) {
		AccessScope scope = access.scope();
		model.addAttribute("form", form);
		model.addAttribute("personId", id);
		model.addAttribute("categories", PersonCategory.values());
		model.addAttribute("organisations", structure.organisationsInScope(scope, WORKPLACE_TYPES));
		model.addAttribute("committees",
				structure.organisationsInScope(scope, EnumSet.of(OrganisationType.PARTY_COMMITTEE)));
		model.addAttribute("groups", structure.unitsInScope(scope, EnumSet.of(AdminLevel.RESIDENTIAL_GROUP)));
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_FORM;
	}

	private String orgCode(Long id) {
		return id == null ? "" : structure.organisation(id).map(OrganisationView::code).orElse("");
	}

	private String unitCode(Long id) {
		return id == null ? "" : structure.unit(id).map(UnitView::code).orElse("");
	}

}
