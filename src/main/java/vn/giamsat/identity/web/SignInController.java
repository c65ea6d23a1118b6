package vn.giamsat.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Vietnamese sign-in page; Spring Security processes the POST. */
@Controller
class SignInController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String logout, Model model) {
		model.addAttribute("state",
				error != null ? "error" : locked != null ? "locked" : logout != null ? "logout" : null);
		return "platform/login";
	}

}
