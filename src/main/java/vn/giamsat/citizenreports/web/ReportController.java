package vn.giamsat.citizenreports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.citizenreports.Classification;
import vn.giamsat.citizenreports.ReportStatus;
import vn.giamsat.citizenreports.internal.OfficerMessages;
import vn.giamsat.citizenreports.internal.ReportAccess;
import vn.giamsat.citizenreports.internal.ReportListing;
import vn.giamsat.citizenreports.internal.ReportRow;
import vn.giamsat.citizenreports.internal.ReportStore;
import vn.giamsat.platform.files.FileStore;
import vn.giamsat.platform.web.NotFoundException;

/** The officers' list, overdue board and report page. */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER','FRONT_WORK_COMMITTEE','PARTY_COMMITTEE_OFFICER','SYSTEM_ADMIN')")
class ReportController {

	static final String VIEW_LIST = "citizenreports/list";

	static final String VIEW_OVERDUE = "citizenreports/overdue";

	static final String VIEW_DETAIL = "citizenreports/detail";

	private final ReportListing listing;

	private final ReportAccess access;

	private final ReportStore store;

	private final OfficerMessages messages;

	private final FileStore files;

	private final Clock clock;

	ReportController(ReportListing listing, ReportAccess access, ReportStore store, OfficerMessages messages,
			FileStore files, Clock clock) {
		this.listing = listing;
		this.access = access;
		this.store = store;
		this.messages = messages;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String list(@RequestParam(required = false) String status, Model model) {
		ReportStatus filter = null;
		try {
			filter = status == null || status.isBlank() ? null : ReportStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			filter = null;
		}
		model.addAttribute("reports", listing.visible(filter));
		model.addAttribute("status", filter);
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW_LIST;
	}

	@GetMapping("/reports/overdue")
	String overdue(Model model) {
		model.addAttribute("board", listing.overdueByBody());
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW_OVERDUE;
	}

	@GetMapping("/reports/{id}")
	String detail(@PathVariable long id, Model model) {
		ReportRow r = access.report(id);
		ReportAccess.View view = access.view(r);
		ReportPage.fill(model, r, view, access.mayReveal(r), store, messages, null, List.of());
		model.addAttribute("today", LocalDate.now(clock));
		return VIEW_DETAIL;
	}

	@GetMapping("/reports/{id}/transfer.pdf")
	ResponseEntity<byte[]> transferLetter(@PathVariable long id) {
		ReportRow r = access.report(id);
		access.view(r);
		if (r.transferFileId() == null) {
			throw new NotFoundException();
		}
		var f = files.load(r.transferFileId()).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chuyen-don-" + id + ".pdf\"")
			.body(f.content());
	}

	/** Evidence is served as a download, never inline, so no uploaded file runs here. */
	@GetMapping("/reports/{id}/attachments/{fileId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable UUID fileId) {
		ReportRow r = access.report(id);
		access.view(r);
		var a = store.attachments(id)
			.stream()
			.filter(x -> x.fileId().equals(fileId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		var f = files.load(fileId).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-" + fileId + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(f.content());
	}

	static List<Classification> classifications() {
		return List.of(Classification.values());
	}

}
