package vn.giamsat.supervision.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.supervision.DelegationDraft;
import vn.giamsat.supervision.Subject;

/** Delegations, their members and subjects. */
@Component
public class DelegationStore {

	private final JdbcClient jdbc;

	DelegationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String code, long ownerId, DelegationDraft d, String by, OffsetDateTime at) {
		long id = jdbc
			.sql("""
					insert into supervision_delegation (code, owner_id, title, content, decision_number, decision_date,
					session_date, session_place, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(code, ownerId, d.title(), d.content(), d.decisionNumber(), d.decisionDate(), d.sessionDate(),
					d.sessionPlace(), by, at)
			.query(Long.class)
			.single();
		int i = 0;
		for (DelegationDraft.Member m : d.members()) {
			jdbc.sql(
					"insert into delegation_member (delegation_id, position, full_name, role_title) values (?, ?, ?, ?)")
				.params(id, ++i, m.fullName(), m.roleTitle())
				.update();
		}
		for (Long p : d.subjectIds()) {
			jdbc.sql("insert into delegation_subject (delegation_id, person_id) values (?, ?)").params(id, p).update();
		}
		return id;
	}

	/** Sets one milestone date column (named by the caller, never by the user). */
	public void milestone(long id, int version, String column, LocalDate date) {
		int n = jdbc
			.sql("update supervision_delegation set " + column
					+ " = ?, version = version + 1 where id = ? and version = ?")
			.params(date, id, version)
			.update();
		if (n == 0) {
			throw new org.springframework.dao.OptimisticLockingFailureException("delegation " + id);
		}
	}

	public void texts(long id, int version, String minutes, String findings) {
		int n = jdbc.sql("""
				update supervision_delegation set minutes = ?, findings = ?, version = version + 1
				where id = ? and version = ?""").params(minutes, findings, id, version).update();
		if (n == 0) {
			throw new org.springframework.dao.OptimisticLockingFailureException("delegation " + id);
		}
	}

	public Optional<DelegationRow> find(long id) {
		return jdbc.sql(SELECT + " where d.id = ?").param(id).query(DelegationStore::row).optional();
	}

	public List<DelegationRow> list(AccessScope scope) {
		return jdbc.sql(SELECT + " where ? or o.unit_id = any(?) order by d.session_date desc, d.id desc limit 200")
			.params(scope.global(), scope.unitIdArray())
			.query(DelegationStore::row)
			.list();
	}

	public List<DelegationDraft.Member> members(long id) {
		return jdbc.sql("select full_name, role_title from delegation_member where delegation_id = ? order by position")
			.param(id)
			.query((rs, n) -> new DelegationDraft.Member(rs.getString(1), rs.getString(2)))
			.list();
	}

	public List<Subject> subjects(long id) {
		return jdbc.sql("""
				select p.id, p.code, p.full_name, p.position_title from delegation_subject s
				join person p on p.id = s.person_id where s.delegation_id = ? order by p.sort_key""")
			.param(id)
			.query((rs, n) -> new Subject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private static final String SELECT = """
			select d.id, d.code, d.owner_id, o.name as owner_name, o.unit_id, d.title, d.content, d.decision_number,
			d.decision_date, d.session_date, d.session_place, d.notice_sent_on, d.documents_received_on,
			d.report_submitted_on, d.minutes, d.findings, d.version
			from supervision_delegation d join organisation o on o.id = d.owner_id""";

	private static DelegationRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DelegationRow(rs.getLong("id"), rs.getString("code"), rs.getLong("owner_id"),
				rs.getString("owner_name"), rs.getLong("unit_id"), rs.getString("title"), rs.getString("content"),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getObject("session_date", LocalDate.class), rs.getString("session_place"),
				rs.getObject("notice_sent_on", LocalDate.class), rs.getObject("documents_received_on", LocalDate.class),
				rs.getObject("report_submitted_on", LocalDate.class), rs.getString("minutes"), rs.getString("findings"),
				rs.getInt("version"));
	}

	public record DelegationRow(long id, String code, long ownerId, String ownerName, long ownerUnitId, String title,
			String content, String decisionNumber, LocalDate decisionDate, LocalDate sessionDate, String sessionPlace,
			LocalDate noticeSentOn, LocalDate documentsReceivedOn, LocalDate reportSubmittedOn, String minutes,
			String findings, int version) {
	}

}
