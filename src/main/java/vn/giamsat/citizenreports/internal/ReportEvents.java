package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.citizenreports.ReportStatus;

/** The history of a report: who changed its state, when and why. */
@Component
class ReportEvents {

	/** The actor name of the resident (no account). */
	static final String CITIZEN = "công dân";

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param internal true for notes the reporter must never see
	 */
	void record(long reportId, String actor, ReportStatus from, ReportStatus to, String reason, boolean internal) {
		jdbc.sql(
				"""
						insert into citizen_report_event (report_id, occurred_at, actor, from_status, to_status, reason, internal)
						values (?, ?, ?, ?, ?, ?, ?)""")
			.params(reportId, OffsetDateTime.now(clock), actor, from == null ? null : from.name(), to.name(), reason,
					internal)
			.update();
	}

}
