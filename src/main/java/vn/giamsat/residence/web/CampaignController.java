package vn.giamsat.residence.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.platform.exports.XlsxExporter;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.residence.ExemptionCategory;
import vn.giamsat.residence.internal.CampaignExport;
import vn.giamsat.residence.internal.CampaignRow;
import vn.giamsat.residence.internal.CampaignService;
import vn.giamsat.residence.internal.ProblemStore;
import vn.giamsat.residence.internal.RequestRow;
import vn.giamsat.residence.internal.RequestStore;
import vn.giamsat.residence.internal.ResidenceAccess;
import vn.giamsat.residence.internal.ResidenceQueries;

/**
 * The workplace clerk's campaign: its members and problems, exemptions and additions,
 * sending, overdue requests per residence cell, closing, and the status as XLSX. Actions
 * redirect back with a flash message or the reasons they were refused.
 */
@Controller
class CampaignController {

	static final String VIEW = "residence/campaign";

	private final ResidenceAccess access;

	private final CampaignService service;

	private final RequestStore requests;

	private final ProblemStore problems;

	private final CampaignExport export;

	private final Messages messages;

	private final Clock clock;

	CampaignController(ResidenceAccess access, CampaignService service, RequestStore requests, ProblemStore problems,
			CampaignExport export, Messages messages, Clock clock) {
		this.access = access;
		this.service = service;
		this.requests = requests;
		this.problems = problems;
		this.export = export;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/residence/campaigns/{id}")
	String campaign(@PathVariable long id, Model model) {
		CampaignRow c = access.ownCampaign(id);
		List<RequestRow> rows = requests.ofCampaign(id);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("campaign", c);
		model.addAttribute("rows", rows);
		model.addAttribute("counts", ResidenceQueries.countByState(rows));
		model.addAttribute("late", rows.stream().filter(RequestRow::late).count());
		model.addAttribute("overdue", ResidenceQueries.overdueBy(rows, today, RequestRow::residenceCellName));
		model.addAttribute("problems", problems.of(id));
		model.addAttribute("categories", ExemptionCategory.values());
		model.addAttribute("today", today);
		return VIEW;
	}

	@PostMapping("/residence/campaigns/{id}/refresh")
	String refresh(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> service.refresh(id));
	}

	@PostMapping("/residence/campaigns/{id}/members")
	String add(@PathVariable long id, @RequestParam(required = false) String code,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			service.addMember(id, code, reason);
			return null;
		});
	}

	@PostMapping("/residence/campaigns/{id}/send")
	String send(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> service.send(id));
	}

	@PostMapping("/residence/campaigns/{id}/close")
	String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			service.close(id, version);
			return null;
		});
	}

	@PostMapping("/residence/requests/{id}/exemption")
	String exempt(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) ExemptionCategory category, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		RequestRow r = access.request(id);
		return act(r.campaignId(), redirect, () -> {
			service.exempt(id, version, category, reason);
			return null;
		});
	}

	@PostMapping("/residence/requests/{id}/unexempt")
	String unexempt(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		RequestRow r = access.request(id);
		return act(r.campaignId(), redirect, () -> {
			service.unexempt(id, version);
			return null;
		});
	}

	@GetMapping("/residence/campaigns/{id}/tinh-hinh.xlsx")
	void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
		CampaignRow c = access.ownCampaign(id);
		response.setContentType(XlsxExporter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("nhan-xet-noi-cu-tru-" + c.year() + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		export.write(c, response.getOutputStream());
	}

	private String act(long campaignId, RedirectAttributes redirect, Supplier<Object> action) {
		try {
			Object result = action.get();
			redirect.addFlashAttribute("flash",
					result instanceof Integer n ? messages.get("residence.done.count", n) : messages.get("form.saved"));
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("errors", ex.problems().stream().map(messages::problem).toList());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("errors", List.of(messages.get("error.concurrentEdit")));
		}
		return "redirect:/residence/campaigns/" + campaignId;
	}

}
