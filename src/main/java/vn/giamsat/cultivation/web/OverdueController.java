package vn.giamsat.cultivation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.cultivation.internal.CultivationDeadlines;
import vn.giamsat.cultivation.internal.DeadlineSet;
import vn.giamsat.cultivation.internal.OverdueQueries;
import vn.giamsat.cultivation.internal.OverdueStage;
import vn.giamsat.cultivation.internal.PeopleInScope;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Overdue lists per managing committee, and the form where a committee sets its deadlines
 * of a year.
 */
@Controller
class OverdueController {

	static final String VIEW_OVERDUE = "cultivation/overdue";

	static final String VIEW_DEADLINES = "cultivation/deadlines";

	static final int PAGE_SIZE = 100;

	private final OverdueQueries overdue;

	private final CultivationDeadlines deadlines;

	private final PeopleInScope scopes;

	private final CurrentAccess access;

	private final Messages messages;

	private final Clock clock;

	OverdueController(OverdueQueries overdue, CultivationDeadlines deadlines, PeopleInScope scopes,
			CurrentAccess access, Messages messages, Clock clock) {
		this.overdue = overdue;
		this.deadlines = deadlines;
		this.scopes = scopes;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cultivation/overdue")
	@PreAuthorize("hasAnyRole('FRONT_OFFICER','PROPAGANDA_OFFICER','PARTY_COMMITTEE_OFFICER','LEADER','SYSTEM_ADMIN')")
	String overdue(@RequestParam(required = false) String year, @RequestParam(required = false) Long committee,
			@RequestParam(required = false) String stage, @RequestParam(required = false) Integer page, Model model) {
		AccessScope scope = access.scope();
		List<Problem> problems = new ArrayList<>();
		int y = YearParam.resolve(year, clock, problems);
		OverdueStage chosen = Arrays.stream(OverdueStage.values())
			.filter(s -> s.name().equals(stage))
			.findFirst()
			.orElse(null);
		LocalDate today = LocalDate.now(clock);
		OverdueQueries.Report report = overdue.report(scope, y, committee, today);
		List<OverdueQueries.Overdue> rows = report.rows(chosen);
		int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int p = page == null ? 0 : Math.min(Math.max(0, page), pages - 1);
		model.addAttribute("year", y);
		model.addAttribute("today", today);
		model.addAttribute("committee", committee);
		model.addAttribute("stage", chosen);
		model.addAttribute("stages", OverdueStage.values());
		model.addAttribute("report", report);
		model.addAttribute("rows", rows.subList(p * PAGE_SIZE, Math.min(rows.size(), (p + 1) * PAGE_SIZE)));
		model.addAttribute("total", (long) rows.size());
		model.addAttribute("page", p);
		model.addAttribute("pages", pages);
		model.addAttribute("baseQuery", "year=" + y + "&committee=" + (committee == null ? "" : committee) + "&stage="
				+ (chosen == null ? "" : chosen.name()));
		model.addAttribute("committees", scopes.committees(scope));
		model.addAttribute("defaults", deadlines.defaults(y));
		model.addAttribute("canSetDeadlines", !deadlines.editableCommittees(scope).isEmpty());
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_OVERDUE;
	}

	@GetMapping("/cultivation/deadlines")
	@PreAuthorize("hasAnyRole('PARTY_COMMITTEE_OFFICER','SYSTEM_ADMIN')")
	String deadlinesForm(@RequestParam(required = false) Long committee, @RequestParam(required = false) String year,
			Model model) {
		AccessScope scope = access.scope();
		List<Problem> problems = new ArrayList<>();
		int y = YearParam.resolve(year, clock, problems);
		List<OrganisationView> editable = deadlines.editableCommittees(scope);
		Long chosen = committee != null ? committee : editable.isEmpty() ? null : editable.get(0).id();
		DeadlineForm form;
		if (chosen == null) {
			form = DeadlineForm.of(null, y, deadlines.defaults(y));
		}
		else {
			deadlines.requireEditable(scope, chosen);
			form = DeadlineForm.of(chosen, y, deadlines.of(chosen, y));
		}
		return deadlinesPage(model, form, editable, problems);
	}

	@PostMapping("/cultivation/deadlines")
	@PreAuthorize("hasAnyRole('PARTY_COMMITTEE_OFFICER','SYSTEM_ADMIN')")
	String saveDeadlines(@ModelAttribute DeadlineForm form, Model model, RedirectAttributes redirect) {
		AccessScope scope = access.scope();
		List<Problem> problems = new ArrayList<>();
		if (form.committee() == null) {
			problems.add(Problem.of("committee", "cultivation.deadlines.error.committee"));
		}
		else {
			deadlines.requireEditable(scope, form.committee());
		}
		Integer year = form.yearValue(problems);
		DeadlineSet set = form.toSet(problems);
		if (problems.isEmpty()) {
			try {
				deadlines.save(scope, form.committee(), year, set);
				redirect.addFlashAttribute("flash", "form.saved");
				return "redirect:/cultivation/deadlines?committee=" + form.committee() + "&year=" + year;
			}
			catch (UserInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		return deadlinesPage(model, form, deadlines.editableCommittees(scope), problems);
	}

	private String deadlinesPage(Model model, DeadlineForm form, List<OrganisationView> committees,
			List<Problem> problems) {
		model.addAttribute("form", form);
		model.addAttribute("committees", committees);
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		model.addAttribute("errorFields", problems.stream().map(Problem::field).distinct().toList());
		return VIEW_DEADLINES;
	}

}
