package vn.giamsat.citizenreports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.citizenreports.Channel;
import vn.giamsat.citizenreports.Classification;
import vn.giamsat.citizenreports.ReportStatus;

/** Reads reports for officers; every query leaves the sealed identity out. */
@Component
public class ReportStore {

	static final String SELECT = """
			select r.id, r.classification, r.status, r.channel, r.unit_id, u.name, r.receiving_org_id, ro.name,
			  r.escalated, r.subject_person_id, r.subject_name, r.subject_position, r.content, r.anonymous,
			  r.focal_org_id, fo.name, r.committee_org_id, co.name, r.routed_to, r.transfer_file_id, r.duplicate_of,
			  r.reply_findings, r.reply_actions, r.rating, r.reopened, r.received_at, r.acknowledged_at, r.ack_due,
			  r.screen_due, r.answer_due, r.updated_at, r.version,
			  (select count(*) from citizen_report_attachment a where a.report_id = r.id)
			from citizen_report r join admin_unit u on u.id = r.unit_id
			join organisation ro on ro.id = r.receiving_org_id
			left join organisation fo on fo.id = r.focal_org_id
			left join organisation co on co.id = r.committee_org_id
			""";

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ReportRow> byId(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(ReportStore::row).optional();
	}

	/**
	 * Reports visible under the filter, newest first.
	 * @param receivingOrgIds reports received by these Fronts (null = no such filter)
	 * @param unitIds reports about these units (null = no such filter)
	 * @param committeeOrgId reports forwarded to this committee (null = no such filter)
	 */
	public List<ReportRow> list(Long[] receivingOrgIds, Long[] unitIds, Long committeeOrgId, ReportStatus status,
			int limit) {
		return jdbc.sql(SELECT + """
				where (?::bigint[] is null or r.receiving_org_id = any(?::bigint[]))
				and (?::bigint[] is null or r.unit_id = any(?::bigint[]))
				and (?::bigint is null or (r.committee_org_id = ? and r.status in ('FORWARDED', 'ANSWERED', 'CLOSED')))
				and (?::text is null or r.status = ?)
				order by r.id desc limit ?""")
			.params(receivingOrgIds, receivingOrgIds, unitIds, unitIds, committeeOrgId, committeeOrgId,
					status == null ? null : status.name(), status == null ? null : status.name(), limit)
			.query(ReportStore::row)
			.list();
	}

	/** Open reports whose current deadline is on or before the day. */
	public List<ReportRow> dueBy(LocalDate day) {
		return jdbc.sql(SELECT + """
				where r.status in ('RECEIVED', 'SCREENED', 'VERIFYING', 'FORWARDED')
				and (case when r.acknowledged_at is null then r.ack_due
				          when r.status = 'RECEIVED' then r.screen_due else r.answer_due end) <= ?
				order by r.id""").param(day).query(ReportStore::row).list();
	}

	public List<EventRow> events(long reportId) {
		return jdbc.sql("""
				select occurred_at, actor, from_status, to_status, reason, internal
				from citizen_report_event where report_id = ? order by id""")
			.param(reportId)
			.query((rs, i) -> new EventRow(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
					rs.getString(3) == null ? null : ReportStatus.valueOf(rs.getString(3)),
					ReportStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6)))
			.list();
	}

	public List<RevealRow> reveals(long reportId) {
		return jdbc.sql("""
				select occurred_at, username, reason from citizen_report_reveal where report_id = ? order by id""")
			.param(reportId)
			.query((rs, i) -> new RevealRow(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3)))
			.list();
	}

	public List<AttachmentRow> attachments(long reportId) {
		return jdbc.sql("""
				select file_id, file_name, content_type, size_bytes from citizen_report_attachment
				where report_id = ? order by file_name""")
			.param(reportId)
			.query((rs, i) -> new AttachmentRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getInt(4)))
			.list();
	}

	public record EventRow(OffsetDateTime at, String actor, ReportStatus from, ReportStatus to, String reason,
			boolean internal) {
	}

	public record RevealRow(OffsetDateTime at, String username, String reason) {
	}

	public record AttachmentRow(UUID fileId, String fileName, String contentType, int size) {
	}

	static ReportRow row(ResultSet rs, int n) throws SQLException {
		return new ReportRow(rs.getLong(1), Classification.valueOf(rs.getString(2)),
				ReportStatus.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6),
				rs.getLong(7), rs.getString(8), rs.getBoolean(9), rs.getObject(10, Long.class), rs.getString(11),
				rs.getString(12), rs.getString(13), rs.getBoolean(14), rs.getObject(15, Long.class), rs.getString(16),
				rs.getObject(17, Long.class), rs.getString(18), rs.getString(19), rs.getObject(20, UUID.class),
				rs.getObject(21, Long.class), rs.getString(22), rs.getString(23), rs.getObject(24, Integer.class),
				rs.getBoolean(25), rs.getObject(26, OffsetDateTime.class), rs.getObject(27, OffsetDateTime.class),
				rs.getObject(28, LocalDate.class), rs.getObject(29, LocalDate.class), rs.getObject(30, LocalDate.class),
				rs.getObject(31, OffsetDateTime.class), rs.getInt(32), rs.getInt(33));
	}

}
