package vn.giamsat.plans.web;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.platform.audit.AuditLog;

/**
 * Administrators add, reword and retire supervision criteria; retired ones stay for old
 * records.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','FRONT_OFFICER','LEADER','MEMBER_ORG_OFFICER')")
class CriteriaController {

	static final List<String> SCOPES = List.of("CONG_VU", "NOI_CU_TRU", "NOI_CONG_CONG", "TU_DUONG", "DANG_VIEN");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	CriteriaController(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@GetMapping("/criteria")
	String list(Model model) {
		model.addAttribute("criteria",
				jdbc.sql("select code, source, kind, scope, text_vi, retired from criterion order by retired, code")
					.query((rs, n) -> new CriterionRow(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getBoolean(6)))
					.list());
		model.addAttribute("scopes", SCOPES);
		return "plans/criteria";
	}

	@PostMapping("/criteria")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	String save(@RequestParam String code, @RequestParam(required = false) String source,
			@RequestParam(defaultValue = "DO") String kind, @RequestParam(defaultValue = "CONG_VU") String scope,
			@RequestParam String text, @RequestParam(defaultValue = "false") boolean retired,
			RedirectAttributes redirect) {
		String c = code == null ? "" : code.strip().toUpperCase();
		if (!c.matches("[A-Z0-9][A-Z0-9.\\-]{0,19}") || text == null || text.isBlank() || text.length() > 500
				|| !List.of("DO", "DONT").contains(kind) || !SCOPES.contains(scope)) {
			redirect.addFlashAttribute("flash", "criteria.invalid");
			return "redirect:/criteria";
		}
		jdbc.sql("""
				insert into criterion (code, source, kind, scope, text_vi, retired) values (?, ?, ?, ?, ?, ?)
				on conflict (code) do update set source = excluded.source, kind = excluded.kind, scope = excluded.scope,
				  text_vi = excluded.text_vi, retired = excluded.retired, version = criterion.version + 1""")
			.params(c, source == null ? "" : source.strip(), kind, scope, text.strip(), retired)
			.update();
		audit.record("SAVE", "Criterion", c, null, Map.of("text", text.strip(), "retired", retired));
		redirect.addFlashAttribute("flash", "form.saved");
		return "redirect:/criteria";
	}

}
