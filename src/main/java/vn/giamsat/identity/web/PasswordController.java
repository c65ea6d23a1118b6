package vn.giamsat.identity.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.identity.AccountManagement;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.UserInputException;

/** Everybody changes their own password, knowing the current one. */
@Controller
class PasswordController {

	static final String VIEW = "identity/password";

	private final AccountManagement management;

	private final Messages messages;

	PasswordController(AccountManagement management, Messages messages) {
		this.management = management;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("errors", java.util.List.of());
		return VIEW;
	}

	@PostMapping("/account/password")
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Principal principal, Model model,
			RedirectAttributes redirect) {
		try {
			management.changeOwnPassword(principal.getName(), current, password, confirmation);
			redirect.addFlashAttribute("flash", "account.passwordChanged");
			return "redirect:/";
		}
		catch (UserInputException ex) {
			model.addAttribute("errors", ex.problems().stream().map(messages::problem).toList());
			return VIEW;
		}
	}

}
