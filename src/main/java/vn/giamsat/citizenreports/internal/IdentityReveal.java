package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.citizenreports.Reporter;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.UserInputException;

/**
 * Unseals a reporter's identity for the screening officer, who must say why; the reveal
 * is written to the report's reveal log (shown on its page) and to the audit log, in the
 * same transaction as the read.
 */
@Component
public class IdentityReveal {

	private final ReportAccess access;

	private final ReporterCipher cipher;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	IdentityReveal(ReportAccess access, ReporterCipher cipher, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.access = access;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Reporter reveal(long id, String reason) {
		ReportRow r = access.report(id);
		access.view(r);
		if (!access.mayReveal(r)) {
			throw new OutOfScopeException();
		}
		String why = ReportValidation.text(reason);
		if (why == null || why.length() < 10 || why.length() > 500) {
			throw new UserInputException("reason", "citizenreports.error.revealReason");
		}
		ReporterCipher.Sealed sealed = jdbc
			.sql("select reporter_key_id, reporter_sealed from citizen_report where id = ?")
			.param(id)
			.query((rs, n) -> new ReporterCipher.Sealed(rs.getString(1), rs.getBytes(2)))
			.single();
		String user = access.scope().username();
		jdbc.sql("insert into citizen_report_reveal (report_id, occurred_at, username, reason) values (?, ?, ?, ?)")
			.params(id, OffsetDateTime.now(clock), user, why)
			.update();
		audit.record("REPORTER_REVEALED", "citizen_report", id, null, Map.of("reason", why));
		return cipher.open(sealed, id);
	}

}
