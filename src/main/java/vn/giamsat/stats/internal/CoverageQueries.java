package vn.giamsat.stats.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gaps in supervision: people of the area (working in one of its organisations) without a
 * record since a date, and plan assignments of a year whose focal unit has written no
 * record on the person in that year.
 */
@Component
public class CoverageQueries {

	public record Gap(String code, String name, String detail, String last) {
	}

	public record Gaps(List<Gap> rows, long total) {
	}

	private final JdbcClient jdbc;

	CoverageQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Gaps unsupervisedSince(Long[] orgIds, LocalDate since, int limit) {
		String where = """
				from person p join organisation w on w.id = p.workplace_id
				where p.workplace_id = any(?)
				  and not exists (select 1 from supervision_record r where r.person_id = p.id and r.record_date >= ?)""";
		long total = jdbc.sql("select count(*) " + where).params(orgIds, since).query(Long.class).single();
		List<Gap> rows = jdbc.sql("""
				select p.code, p.full_name, w.name,
				  (select to_char(max(r.record_date), 'DD/MM/YYYY') from supervision_record r where r.person_id = p.id)
				""" + where + " order by p.sort_key, p.id limit ?")
			.params(orgIds, since, limit)
			.query((rs, n) -> new Gap(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		return new Gaps(rows, total);
	}

	public Gaps assignmentsWithoutRecord(Long[] orgIds, int year, int limit) {
		String where = """
				from plan_assignment a join supervision_plan pl on pl.id = a.plan_id
				join plan_subject s on s.id = a.subject_id join person p on p.id = s.person_id
				join organisation o on o.id = a.focal_unit_id
				where a.focal_unit_id = any(?) and pl.year = ? and pl.status not in ('DRAFT', 'CONSULTING')
				  and not exists (select 1 from supervision_record r where r.person_id = s.person_id
				    and r.organisation_id = a.focal_unit_id
				    and r.record_date between make_date(pl.year, 1, 1) and make_date(pl.year, 12, 31))""";
		long total = jdbc.sql("select count(*) " + where).params(orgIds, year).query(Long.class).single();
		List<Gap> rows = jdbc
			.sql("select p.code, p.full_name, o.name, pl.year::text " + where + " order by o.name, p.sort_key limit ?")
			.params(orgIds, year, limit)
			.query((rs, n) -> new Gap(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		return new Gaps(rows, total);
	}

}
