package vn.giamsat.plans.web;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Post/redirect/get for the plan page's many small forms: runs the action, then returns
 * to the plan with either "saved" or the reasons it was refused (in Vietnamese), nothing
 * half-done.
 */
final class PlanRedirects {

	private PlanRedirects() {
	}

	static String run(RedirectAttributes redirect, Messages messages, long planId, List<Problem> parseProblems,
			Runnable action) {
		if (!parseProblems.isEmpty()) {
			redirect.addFlashAttribute("errors", parseProblems.stream().map(messages::problem).toList());
			return "redirect:/plans/" + planId;
		}
		try {
			action.run();
			redirect.addFlashAttribute("flash", "form.saved");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("errors", ex.problems().stream().map(messages::problem).toList());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("errors", List.of(messages.get("error.concurrentEdit")));
		}
		return "redirect:/plans/" + planId;
	}

}
