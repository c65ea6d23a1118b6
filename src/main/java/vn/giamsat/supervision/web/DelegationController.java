package vn.giamsat.supervision.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.PageCommands;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.Delegations;
import vn.giamsat.supervision.SupervisionRecords;
import vn.giamsat.supervision.internal.DelegationDocuments;
import vn.giamsat.supervision.internal.DelegationStore.DelegationRow;

/**
 * Delegations: the list, founding one (with the deadline warning), its page with the
 * timeline, marking milestones, minutes and findings, and its four documents.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER','LEADER','SYSTEM_ADMIN')")
class DelegationController {

	static final String VIEW_LIST = "supervision/delegations";

	static final String VIEW_FORM = "supervision/delegation-form";

	static final String VIEW_DETAIL = "supervision/delegation";

	private final Delegations delegations;

	private final SupervisionRecords records;

	private final DelegationDocuments documents;

	private final Messages messages;

	private final PageCommands commands;

	private final Clock clock;

	DelegationController(Delegations delegations, SupervisionRecords records, DelegationDocuments documents,
			Messages messages, PageCommands commands, Clock clock) {
		this.delegations = delegations;
		this.records = records;
		this.documents = documents;
		this.messages = messages;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/supervision/delegations")
	String list(Model model) {
		List<DelegationRow> rows = delegations.list();
		model.addAttribute("rows", rows);
		model.addAttribute("timelines", rows.stream().map(delegations::timeline).toList());
		return VIEW_LIST;
	}

	@GetMapping("/supervision/delegations/new")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String initCreationForm(Model model) {
		return form(model, DelegationForm.empty(DateInput.format(LocalDate.now(clock).plusDays(30))), List.of());
	}

	@PostMapping("/supervision/delegations")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String processCreationForm(DelegationForm form, org.springframework.validation.BindingResult binding, Model model,
			RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		FormBinding.problems(binding, problems);
		var draft = form.draft(problems);
		if (problems.isEmpty()) {
			try {
				long id = delegations.found(draft);
				redirect.addFlashAttribute("flash", "form.saved");
				return "redirect:/supervision/delegations/" + id;
			}
			catch (UserInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		boolean late = problems.stream().anyMatch(p -> p.code().equals("supervision.error.deadlinePassed"));
		model.addAttribute("askConfirmation", late);
		return form(model, form, problems);
	}

	@GetMapping("/supervision/delegations/{id}")
	String detail(@PathVariable long id, Model model) {
		DelegationRow d = delegations.delegation(id);
		model.addAttribute("d", d);
		model.addAttribute("timeline", delegations.timeline(d));
		model.addAttribute("members", delegations.members(id));
		model.addAttribute("subjects", delegations.subjects(id));
		model.addAttribute("owner", delegations.owns(d));
		model.addAttribute("today", DateInput.format(LocalDate.now(clock)));
		return VIEW_DETAIL;
	}

	@PostMapping("/supervision/delegations/{id}/milestone")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String milestone(@PathVariable long id, @RequestParam int version, @RequestParam Delegations.Step step,
			@RequestParam(required = false) String date, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		LocalDate on = DateInput.parse(date, "date", problems);
		return commands.run(redirect, path(id), problems, () -> delegations.markDone(id, version, step, on));
	}

	@PostMapping("/supervision/delegations/{id}/texts")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String texts(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) String findings, RedirectAttributes redirect) {
		return commands.run(redirect, path(id), () -> delegations.texts(id, version, minutes, findings));
	}

	@GetMapping("/supervision/delegations/{id}/{kind}.{ext}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String kind, @PathVariable String ext) {
		DelegationDocuments.Kind k;
		try {
			k = DelegationDocuments.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
		DelegationRow d = delegations.delegation(id);
		var members = delegations.members(id);
		var subjects = delegations.subjects(id);
		String name = d.code() + "-" + kind.toLowerCase(java.util.Locale.ROOT) + "." + ext;
		return switch (ext) {
			case "pdf" -> file(documents.pdf(k, d, members, subjects), name, MediaType.APPLICATION_PDF_VALUE);
			case "docx" -> file(documents.docx(k, d, members, subjects), name,
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			default -> throw new NotFoundException();
		};
	}

	private static String path(long id) {
		return "/supervision/delegations/" + id;
	}

	private String form(Model model, DelegationForm form, List<Problem> problems) {
		model.addAttribute("form", form);
		model.addAttribute("subjects", records.mySubjects(LocalDate.now(clock).getYear()));
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		model.addAttribute("dueDays", new int[] { 15, 7, 15 });
		return VIEW_FORM;
	}

	private static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(content);
	}

}
