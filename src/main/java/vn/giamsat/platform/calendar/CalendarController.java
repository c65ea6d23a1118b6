package vn.giamsat.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.UserInputException;

/** The administrator's page for a year's holidays and adjustments. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CalendarController {

	static final String VIEW = "platform/calendar";

	private final WorkingDays workingDays;

	private final CalendarAdjustments adjustments;

	private final Messages messages;

	private final Clock clock;

	CalendarController(WorkingDays workingDays, CalendarAdjustments adjustments, Messages messages, Clock clock) {
		this.workingDays = workingDays;
		this.adjustments = adjustments;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/calendar")
	String show(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", y);
		model.addAttribute("holidays", workingDays.holidays(y));
		model.addAttribute("adjustments", adjustments.of(y));
		model.addAttribute("errors", List.of());
		return VIEW;
	}

	@PostMapping("/admin/calendar")
	String put(@RequestParam String day, @RequestParam(defaultValue = "OFF") String kind,
			@RequestParam(defaultValue = "") String note, Authentication auth, Model model,
			RedirectAttributes redirect) {
		List<vn.giamsat.platform.web.Problem> problems = new java.util.ArrayList<>();
		LocalDate parsed = DateInput.parse(day, "day", problems);
		try {
			if (!problems.isEmpty()) {
				throw new UserInputException(problems);
			}
			adjustments.put(parsed, "WORK".equals(kind), note, auth.getName());
		}
		catch (UserInputException ex) {
			show(parsed == null ? null : parsed.getYear(), model);
			model.addAttribute("errors", ex.problems().stream().map(messages::problem).toList());
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "form.saved");
		return "redirect:/admin/calendar?year=" + parsed.getYear();
	}

	@PostMapping("/admin/calendar/remove")
	String remove(@RequestParam String day, RedirectAttributes redirect) {
		LocalDate parsed = DateInput.parse(day, "day", new java.util.ArrayList<>());
		if (parsed == null) {
			throw new UserInputException("day", "citizenreports.calendar.dayRequired");
		}
		adjustments.remove(parsed);
		redirect.addFlashAttribute("flash", "form.saved");
		return "redirect:/admin/calendar?year=" + parsed.getYear();
	}

}
