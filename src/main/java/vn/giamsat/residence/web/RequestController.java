package vn.giamsat.residence.web;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.residence.Assessment;
import vn.giamsat.residence.OpinionAuthor;
import vn.giamsat.residence.Rating;
import vn.giamsat.residence.ResidenceComments;
import vn.giamsat.residence.internal.OpinionDraft;
import vn.giamsat.residence.internal.OpinionStore;
import vn.giamsat.residence.internal.ReplyService;
import vn.giamsat.residence.internal.RequestRow;
import vn.giamsat.residence.internal.ResidenceAccess;

/**
 * One member's request: the group leaders' opinions, the cell's comment and rating, and
 * for the workplace organisation the member's record of earlier comments. What is shown
 * depends on who looks ({@link ResidenceAccess.View}); the member sees only the comment.
 */
@Controller
class RequestController {

	static final String VIEW = "residence/request";

	private final ResidenceAccess access;

	private final OpinionStore opinions;

	private final ReplyService replies;

	private final ResidenceComments comments;

	private final Messages messages;

	RequestController(ResidenceAccess access, OpinionStore opinions, ReplyService replies, ResidenceComments comments,
			Messages messages) {
		this.access = access;
		this.opinions = opinions;
		this.replies = replies;
		this.comments = comments;
		this.messages = messages;
	}

	@GetMapping("/residence/requests/{id}")
	String request(@PathVariable long id, Model model) {
		RequestRow r = access.request(id);
		ResidenceAccess.View view = access.view(r);
		boolean member = view == ResidenceAccess.View.MEMBER;
		model.addAttribute("r", r);
		model.addAttribute("view", view.name());
		model.addAttribute("opinions", member ? List.of() : opinions.of(id));
		model.addAttribute("authors", OpinionAuthor.values());
		model.addAttribute("writableAuthors",
				List.of(OpinionAuthor.values()).stream().filter(a -> access.onBehalf(r, a).isPresent()).toList());
		model.addAttribute("isCell", access.isCell(r));
		model.addAttribute("assessments", Assessment.values());
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("history",
				view == ResidenceAccess.View.OWNER ? comments.commentsOf(r.personId())
					.stream()
					.filter(c -> c.workplaceOrganisation().equals(r.campaignOrganisationName()))
					.toList() : List.of());
		return VIEW;
	}

	@PostMapping("/residence/requests/{id}/opinions")
	String opinion(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) OpinionAuthor author, @RequestParam(required = false) Assessment attendance,
			@RequestParam(required = false) Assessment example, @RequestParam(required = false) Assessment conduct,
			@RequestParam(required = false) Assessment movements, @RequestParam(required = false) String content,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> replies.saveOpinion(id, version,
				new OpinionDraft(author, attendance, example, conduct, movements, content)));
	}

	@PostMapping("/residence/requests/{id}/comment")
	String comment(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Rating rating, RedirectAttributes redirect) {
		return act(id, redirect, () -> replies.returnComment(id, version, comment, rating));
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
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
		return "redirect:/residence/requests/" + id;
	}

}
