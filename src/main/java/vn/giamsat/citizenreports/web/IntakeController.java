package vn.giamsat.citizenreports.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import vn.giamsat.citizenreports.Channel;
import vn.giamsat.citizenreports.NewReport;
import vn.giamsat.citizenreports.Receipt;
import vn.giamsat.citizenreports.Reporter;
import vn.giamsat.citizenreports.internal.ReportIntake;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.UserInputException;

/**
 * A report entered on a resident's behalf: by the group's Front work committee, at a
 * meeting, or from the hotline. The resident gets the receipt code (read out or printed)
 * like on the portal.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER','FRONT_WORK_COMMITTEE')")
class IntakeController {

	static final String VIEW_FORM = "citizenreports/intake";

	static final String VIEW_RECEIPT = "citizenreports/intake-receipt";

	private final ReportIntake intake;

	private final CurrentAccess current;

	private final vn.giamsat.orgs.OrgStructure structure;

	private final Messages messages;

	IntakeController(ReportIntake intake, CurrentAccess current, vn.giamsat.orgs.OrgStructure structure,
			Messages messages) {
		this.intake = intake;
		this.current = current;
		this.structure = structure;
		this.messages = messages;
	}

	@GetMapping("/reports/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", IntakeForm.empty());
		model.addAttribute("errors", List.of());
		return VIEW_FORM;
	}

	@PostMapping("/reports")
	String processCreationForm(IntakeForm form, Authentication auth, Model model) {
		try {
			var unit = structure.unitByCode(form.unit() == null ? "" : form.unit().strip());
			if (unit.isPresent() && !current.scope().coversUnit(unit.get().id())) {
				throw new OutOfScopeException();
			}
			Channel channel = channel(form.channel());
			Receipt receipt = intake.receive(new NewReport(form.classification(), form.unit(), null, form.subjectName(),
					form.subjectPosition(), form.content(), form.isAnonymous(),
					new Reporter(form.reporterName(), form.reporterPhone(), form.reporterAddress()), List.of(),
					channel), auth.getName());
			model.addAttribute("receipt", receipt);
			return VIEW_RECEIPT;
		}
		catch (UserInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("errors", ex.problems().stream().map(messages::problem).toList());
			return VIEW_FORM;
		}
	}

	private Channel channel(String s) {
		try {
			Channel c = Channel.valueOf(s == null ? "" : s);
			if (c == Channel.FRONT_WORK_COMMITTEE || c == Channel.MEETING || c == Channel.HOTLINE) {
				return c;
			}
		}
		catch (IllegalArgumentException ex) {
			// fall through to the refusal
		}
		throw new UserInputException("channel", "citizenreports.error.channel");
	}

}
