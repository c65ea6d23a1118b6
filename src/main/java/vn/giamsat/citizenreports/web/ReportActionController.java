package vn.giamsat.citizenreports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.citizenreports.Classification;
import vn.giamsat.citizenreports.Reporter;
import vn.giamsat.citizenreports.internal.IdentityReveal;
import vn.giamsat.citizenreports.internal.OfficerMessages;
import vn.giamsat.citizenreports.internal.ReportAccess;
import vn.giamsat.citizenreports.internal.ReportRow;
import vn.giamsat.citizenreports.internal.ReportStore;
import vn.giamsat.citizenreports.internal.ReportWorkflow;
import vn.giamsat.citizenreports.internal.RoutingOut;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.UserInputException;

/**
 * The steps an officer takes on a report page. A refused step shows the page again with
 * the reason; the revealed identity is rendered once in the response, never put in a
 * redirect or the session.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER','PARTY_COMMITTEE_OFFICER')")
class ReportActionController {

	private final ReportWorkflow workflow;

	private final RoutingOut routingOut;

	private final IdentityReveal reveal;

	private final OfficerMessages officerMessages;

	private final ReportAccess access;

	private final ReportStore store;

	private final Messages messages;

	private final Clock clock;

	ReportActionController(ReportWorkflow workflow, RoutingOut routingOut, IdentityReveal reveal,
			OfficerMessages officerMessages, ReportAccess access, ReportStore store, Messages messages, Clock clock) {
		this.workflow = workflow;
		this.routingOut = routingOut;
		this.reveal = reveal;
		this.officerMessages = officerMessages;
		this.access = access;
		this.store = store;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/reports/{id}/steps")
	String step(@PathVariable long id, @RequestParam String step, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String classification, @RequestParam(required = false) String competentBody,
			@RequestParam(required = false) String original, @RequestParam(required = false) String findings,
			@RequestParam(required = false) String actions, @RequestParam(required = false) String message, Model model,
			RedirectAttributes redirect) {
		try {
			Classification c = classification == null ? null : Classification.fromCode(classification).orElse(null);
			switch (step) {
				case "acknowledge" -> workflow.acknowledge(id);
				case "screen" -> workflow.screen(id, c, reason);
				case "routeOut" -> routingOut.routeOut(id, c, competentBody, reason);
				case "archive" -> workflow.archive(id, reason);
				case "reject" -> workflow.reject(id, reason);
				case "merge" -> workflow.mergeInto(id, parseId(original), reason);
				case "verify" -> workflow.startVerifying(id, reason);
				case "forward" -> workflow.forward(id, reason);
				case "answer" -> workflow.answer(id, findings, actions);
				case "close" -> workflow.close(id, reason);
				case "message" -> officerMessages.send(id, message);
				default -> throw new UserInputException("step", "citizenreports.error.unknownStep");
			}
		}
		catch (UserInputException ex) {
			return again(id, model, null, ex.problems().stream().map(messages::problem).toList());
		}
		redirect.addFlashAttribute("flash", "form.saved");
		return "redirect:/reports/" + id;
	}

	@PostMapping("/reports/{id}/reveal")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String reveal(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
		try {
			Reporter reporter = reveal.reveal(id, reason);
			return again(id, model, reporter, List.of());
		}
		catch (UserInputException ex) {
			return again(id, model, null, ex.problems().stream().map(messages::problem).toList());
		}
	}

	private String again(long id, Model model, Reporter revealed, List<String> errors) {
		ReportRow r = access.report(id);
		ReportAccess.View view = access.view(r);
		ReportPage.fill(model, r, view, access.mayReveal(r), store, officerMessages, revealed, errors);
		model.addAttribute("today", LocalDate.now(clock));
		return ReportController.VIEW_DETAIL;
	}

	private static long parseId(String s) {
		try {
			return Long.parseLong(s == null ? "" : s.strip().replaceFirst("^#", ""));
		}
		catch (NumberFormatException ex) {
			throw new UserInputException("original", "citizenreports.error.mergeTarget");
		}
	}

}
