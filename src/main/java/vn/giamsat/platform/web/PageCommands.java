package vn.giamsat.platform.web;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post/redirect/get for a page's small forms (a button that answers, closes, approves):
 * runs the command, then returns to the page with either a "done" flash or the reasons it
 * was refused in the user's language. A user's mistake or someone else's edit in between
 * is a message on the page, never an error page; the command is one transaction, so
 * nothing is left half-done.
 */
@Component
public class PageCommands {

	/** The flash attribute holding the message key of what was done. */
	public static final String DONE = "flash";

	/** The flash attribute holding the resolved reasons for a refusal. */
	public static final String ERRORS = "errors";

	private static final String SAVED = "form.saved";

	private final Messages messages;

	PageCommands(Messages messages) {
		this.messages = messages;
	}

	/** Runs the command and returns to the path, with "saved" or the reasons. */
	public String run(RedirectAttributes redirect, String path, Runnable command) {
		return run(redirect, path, SAVED, List.of(), command);
	}

	/** As {@link #run(RedirectAttributes, String, Runnable)}, saying what was done. */
	public String run(RedirectAttributes redirect, String path, String done, Runnable command) {
		return run(redirect, path, done, List.of(), command);
	}

	/**
	 * As {@link #run(RedirectAttributes, String, Runnable)}, but the command does not run
	 * while the form's own fields (a date that does not parse) have problems.
	 */
	public String run(RedirectAttributes redirect, String path, List<Problem> inputProblems, Runnable command) {
		return run(redirect, path, SAVED, inputProblems, command);
	}

	private String run(RedirectAttributes redirect, String path, String done, List<Problem> inputProblems,
			Runnable command) {
		if (!inputProblems.isEmpty()) {
			refuse(redirect, inputProblems);
			return "redirect:" + path;
		}
		try {
			command.run();
			redirect.addFlashAttribute(DONE, done);
		}
		catch (UserInputException ex) {
			refuse(redirect, ex.problems());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(ERRORS, List.of(messages.get("error.concurrentEdit")));
		}
		return "redirect:" + path;
	}

	private void refuse(RedirectAttributes redirect, List<Problem> problems) {
		redirect.addFlashAttribute(ERRORS, problems.stream().map(messages::problem).toList());
	}

}
