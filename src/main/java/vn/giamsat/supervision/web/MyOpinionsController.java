package vn.giamsat.supervision.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.supervision.AnswerKind;
import vn.giamsat.supervision.Opinions;

/**
 * The cadre's page: released opinions about them, without authors, and a form under each
 * to accept (saying what they will correct) or explain.
 */
@Controller
@PreAuthorize("hasRole('CADRE')")
class MyOpinionsController {

	static final String VIEW = "supervision/my-opinions";

	private final Opinions opinions;

	private final Messages messages;

	MyOpinionsController(Opinions opinions, Messages messages) {
		this.opinions = opinions;
		this.messages = messages;
	}

	@GetMapping("/supervision/my-opinions")
	String page(Model model) {
		model.addAttribute("view", opinions.mine());
		model.addAttribute("kinds", AnswerKind.values());
		return VIEW;
	}

	@PostMapping("/supervision/my-opinions/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) AnswerKind kind,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		try {
			opinions.answer(id, kind, text);
			redirect.addFlashAttribute("flash", "supervision.answered");
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("errors", ex.problems().stream().map(messages::problem).toList());
			redirect.addFlashAttribute("failed", id);
		}
		return "redirect:/supervision/my-opinions#opinion-" + id;
	}

}
