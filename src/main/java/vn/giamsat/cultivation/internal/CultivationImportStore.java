package vn.giamsat.cultivation.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.cultivation.CultivationStatus;

/**
 * Set-based reads and writes for the bulk import of self-cultivation plans: people and
 * existing plans are looked up for thousands of codes in one query, and a batch of plans
 * is written with a handful of statements instead of a few per commitment.
 */
@Component
public class CultivationImportStore {

	/** What the import needs to know about a person: identity and scope anchors. */
	public record PersonRef(long id, String code, Long workplaceUnitId, Long residenceUnitId, Long managingCommitteeId,
			Long managingCommitteeUnitId) {
	}

	/** An existing plan of a person and year. */
	public record ExistingPlan(long id, long personId, int year, CultivationStatus status, int revision) {
	}

	/** A whole plan as imported: text, commitments and its advisory score. */
	public record ImportedPlan(long personId, int year, String weaknesses, List<CommitmentDraft> commitments,
			int specificityScore) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	CultivationImportStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** People by code, matched ignoring case; the key is the lower-cased code. */
	public Map<String, PersonRef> people(List<String> codes) {
		Map<String, PersonRef> found = new HashMap<>();
		for (int i = 0; i < codes.size(); i += 5000) {
			String[] chunk = codes.subList(i, Math.min(codes.size(), i + 5000))
				.stream()
				.map(c -> c.toLowerCase(Locale.ROOT))
				.toArray(String[]::new);
			jdbc.sql("""
					select p.id, p.code, w.unit_id, p.residence_unit_id, p.managing_committee_id, m.unit_id
					from person p
					left join organisation w on w.id = p.workplace_id
					left join organisation m on m.id = p.managing_committee_id
					where lower(p.code) = any(?)""").param(chunk).query(rs -> {
				PersonRef ref = new PersonRef(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
						(Long) rs.getObject(4), (Long) rs.getObject(5), (Long) rs.getObject(6));
				found.put(ref.code().toLowerCase(Locale.ROOT), ref);
			});
		}
		return found;
	}

	/** Existing plans of these people, keyed by {@link #key(long, int)}. */
	public Map<String, ExistingPlan> plans(List<Long> personIds, boolean forUpdate) {
		Map<String, ExistingPlan> found = new HashMap<>();
		for (int i = 0; i < personIds.size(); i += 5000) {
			Long[] chunk = personIds.subList(i, Math.min(personIds.size(), i + 5000)).toArray(Long[]::new);
			jdbc.sql("select id, person_id, year, status, revision from cultivation_plan where person_id = any(?)"
					+ (forUpdate ? " order by id for update" : ""))
				.param(chunk)
				.query(rs -> {
					ExistingPlan plan = new ExistingPlan(rs.getLong(1), rs.getLong(2), rs.getInt(3),
							CultivationStatus.valueOf(rs.getString(4)), rs.getInt(5));
					found.put(key(plan.personId(), plan.year()), plan);
				});
		}
		return found;
	}

	/** Criterion codes in use (upper case) and whether each is retired. */
	public Map<String, Boolean> criteria() {
		Map<String, Boolean> retired = new HashMap<>();
		jdbc.sql("select code, retired from criterion").query(rs -> {
			retired.put(rs.getString(1).toUpperCase(Locale.ROOT), rs.getBoolean(2));
		});
		return retired;
	}

	public static String key(long personId, int year) {
		return personId + "/" + year;
	}

	/**
	 * Creates the missing plans, then replaces the text and commitments of all of them
	 * and leaves them submitted.
	 * @return plan id by {@link #key(long, int)}, for the plans given
	 */
	public Map<String, Long> write(List<ImportedPlan> plans, String enteredBy, OffsetDateTime at) {
		List<Object[]> inserts = new ArrayList<>();
		for (ImportedPlan p : plans) {
			inserts.add(new Object[] { p.personId(), p.year(), enteredBy });
		}
		jdbcTemplate.batchUpdate("""
				insert into cultivation_plan (person_id, year, status, weaknesses, entered_by)
				values (?, ?, 'DRAFT', '', ?) on conflict (person_id, year) do nothing""", inserts);
		Long[] personIds = plans.stream().map(ImportedPlan::personId).distinct().toArray(Long[]::new);
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select id, person_id, year from cultivation_plan where person_id = any(?)")
			.param(personIds)
			.query(rs -> {
				ids.put(key(rs.getLong(2), rs.getInt(3)), rs.getLong(1));
			});
		Timestamp when = Timestamp.from(at.toInstant());
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> commitments = new ArrayList<>();
		Long[] planIds = new Long[plans.size()];
		int n = 0;
		for (ImportedPlan p : plans) {
			long id = ids.get(key(p.personId(), p.year()));
			planIds[n++] = id;
			updates.add(new Object[] { p.weaknesses(), enteredBy, when, p.specificityScore(), id });
			int position = 0;
			for (CommitmentDraft c : p.commitments()) {
				commitments.add(new Object[] { id, ++position, c.area().name(), c.action(),
						c.measure() == null ? "" : c.measure(),
						c.deadline() == null ? null : Date.valueOf(c.deadline()), String.join(";", c.criteria()) });
			}
		}
		jdbcTemplate.batchUpdate("""
				update cultivation_plan set status = 'SUBMITTED', weaknesses = ?, entered_by = ?, submitted_at = ?,
				  specificity_score = ?, version = version + 1
				where id = ?""", updates);
		jdbc.sql("delete from cultivation_commitment where plan_id = any(?)").param(planIds).update();
		jdbcTemplate.batchUpdate("""
				insert into cultivation_commitment (plan_id, position, area, action, measure, deadline, criteria)
				values (?, ?, ?, ?, ?, ?, ?)""", commitments);
		return ids;
	}

}
