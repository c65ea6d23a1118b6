package vn.giamsat.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.identity.AccountDraft;
import vn.giamsat.identity.AccountManagement;
import vn.giamsat.identity.AccountView;
import vn.giamsat.identity.internal.AccountQueries;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Administrators manage accounts: list, create, change binding and role, reset a
 * password.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AccountAdminController {

	static final String VIEW_LIST = "identity/users";

	static final String VIEW_FORM = "identity/user-form";

	private final AccountQueries queries;

	private final AccountManagement management;

	private final Messages messages;

	AccountAdminController(AccountQueries queries, AccountManagement management, Messages messages) {
		this.queries = queries;
		this.management = management;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("accounts", queries.list(q));
		return VIEW_LIST;
	}

	@GetMapping("/admin/users/new")
	String initCreationForm(Model model) {
		return form(model, AccountForm.empty(DateInput.format(management.today())), null, List.of());
	}

	@PostMapping("/admin/users")
	String processCreationForm(@ModelAttribute AccountForm form, Model model, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		AccountDraft draft = form.toDraft(problems);
		if (!problems.isEmpty()) {
			return form(model, form, null, problems);
		}
		try {
			long id = management.create(draft, form.password());
			redirect.addFlashAttribute("flash", "form.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (UserInputException ex) {
			return form(model, form, null, ex.problems());
		}
	}

	@GetMapping("/admin/users/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		AccountView account = queries.byId(id).orElseThrow(NotFoundException::new);
		return form(model, AccountForm.of(account), id, List.of());
	}

	@PostMapping("/admin/users/{id}")
	String processUpdateForm(@PathVariable long id, @ModelAttribute AccountForm form, Model model,
			RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		AccountDraft draft = form.toDraft(problems);
		if (form.version() == null) {
			problems.add(Problem.of("version", "error.badRequest"));
		}
		if (!problems.isEmpty()) {
			return form(model, form, id, problems);
		}
		try {
			management.update(id, form.version(), draft);
			if (form.password() != null && !form.password().isEmpty()) {
				management.resetPassword(id, form.password());
			}
			redirect.addFlashAttribute("flash", "form.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (UserInputException ex) {
			return form(model, form, id, ex.problems());
		}
	}

	private String form(Model model, AccountForm form, Long id, List<Problem> problems) {
		model.addAttribute("form", form);
		model.addAttribute("accountId", id);
		model.addAttribute("roles", Role.values());
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_FORM;
	}

}
