package vn.giamsat.supervision.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.PageCommands;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.OpinionKind;
import vn.giamsat.supervision.OpinionTopic;
import vn.giamsat.supervision.Opinions;
import vn.giamsat.supervision.Subject;
import vn.giamsat.supervision.SupervisionRecords;
import vn.giamsat.supervision.internal.OpinionStore;

/**
 * Opinions for officers: the list in scope (with the release button for the Front
 * Standing Committee and the cadres' answers), and the form for one opinion concerning
 * one or several people.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER','MEMBER_ORG_OFFICER','FRONT_WORK_COMMITTEE','LEADER','SYSTEM_ADMIN')")
class OpinionController {

	static final String VIEW_LIST = "supervision/opinions";

	static final String VIEW_FORM = "supervision/opinion-form";

	static final int PAGE_SIZE = 50;

	private final Opinions opinions;

	private final SupervisionRecords records;

	private final Messages messages;

	private final PageCommands commands;

	private final Clock clock;

	OpinionController(Opinions opinions, SupervisionRecords records, Messages messages, PageCommands commands,
			Clock clock) {
		this.opinions = opinions;
		this.records = records;
		this.messages = messages;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/supervision/opinions")
	String list(@RequestParam(required = false) Boolean released, @RequestParam(defaultValue = "0") int page,
			Model model) {
		List<OpinionStore.OpinionRow> rows = opinions
			.list(new OpinionStore.Filter(released, null, null, Math.max(0, page)), PAGE_SIZE);
		List<OpinionStore.OpinionRow> shown = rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
		model.addAttribute("rows", shown);
		model.addAttribute("releasable",
				shown.stream().map(r -> r.releasedAt() == null && opinions.mayRelease(r.organisationId())).toList());
		model.addAttribute("released", released);
		model.addAttribute("more", rows.size() > PAGE_SIZE);
		model.addAttribute("page", Math.max(0, page));
		return VIEW_LIST;
	}

	@GetMapping("/supervision/opinions/new")
	@PreAuthorize("hasAnyRole('FRONT_OFFICER','MEMBER_ORG_OFFICER','FRONT_WORK_COMMITTEE')")
	String initCreationForm(Model model) {
		return form(model, OpinionForm.empty(DateInput.format(LocalDate.now(clock))), List.of());
	}

	@PostMapping("/supervision/opinions")
	@PreAuthorize("hasAnyRole('FRONT_OFFICER','MEMBER_ORG_OFFICER','FRONT_WORK_COMMITTEE')")
	String processCreationForm(OpinionForm form, org.springframework.validation.BindingResult binding, Model model,
			RedirectAttributes redirect) {
		int year = LocalDate.now(clock).getYear();
		List<Problem> problems = new ArrayList<>();
		FormBinding.problems(binding, problems);
		var draft = form.draft(problems);
		if (problems.isEmpty()) {
			try {
				opinions.write(year, draft);
				redirect.addFlashAttribute("flash", "supervision.opinionSaved");
				return "redirect:/supervision/opinions";
			}
			catch (UserInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		return form(model, form, problems);
	}

	@PostMapping("/supervision/opinions/{id}/release")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String release(@PathVariable long id, RedirectAttributes redirect) {
		return commands.run(redirect, "/supervision/opinions?released=false", "supervision.released",
				() -> opinions.release(id));
	}

	private String form(Model model, OpinionForm form, List<Problem> problems) {
		int year = LocalDate.now(clock).getYear();
		List<Subject> subjects = records.mySubjects(year);
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		model.addAttribute("subjects", subjects);
		model.addAttribute("commitments", opinions.commitmentsOf(subjects, year));
		model.addAttribute("kinds", OpinionKind.values());
		model.addAttribute("topics", OpinionTopic.values());
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_FORM;
	}

}
