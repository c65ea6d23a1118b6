package vn.giamsat.cultivation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happens to a plan after approval: publication, notice-board postings, the year-end
 * self-assessment and the party cell's evaluation. Versions are checked by the caller
 * through {@link CultivationPlanStore#touch}.
 */
@Component
public class LifecycleStore {

	/** Statuses in which a published plan stays on the public portal. */
	public static final String PUBLIC_STATUSES = "('POSTED', 'UNDER_SUPERVISION', 'SELF_ASSESSED', 'EVALUATED')";

	public record Assessment(long commitmentId, String result, String evidence) {
	}

	public record Evaluation(String rating, String comment, String by, OffsetDateTime at) {
	}

	private final JdbcClient jdbc;

	LifecycleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void published(long planId, OffsetDateTime at) {
		jdbc.sql("""
				update cultivation_plan set status = 'POSTED', published_at = ?, withdrawn_at = null,
				withdrawn_reason = null where id = ?""").params(at, planId).update();
	}

	/**
	 * Takes the plan off the portal and off every notice board it was posted on; the
	 * plan's status is set by the caller (a new draft when replaced, WITHDRAWN
	 * otherwise).
	 */
	public void withdrawn(long planId, String reason, OffsetDateTime at) {
		jdbc.sql("""
				update cultivation_plan set published_at = null, withdrawn_at = ?, withdrawn_reason = ?
				where id = ?""").params(at, reason, planId).update();
		jdbc.sql("update cultivation_posting_plan set withdrawn_at = ? where plan_id = ? and withdrawn_at is null")
			.params(at, planId)
			.update();
	}

	public void underSupervision(long planId, OffsetDateTime at) {
		jdbc.sql("update cultivation_plan set status = 'UNDER_SUPERVISION', supervised_from = ? where id = ?")
			.params(at, planId)
			.update();
	}

	public List<Long> commitmentIds(long planId) {
		return jdbc.sql("select id from cultivation_commitment where plan_id = ? order by position")
			.param(planId)
			.query(Long.class)
			.list();
	}

	public void selfAssessed(long planId, String overall, List<Assessment> results, OffsetDateTime at) {
		for (Assessment a : results) {
			jdbc.sql(
					"""
							insert into cultivation_assessment (commitment_id, result, evidence, assessed_at) values (?, ?, ?, ?)
							on conflict (commitment_id) do update set result = excluded.result, evidence = excluded.evidence,
							assessed_at = excluded.assessed_at""")
				.params(a.commitmentId(), a.result(), a.evidence(), at)
				.update();
		}
		jdbc.sql("""
				update cultivation_plan set status = 'SELF_ASSESSED', self_assessed_at = ?, self_assessment = ?
				where id = ?""").params(at, overall, planId).update();
	}

	public Map<Long, Assessment> assessments(long planId) {
		return jdbc.sql("""
				select a.commitment_id, a.result, a.evidence from cultivation_assessment a
				join cultivation_commitment c on c.id = a.commitment_id where c.plan_id = ?""")
			.param(planId)
			.query((rs, n) -> new Assessment(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Assessment::commitmentId, a -> a));
	}

	public String selfAssessment(long planId) {
		return jdbc.sql("select coalesce(self_assessment, '') from cultivation_plan where id = ?")
			.param(planId)
			.query(String.class)
			.single();
	}

	public void evaluated(long planId, String rating, String comment, String by, OffsetDateTime at) {
		jdbc.sql("""
				update cultivation_plan set status = 'EVALUATED', evaluation_rating = ?, evaluation_comment = ?,
				evaluated_by = ?, evaluated_at = ? where id = ?""").params(rating, comment, by, at, planId).update();
	}

	public java.util.Optional<Evaluation> evaluation(long planId) {
		return jdbc.sql("""
				select evaluation_rating, evaluation_comment, evaluated_by, evaluated_at from cultivation_plan
				where id = ? and evaluation_rating is not null""")
			.param(planId)
			.query((rs, n) -> new Evaluation(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.optional();
	}

	/**
	 * Records a notice-board posting and which published plans it showed: the people who
	 * live in the residential group, or who work at the agency.
	 */
	public long posting(int year, String place, Long unitId, Long organisationId, LocalDate postedOn, UUID photo,
			String note, String by, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into cultivation_posting (year, place, unit_id, organisation_id, posted_on, photo_id, note,
				recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(year, place, unitId, organisationId, postedOn, photo, note, by, at)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into cultivation_posting_plan (posting_id, plan_id, revision)
				select ?, c.id, c.revision from cultivation_plan c join person p on p.id = c.person_id
				where c.year = ? and c.published_at is not null and c.withdrawn_at is null
				and c.status in %s and (p.residence_unit_id = ? or p.workplace_id = ?)""".formatted(PUBLIC_STATUSES))
			.params(id, year, unitId, organisationId)
			.update();
		return id;
	}

	public record PostingRow(long id, int year, String place, String placeName, LocalDate postedOn, UUID photo,
			String note, String recordedBy, long plans, long withdrawn) {
	}

	/** Postings at places among the given units (residential groups) or organisations. */
	public List<PostingRow> postings(boolean global, Long[] unitIds, int year) {
		return jdbc
			.sql("""
					select g.id, g.year, g.place, coalesce(u.name, o.name), g.posted_on, g.photo_id, g.note, g.recorded_by,
					  (select count(*) from cultivation_posting_plan pp where pp.posting_id = g.id),
					  (select count(*) from cultivation_posting_plan pp where pp.posting_id = g.id and pp.withdrawn_at is not null)
					from cultivation_posting g left join admin_unit u on u.id = g.unit_id
					left join organisation o on o.id = g.organisation_id
					where g.year = ? and (? or g.unit_id = any(?) or o.unit_id = any(?))
					order by g.posted_on desc, g.id desc limit 500""")
			.params(year, global, unitIds, unitIds)
			.query((rs, n) -> new PostingRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8),
					rs.getLong(9), rs.getLong(10)))
			.list();
	}

	/** The posting's photo, if the posting lies among the given units. */
	public java.util.Optional<UUID> photoOf(long postingId, boolean global, Long[] unitIds) {
		return jdbc.sql("""
				select g.photo_id from cultivation_posting g left join organisation o on o.id = g.organisation_id
				where g.id = ? and g.photo_id is not null and (? or g.unit_id = any(?) or o.unit_id = any(?))""")
			.params(postingId, global, unitIds, unitIds)
			.query(UUID.class)
			.optional();
	}

}
