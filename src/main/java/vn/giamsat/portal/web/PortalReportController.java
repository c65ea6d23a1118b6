package vn.giamsat.portal.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

import vn.giamsat.citizenreports.Channel;
import vn.giamsat.citizenreports.CitizenReports;
import vn.giamsat.citizenreports.Evidence;
import vn.giamsat.citizenreports.NewReport;
import vn.giamsat.citizenreports.Receipt;
import vn.giamsat.citizenreports.Reporter;
import vn.giamsat.citizenreports.TrackedReport;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.portal.internal.PortalQueries;

/**
 * The report form, the receipt (shown once, printable) and following a report by its
 * code. Plain HTML forms with CSRF tokens: everything works without JavaScript. The code
 * travels in POST bodies, never in URLs, so it stays out of logs and browser history.
 */
@Controller
class PortalReportController {

	static final String VIEW_FORM = "portal/report-form";

	static final String VIEW_RECEIPT = "portal/receipt";

	static final String VIEW_FOLLOW = "portal/follow";

	static final String VIEW_TRACKED = "portal/tracked";

	static final String VIEW_LIMITED = "portal/limited";

	private final CitizenReports reports;

	private final OrgStructure structure;

	private final PortalQueries queries;

	private final Messages messages;

	private final Clock clock;

	private final vn.giamsat.platform.web.UiFactory uiFactory;

	PortalReportController(CitizenReports reports, OrgStructure structure, PortalQueries queries, Messages messages,
			Clock clock, vn.giamsat.platform.web.UiFactory uiFactory) {
		this.uiFactory = uiFactory;
		this.reports = reports;
		this.structure = structure;
		this.queries = queries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/portal/units/{unitCode}/report")
	String initCreationForm(@PathVariable String unitCode, Model model) {
		UnitView unit = unit(unitCode);
		return form(model, unit, ReportForm.empty(), List.of());
	}

	@PostMapping("/portal/units/{unitCode}/report")
	String processCreationForm(@PathVariable String unitCode, ReportForm form,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		UnitView unit = unit(unitCode);
		List<Evidence> files = new ArrayList<>();
		for (MultipartFile f : evidence == null ? List.<MultipartFile>of() : evidence) {
			if (!f.isEmpty()) {
				files.add(new Evidence(f.getOriginalFilename(), f.getBytes()));
			}
		}
		try {
			Receipt receipt = reports.submit(new NewReport(form.classification(), unit.code(), form.subjectCode(),
					form.subjectName(), form.subjectPosition(), form.content(), form.isAnonymous(),
					new Reporter(form.reporterName(), form.reporterPhone(), form.reporterAddress()), files,
					Channel.PORTAL), request.getRemoteAddr());
			response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
			model.addAttribute("unit", unit);
			model.addAttribute("receipt", receipt);
			return VIEW_RECEIPT;
		}
		catch (UserInputException ex) {
			response.setStatus(422);
			return form(model, unit, form, ex.problems().stream().map(messages::problem).toList());
		}
	}

	@GetMapping("/portal/follow")
	String follow(Model model) {
		model.addAttribute("errors", List.of());
		return VIEW_FOLLOW;
	}

	@PostMapping("/portal/follow")
	String track(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		TrackedReport t = reports.track(code, request.getRemoteAddr()).orElse(null);
		if (t == null) {
			response.setStatus(404);
			model.addAttribute("errors", List.of(messages.get("portal.follow.notFound")));
			return VIEW_FOLLOW;
		}
		return tracked(model, t, code, List.of());
	}

	@PostMapping("/portal/follow/respond")
	String respond(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String step,
			@RequestParam(required = false) String message, @RequestParam(required = false) Integer rating,
			@RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		String address = request.getRemoteAddr();
		List<String> errors = List.of();
		try {
			switch (step) {
				case "message" -> reports.message(code, message, address);
				case "rate" -> reports.rate(code, rating == null ? 0 : rating, address);
				case "reopen" -> reports.reopen(code, reason, address);
				default -> throw new UserInputException("step", "citizenreports.error.unknownStep");
			}
		}
		catch (UserInputException ex) {
			errors = ex.problems().stream().map(messages::problem).toList();
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			model.addAttribute("errors", List.of(messages.get("portal.follow.notFound")));
			return VIEW_FOLLOW;
		}
		TrackedReport t = reports.track(code, address).orElseThrow(NotFoundException::new);
		return tracked(model, t, code, errors);
	}

	/** A flood from one address gets a plain page with 429, not an error page. */
	@org.springframework.web.bind.annotation.ExceptionHandler(vn.giamsat.citizenreports.TooManyRequests.class)
	String tooMany(vn.giamsat.citizenreports.TooManyRequests ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		// exception handlers get a fresh model without the advice's attributes
		model.addAttribute("ui", uiFactory.ui(request));
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(ex.retryAfterSeconds()));
		model.addAttribute("message", messages.get(ex.code(), ex.retryAfterSeconds()));
		return VIEW_LIMITED;
	}

	private String tracked(Model model, TrackedReport t, String code, List<String> errors) {
		model.addAttribute("report", t);
		model.addAttribute("code", code);
		model.addAttribute("errors", errors);
		return VIEW_TRACKED;
	}

	private String form(Model model, UnitView unit, ReportForm form, List<String> errors) {
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("people", queries.people(unit.id()));
		model.addAttribute("errors", errors);
		return VIEW_FORM;
	}

	private UnitView unit(String code) {
		LocalDate today = LocalDate.now(clock);
		return structure.unitByCode(code).filter(u -> u.validOn(today)).orElseThrow(NotFoundException::new);
	}

}
