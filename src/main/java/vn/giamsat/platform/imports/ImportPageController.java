package vn.giamsat.platform.imports;

import java.io.IOException;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.Messages;

/**
 * The import page: pick a dataset, download its template, upload a file, see either what
 * was created and updated or the full table of errors (row, column, message). Works as a
 * plain form; with htmx the result replaces only the result panel and a progress bar
 * shows the upload.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER','PARTY_COMMITTEE_OFFICER','PROPAGANDA_OFFICER')")
class ImportPageController {

	static final String VIEW = "platform/imports";

	static final String VIEW_RESULT = "platform/import-result";

	private final ImportService imports;

	private final CurrentAccess access;

	private final Messages messages;

	ImportPageController(ImportService imports, CurrentAccess access, Messages messages) {
		this.imports = imports;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/imports")
	String page(Model model) {
		return page(model, null, null, List.of(), null);
	}

	@GetMapping("/imports/{dataset}/template.xlsx")
	String template(@PathVariable String dataset) {
		return "redirect:/api/v1/imports/" + dataset + "/template.xlsx";
	}

	@PostMapping("/imports/{dataset}")
	String upload(@PathVariable String dataset, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestHeader(value = "HX-Request", required = false) String hx, Model model) throws IOException {
		AccessScope scope = access.scope();
		ImportDataset d = imports.require(dataset, scope);
		if (file == null
				|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return result(hx, model, d, null, List.of(new ImportErrorLine("", "", messages.get("imports.noFile"))));
		}
		try {
			ImportOutcome outcome = imports.importFile(dataset, file.getInputStream(), file.getOriginalFilename(),
					scope);
			return result(hx, model, d, outcome, List.of());
		}
		catch (ImportRejectedException ex) {
			List<ImportErrorLine> lines = ex.errors()
				.stream()
				.map(e -> new ImportErrorLine(e.row() == 0 ? "" : String.valueOf(e.row()),
						e.column() == null ? "" : d.columns().headerOf(e.column()),
						messages.get(e.messageCode(), e.args())))
				.toList();
			return result(hx, model, d, null, lines);
		}
	}

	private String result(String hx, Model model, ImportDataset d, ImportOutcome outcome,
			List<ImportErrorLine> errors) {
		if (hx != null) {
			model.addAttribute("dataset", d);
			model.addAttribute("outcome", outcome);
			model.addAttribute("errors", errors);
			return VIEW_RESULT;
		}
		return page(model, d, outcome, errors, d.name());
	}

	private String page(Model model, ImportDataset d, ImportOutcome outcome, List<ImportErrorLine> errors,
			String selected) {
		AccessScope scope = access.scope();
		model.addAttribute("datasets",
				imports.datasets().stream().filter(x -> x.allowedRoles().contains(scope.role())).toList());
		model.addAttribute("dataset", d);
		model.addAttribute("outcome", outcome);
		model.addAttribute("errors", errors);
		model.addAttribute("selected", selected);
		return VIEW;
	}

}
