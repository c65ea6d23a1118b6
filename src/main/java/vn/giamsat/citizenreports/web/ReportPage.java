package vn.giamsat.citizenreports.web;

import java.util.List;

import org.springframework.ui.Model;

import vn.giamsat.citizenreports.Reporter;
import vn.giamsat.citizenreports.internal.OfficerMessages;
import vn.giamsat.citizenreports.internal.ReportAccess;
import vn.giamsat.citizenreports.internal.ReportRow;
import vn.giamsat.citizenreports.internal.ReportStore;

/**
 * Fills the report page's model; shared by the page and the actions that re-render it.
 */
final class ReportPage {

	private ReportPage() {
	}

	static void fill(Model model, ReportRow r, ReportAccess.View view, boolean mayReveal, ReportStore store,
			OfficerMessages messages, Reporter revealed, List<String> errors) {
		model.addAttribute("report", r);
		model.addAttribute("handler", view == ReportAccess.View.HANDLER);
		model.addAttribute("mayReveal", mayReveal);
		model.addAttribute("revealed", revealed);
		model.addAttribute("events", store.events(r.id()));
		model.addAttribute("reveals",
				mayReveal || view == ReportAccess.View.HANDLER ? store.reveals(r.id()) : List.of());
		model.addAttribute("attachments", store.attachments(r.id()));
		model.addAttribute("messages", messages.of(r.id()));
		model.addAttribute("errors", errors);
	}

}
