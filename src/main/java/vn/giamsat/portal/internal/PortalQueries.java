package vn.giamsat.portal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.shared.text.VietnameseText;

/**
 * Read-only queries behind the public pages: wards to choose from, the Front bodies of a
 * unit, the people one may report about, and the supervision counts of the unit's
 * subtree.
 */
@Component
public class PortalQueries {

	private final JdbcClient jdbc;

	PortalQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record UnitLink(String code, String name, String level) {
	}

	public record Body(String name, String type) {
	}

	public record PersonChoice(String code, String name, String position) {
	}

	/** Wards valid today whose name matches the search, diacritics ignored. */
	public List<UnitLink> wards(String search, LocalDate today) {
		String folded = VietnameseText.fold(search == null ? "" : search.strip());
		return jdbc.sql("""
				select code, name, level from admin_unit where level = 'WARD'
				and valid_from <= ? and (valid_to is null or valid_to >= ?) and name_folded like ?
				order by name limit 200""")
			.params(today, today, "%" + folded.replace("%", "").replace("_", "") + "%")
			.query((rs, n) -> new UnitLink(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public List<UnitLink> groups(long wardId, LocalDate today) {
		return jdbc.sql("""
				select code, name, level from admin_unit where parent_id = ?
				and valid_from <= ? and (valid_to is null or valid_to >= ?) order by code""")
			.params(wardId, today, today)
			.query((rs, n) -> new UnitLink(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * The Front committee, Front work committee and People's Inspection Board of the
	 * unit.
	 */
	public List<Body> frontBodies(long unitId, LocalDate today) {
		return jdbc.sql("""
				select name, type from organisation where unit_id = ?
				and type in ('FRONT_COMMITTEE', 'FRONT_WORK_COMMITTEE', 'PEOPLES_INSPECTION_BOARD')
				and valid_from <= ? and (valid_to is null or valid_to >= ?) order by type, name""")
			.params(unitId, today, today)
			.query((rs, n) -> new Body(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** People who work in or live in the unit: the cadres one may pick on the form. */
	public List<PersonChoice> people(long unitId) {
		return jdbc.sql("""
				select p.code, p.full_name, coalesce(p.position_title, '') from person p
				left join organisation w on w.id = p.workplace_id
				where (w.unit_id = ? or p.residence_unit_id = ?) and coalesce(p.position_title, '') <> ''
				order by p.sort_key limit 300""")
			.params(unitId, unitId)
			.query((rs, n) -> new PersonChoice(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Supervision records and opinions of organisations in the units, in the year. */
	public long[] supervisionCounts(Set<Long> unitIds, int year) {
		Long[] ids = unitIds.toArray(Long[]::new);
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		long records = jdbc.sql("""
				select count(*) from supervision_record r join organisation o on o.id = r.organisation_id
				where o.unit_id = any(?) and r.record_date between ? and ?""")
			.params(ids, from, to)
			.query(Long.class)
			.single();
		long opinions = jdbc.sql("""
				select count(*) from opinion r join organisation o on o.id = r.organisation_id
				where o.unit_id = any(?) and r.opinion_date between ? and ?""")
			.params(ids, from, to)
			.query(Long.class)
			.single();
		return new long[] { records, opinions };
	}

}
