package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.citizenreports.TrackedReport;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.web.UserInputException;

/** The officer's side of the exchange with the reporter (visible to the reporter). */
@Component
public class OfficerMessages {

	private final ReportAccess access;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	OfficerMessages(ReportAccess access, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public List<TrackedReport.PublicMessage> of(long id) {
		access.view(access.report(id));
		return jdbc
			.sql("select occurred_at, from_reporter, body from citizen_report_message where report_id = ? order by id")
			.param(id)
			.query((rs, n) -> new TrackedReport.PublicMessage(rs.getObject(1, OffsetDateTime.class), rs.getBoolean(2),
					rs.getString(3)))
			.list();
	}

	@Transactional
	public void send(long id, String body) {
		ReportRow r = access.report(id);
		access.requireHandler(r);
		String text = ReportValidation.text(body);
		if (text == null || text.length() > ReportValidation.MAX_CONTENT) {
			throw new UserInputException("message", "citizenreports.error.messageLength", ReportValidation.MAX_CONTENT);
		}
		jdbc.sql("""
				insert into citizen_report_message (report_id, occurred_at, from_reporter, author, body)
				values (?, ?, false, ?, ?)""")
			.params(id, OffsetDateTime.now(clock), access.scope().username(), text)
			.update();
		audit.record("REPORT_MESSAGE_SENT", "citizen_report", id, null, Map.of("length", text.length()));
	}

}
