package vn.giamsat.supervision.web;

import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.platform.files.FileStore;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.Attachment;
import vn.giamsat.supervision.Finding;
import vn.giamsat.supervision.Method;
import vn.giamsat.supervision.RecordDraft;
import vn.giamsat.supervision.SupervisionRecords;
import vn.giamsat.supervision.internal.RecordStore;

/**
 * The records list in the caller's scope with its filters, the entry form (one person)
 * and quick entry (several people seen at one meeting, one record each), a record's page
 * and its attachments.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER','MEMBER_ORG_OFFICER','FRONT_WORK_COMMITTEE','LEADER','SYSTEM_ADMIN')")
class RecordController {

	static final String VIEW_LIST = "supervision/records";

	static final String VIEW_FORM = "supervision/record-form";

	static final String VIEW_DETAIL = "supervision/record";

	static final int PAGE_SIZE = 50;

	private final SupervisionRecords records;

	private final Messages messages;

	private final Clock clock;

	RecordController(SupervisionRecords records, Messages messages, Clock clock) {
		this.records = records;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/supervision")
	String list(@RequestParam(required = false) String person, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Finding finding,
			@RequestParam(defaultValue = "0") int page, Model model) {
		List<Problem> problems = new ArrayList<>();
		LocalDate f = DateInput.parse(from, "from", problems);
		LocalDate t = DateInput.parse(to, "to", problems);
		String code = person == null || person.isBlank() ? null : person.strip();
		List<RecordStore.RecordRow> rows = records
			.list(new RecordStore.Filter(code, null, f, t, finding, Math.max(0, page)), PAGE_SIZE);
		model.addAttribute("rows", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
		model.addAttribute("more", rows.size() > PAGE_SIZE);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("filter", new RecordFilterForm(code == null ? "" : code, from == null ? "" : from,
				to == null ? "" : to, finding));
		model.addAttribute("findings", Finding.values());
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_LIST;
	}

	@GetMapping("/supervision/records/new")
	@PreAuthorize("hasAnyRole('FRONT_OFFICER','MEMBER_ORG_OFFICER','FRONT_WORK_COMMITTEE')")
	String initCreationForm(@RequestParam(defaultValue = "false") boolean quick, Model model) {
		int year = LocalDate.now(clock).getYear();
		return form(model, year, quick, RecordForm.empty(DateInput.format(LocalDate.now(clock))), List.of());
	}

	@PostMapping("/supervision/records")
	@PreAuthorize("hasAnyRole('FRONT_OFFICER','MEMBER_ORG_OFFICER','FRONT_WORK_COMMITTEE')")
	String processCreationForm(RecordForm form, org.springframework.validation.BindingResult binding,
			@RequestParam(defaultValue = "false") boolean quick,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) throws IOException {
		int year = LocalDate.now(clock).getYear();
		List<Problem> problems = new ArrayList<>();
		FormBinding.problems(binding, problems);
		RecordDraft draft = form.draft(problems);
		List<Attachment> attachments = new ArrayList<>();
		for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
			if (!f.isEmpty()) {
				attachments.add(new Attachment(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
			}
		}
		if (problems.isEmpty()) {
			try {
				List<String> codes = records.record(year, draft, attachments);
				redirect.addFlashAttribute("flash",
						codes.size() == 1 ? "supervision.recorded" : "supervision.recordedMany");
				return "redirect:/supervision";
			}
			catch (UserInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		return form(model, year, quick, form, problems);
	}

	@GetMapping("/supervision/records/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("row", records.detail(id));
		model.addAttribute("attachments", records.attachments(id));
		return VIEW_DETAIL;
	}

	@GetMapping("/supervision/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable long id) {
		FileStore.StoredFile file = records.file(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}

	private String form(Model model, int year, boolean quick, RecordForm form, List<Problem> problems) {
		model.addAttribute("year", year);
		model.addAttribute("quick", quick);
		model.addAttribute("form", form);
		model.addAttribute("subjects", records.mySubjects(year));
		model.addAttribute("methods", Method.values());
		model.addAttribute("findings", Finding.values());
		model.addAttribute("criteria", records.criteria());
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_FORM;
	}

}
