package vn.giamsat.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Administrators browse the audit log and verify its hash chain (page and API). */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AuditController {

	static final int PAGE_SIZE = 100;

	private final JdbcClient jdbc;

	private final AuditChainVerifier verifier;

	private final vn.giamsat.platform.web.Messages messages;

	AuditController(JdbcClient jdbc, AuditChainVerifier verifier, vn.giamsat.platform.web.Messages messages) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.verifier = verifier;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String entity,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String a = actor == null || actor.isBlank() ? null : actor.strip();
		String e = entity == null || entity.isBlank() ? null : entity.strip();
		List<AuditEntry> entries = jdbc
			.sql("""
					select id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, remote_address
					from audit_event where (?::text is null or actor = ?) and (?::text is null or entity_type = ? or entity_id = ?)
					order by id desc limit ? offset ?""")
			.params(a, a, e, e, e, PAGE_SIZE + 1, (long) Math.max(0, page) * PAGE_SIZE)
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9)))
			.list();
		model.addAttribute("entries", entries.size() > PAGE_SIZE ? entries.subList(0, PAGE_SIZE) : entries);
		model.addAttribute("hasMore", entries.size() > PAGE_SIZE);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("actor", a == null ? "" : a);
		model.addAttribute("entity", e == null ? "" : e);
		model.addAttribute("verification", null);
		return "platform/audit";
	}

	@PostMapping("/admin/audit/verify")
	String verify(Model model) {
		String view = list(null, null, 0, model);
		model.addAttribute("verification", verifier.verify());
		return view;
	}

	@GetMapping("/admin/audit/export.xlsx")
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public void export(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		var columns = List.<vn.giamsat.platform.exports.ExportColumn<AuditEntry>>of(
				vn.giamsat.platform.exports.ExportColumn.integer("#", AuditEntry::id),
				vn.giamsat.platform.exports.ExportColumn.dateTime(messages.get("audit.when"), AuditEntry::occurredAt),
				vn.giamsat.platform.exports.ExportColumn.text(messages.get("audit.actor"), AuditEntry::actor),
				vn.giamsat.platform.exports.ExportColumn.text(messages.get("audit.action"), AuditEntry::action),
				vn.giamsat.platform.exports.ExportColumn.text(messages.get("audit.entity"),
						e -> e.entityType() + " " + e.entityId()),
				vn.giamsat.platform.exports.ExportColumn.text(messages.get("audit.before"), AuditEntry::before),
				vn.giamsat.platform.exports.ExportColumn.text(messages.get("audit.after"), AuditEntry::after),
				vn.giamsat.platform.exports.ExportColumn.text(messages.get("audit.address"),
						AuditEntry::remoteAddress));
		try (var rows = jdbc.sql(
				"select id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, remote_address from audit_event order by id desc")
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9)))
			.stream()) {
			vn.giamsat.platform.exports.XlsxDownload.send(response, "nhat-ky", messages.get("audit.title"),
					messages.get("audit.title"), columns, rows);
		}
	}

	@GetMapping(value = "/api/v1/audit/verify", produces = "application/json")
	@ResponseBody
	AuditChainVerifier.Verification verifyApi() {
		return verifier.verify();
	}

}
