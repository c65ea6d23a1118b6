package vn.giamsat.supervision.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.supervision.FollowUpKind;
import vn.giamsat.supervision.RecommendationDraft;
import vn.giamsat.supervision.RecommendationResponse;
import vn.giamsat.supervision.RecommendationSource;
import vn.giamsat.supervision.RecommendationStatus;

/** Recommendations and their follow-up actions. */
@Component
public class RecommendationStore {

	private final JdbcClient jdbc;

	RecommendationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String code, long issuerId, long addresseeId, Long copyToId, RecommendationDraft d,
			String content, LocalDate issuedOn, LocalDate dueOn, String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into recommendation (code, source, delegation_id, source_reference, issuer_id, person_id,
				addressee_id, addressee_email, copy_to_id, content, issued_on, due_on, status, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id""")
			.params(code, d.source().name(), d.delegationId(), d.sourceReference(), issuerId, d.personId(), addresseeId,
					d.addresseeEmail() == null || d.addresseeEmail().isBlank() ? null : d.addresseeEmail().strip(),
					copyToId, content, issuedOn, dueOn, by, at)
			.query(Long.class)
			.single();
	}

	public void respond(long id, int version, RecommendationResponse r, String text, String by, OffsetDateTime at) {
		check(jdbc.sql("""
				update recommendation set response = ?, response_text = ?, responded_at = ?, responded_by = ?,
				status = 'ANSWERED', version = version + 1 where id = ? and version = ?""")
			.params(r.name(), text, at, by, id, version)
			.update(), id);
	}

	public void reconsider(long id, int version, String text, OffsetDateTime at) {
		check(jdbc.sql("""
				update recommendation set reconsideration_text = ?, reconsideration_at = ?, status = 'RECONSIDERATION',
				version = version + 1 where id = ? and version = ?""").params(text, at, id, version).update(), id);
	}

	public void close(long id, int version) {
		check(jdbc
			.sql("update recommendation set status = 'CLOSED', version = version + 1 where id = ? and version = ?")
			.params(id, version)
			.update(), id);
	}

	public void action(long id, FollowUpKind kind, String note, String by, OffsetDateTime at) {
		jdbc.sql(
				"insert into recommendation_action (recommendation_id, kind, note, at, by_user) values (?, ?, ?, ?, ?)")
			.params(id, kind.name(), note == null ? "" : note, at, by)
			.update();
	}

	public List<ActionRow> actions(long id) {
		return jdbc
			.sql("select kind, note, at, by_user from recommendation_action where recommendation_id = ? order by id")
			.param(id)
			.query((rs, n) -> new ActionRow(FollowUpKind.valueOf(rs.getString(1)), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
			.list();
	}

	public Optional<RecommendationRow> find(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(RecommendationStore::row).optional();
	}

	/**
	 * Front officers and leaders see what organisations of their subtree issued; the
	 * addressee sees what it received; a cadre what concerns them.
	 */
	public List<RecommendationRow> list(AccessScope scope, boolean overdueOnly, LocalDate today) {
		return jdbc
			.sql(SELECT + " where (" + VISIBLE + ") and (not ? or (r.status = 'OPEN' and r.due_on < ?))"
					+ " order by r.due_on, r.id limit 500")
			.params(scope.global(), scope.is(Role.FRONT_OFFICER, Role.LEADER), scope.unitIdArray(), addressee(scope),
					scope.is(Role.CADRE), scope.personId(), overdueOnly, today)
			.query(RecommendationStore::row)
			.list();
	}

	/** Open recommendations past their due date, by addressee: the overdue board. */
	public List<OverdueRow> overdueByAddressee(AccessScope scope, LocalDate today) {
		return jdbc
			.sql("select a.id, a.name, count(*), min(r.due_on) from recommendation r"
					+ " join organisation i on i.id = r.issuer_id join organisation a on a.id = r.addressee_id"
					+ " where (" + VISIBLE + ") and r.status = 'OPEN' and r.due_on < ?"
					+ " group by a.id, a.name order by count(*) desc, a.name")
			.params(scope.global(), scope.is(Role.FRONT_OFFICER, Role.LEADER), scope.unitIdArray(), addressee(scope),
					scope.is(Role.CADRE), scope.personId(), today)
			.query((rs, n) -> new OverdueRow(rs.getLong(1), rs.getString(2), rs.getLong(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	/** Open recommendations due before the day, with an address to remind. */
	public List<RecommendationRow> dueForReminder(LocalDate before) {
		return jdbc
			.sql(SELECT + " where r.status = 'OPEN' and r.addressee_email is not null and r.due_on <= ?"
					+ " order by r.id limit 1000")
			.param(before)
			.query(RecommendationStore::row)
			.list();
	}

	/** A cadre's account names their workplace, which never makes them an addressee. */
	private static Long addressee(AccessScope scope) {
		return scope.is(Role.CADRE) ? null : scope.organisationId();
	}

	private static final String VISIBLE = "? or (? and i.unit_id = any(?)) or r.addressee_id = ?"
			+ " or (? and r.person_id = ?)";

	private static final String SELECT = """
			select r.id, r.code, r.source, r.source_reference, r.issuer_id, i.name as issuer_name, i.unit_id as issuer_unit,
			r.person_id, p.full_name, r.addressee_id, a.name as addressee_name, r.addressee_email, c.name as copy_name,
			r.content, r.issued_on, r.due_on, r.status, r.response, r.response_text, r.responded_at,
			r.reconsideration_text, r.version, r.delegation_id
			from recommendation r join organisation i on i.id = r.issuer_id join organisation a on a.id = r.addressee_id
			left join organisation c on c.id = r.copy_to_id left join person p on p.id = r.person_id""";

	private static RecommendationRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String response = rs.getString("response");
		return new RecommendationRow(rs.getLong("id"), rs.getString("code"),
				RecommendationSource.valueOf(rs.getString("source")), rs.getString("source_reference"),
				rs.getLong("issuer_id"), rs.getString("issuer_name"), rs.getLong("issuer_unit"),
				(Long) rs.getObject("person_id"), rs.getString("full_name"), rs.getLong("addressee_id"),
				rs.getString("addressee_name"), rs.getString("addressee_email"), rs.getString("copy_name"),
				rs.getString("content"), rs.getObject("issued_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), RecommendationStatus.valueOf(rs.getString("status")),
				response == null ? null : RecommendationResponse.valueOf(response), rs.getString("response_text"),
				rs.getObject("responded_at", OffsetDateTime.class), rs.getString("reconsideration_text"),
				rs.getInt("version"), (Long) rs.getObject("delegation_id"));
	}

	private static void check(int updated, long id) {
		if (updated == 0) {
			throw new org.springframework.dao.OptimisticLockingFailureException("recommendation " + id);
		}
	}

	public record RecommendationRow(long id, String code, RecommendationSource source, String sourceReference,
			long issuerId, String issuerName, long issuerUnitId, Long personId, String personName, long addresseeId,
			String addresseeName, String addresseeEmail, String copyToName, String content, LocalDate issuedOn,
			LocalDate dueOn, RecommendationStatus status, RecommendationResponse response, String responseText,
			OffsetDateTime respondedAt, String reconsiderationText, int version, Long delegationId) {

		public boolean overdueOn(LocalDate today) {
			return status == RecommendationStatus.OPEN && dueOn.isBefore(today);
		}

	}

	public record ActionRow(FollowUpKind kind, String note, OffsetDateTime at, String by) {
	}

	public record OverdueRow(long addresseeId, String addresseeName, long count, LocalDate oldestDue) {
	}

}
