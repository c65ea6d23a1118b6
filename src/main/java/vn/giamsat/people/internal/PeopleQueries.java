package vn.giamsat.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.people.Gender;
import vn.giamsat.people.PeoplePage;
import vn.giamsat.people.PeopleSearch;
import vn.giamsat.people.PersonCategory;
import vn.giamsat.people.PersonView;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.shared.text.VietnameseText;

/**
 * People lists and search: always inside the caller's scope, diacritic-insensitive on the
 * folded name (trigram index), sorted by the Vietnamese sort key (given name, family
 * name, middle names).
 */
@Component
public class PeopleQueries {

	static final String SELECT = """
			select p.id, p.code, p.full_name, p.gender, p.birth_year, p.party_member, p.position_title, p.category,
			       p.workplace_id, w.name as workplace_name, w.unit_id as workplace_unit_id,
			       p.residence_unit_id, r.name as residence_name, p.managing_committee_id, m.name as committee_name
			from person p
			left join organisation w on w.id = p.workplace_id
			left join admin_unit r on r.id = p.residence_unit_id
			left join organisation m on m.id = p.managing_committee_id
			""";

	private final JdbcClient jdbc;

	private final vn.giamsat.orgs.OrgStructure structure;

	PeopleQueries(JdbcClient jdbc, vn.giamsat.orgs.OrgStructure structure) {
		this.jdbc = jdbc;
		this.structure = structure;
	}

	public PeoplePage search(AccessScope scope, PeopleSearch s) {
		Where w = where(scope, s);
		long total = jdbc.sql("select count(*) from person p " + w.sql).params(w.params).query(Long.class).single();
		List<Object> params = new ArrayList<>(w.params);
		params.add(s.size());
		params.add((long) s.page() * s.size());
		List<PersonView> items = jdbc.sql(SELECT + w.sql + " order by p.sort_key, p.id limit ? offset ?")
			.params(params)
			.query(PeopleQueries::row)
			.list();
		return new PeoplePage(items, total, s.page(), s.size());
	}

	/**
	 * Every match in order, for exports: a cursor (fetch size from configuration) inside
	 * the caller's read-only transaction, so memory stays flat whatever the count. Close
	 * the stream.
	 */
	public Stream<PersonView> stream(AccessScope scope, PeopleSearch s) {
		Where w = where(scope, s);
		return jdbc.sql(SELECT + w.sql + " order by p.sort_key, p.id")
			.params(w.params)
			.query(PeopleQueries::row)
			.stream();
	}

	public Optional<PersonView> byId(long id) {
		return jdbc.sql(SELECT + " where p.id = ?").param(id).query(PeopleQueries::row).optional();
	}

	public Optional<PersonView> byCode(String code) {
		return jdbc.sql(SELECT + " where p.code = ?").param(code).query(PeopleQueries::row).optional();
	}

	public List<vn.giamsat.people.PositionView> positions(long personId) {
		return jdbc.sql("""
				select pp.title, o.name, pp.valid_from, pp.valid_to from person_position pp
				left join organisation o on o.id = pp.organisation_id
				where pp.person_id = ? order by pp.valid_from desc, pp.id desc""")
			.param(personId)
			.query((rs, n) -> new vn.giamsat.people.PositionView(rs.getString(1), rs.getString(2),
					rs.getObject(3, java.time.LocalDate.class), rs.getObject(4, java.time.LocalDate.class)))
			.list();
	}

	public int version(long personId) {
		return jdbc.sql("select version from person where id = ?").param(personId).query(Integer.class).single();
	}

	public boolean inScope(AccessScope scope, PersonView p) {
		if (scope.global()) {
			return true;
		}
		if (scope.personId() != null && scope.personId() == p.id()) {
			return true;
		}
		Long committeeUnit = p.managingCommitteeId() == null ? null
				: jdbc.sql("select unit_id from organisation where id = ?")
					.param(p.managingCommitteeId())
					.query(Long.class)
					.optional()
					.orElse(null);
		return scope.coversUnit(p.workplaceUnitId()) || scope.coversUnit(p.residenceUnitId())
				|| scope.coversUnit(committeeUnit);
	}

	private record Where(String sql, List<Object> params) {
	}

	/**
	 * The filter works on the person's own columns only (no joins), so that counting
	 * 100,000 people in a scope stays a single pass: the scope's organisations are
	 * resolved first.
	 */
	private Where where(AccessScope scope, PeopleSearch s) {
		StringBuilder sql = new StringBuilder(" where ");
		List<Object> params = new ArrayList<>();
		if (scope.global()) {
			sql.append("true");
		}
		else {
			Long[] organisations = structure.organisationIdsIn(scope.unitIds());
			sql.append("(p.workplace_id = any(?) or p.residence_unit_id = any(?) or p.managing_committee_id = any(?)"
					+ " or p.id = ?)");
			params.add(organisations);
			params.add(scope.unitIdArray());
			params.add(organisations);
			params.add(scope.personId() == null ? -1L : scope.personId());
		}
		if (s.query() != null && !s.query().isBlank()) {
			String folded = VietnameseText.fold(s.query());
			sql.append(" and (p.name_folded like ? or lower(p.code) = ?)");
			params.add("%" + folded + "%");
			params.add(s.query().strip().toLowerCase());
		}
		if (s.unitIds() != null) {
			sql.append(" and (p.workplace_id = any(?) or p.residence_unit_id = any(?))");
			params.add(structure.organisationIdsIn(java.util.Set.of(s.unitIds())));
			params.add(s.unitIds());
		}
		if (s.workplaceIds() != null) {
			sql.append(" and p.workplace_id = any(?)");
			params.add(s.workplaceIds());
		}
		if (s.organisationId() != null) {
			sql.append(" and p.workplace_id = ?");
			params.add(s.organisationId());
		}
		if (s.category() != null) {
			sql.append(" and p.category = ?");
			params.add(s.category().name());
		}
		if (s.managingCommitteeId() != null) {
			sql.append(" and p.managing_committee_id = ?");
			params.add(s.managingCommitteeId());
		}
		return new Where(sql.toString(), params);
	}

	static PersonView row(ResultSet rs, int n) throws SQLException {
		return new PersonView(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
				Gender.valueOf(rs.getString("gender")), (Integer) rs.getObject("birth_year"),
				rs.getBoolean("party_member"), rs.getString("position_title"),
				PersonCategory.valueOf(rs.getString("category")), (Long) rs.getObject("workplace_id"),
				rs.getString("workplace_name"), (Long) rs.getObject("workplace_unit_id"),
				(Long) rs.getObject("residence_unit_id"), rs.getString("residence_name"),
				(Long) rs.getObject("managing_committee_id"), rs.getString("committee_name"));
	}

}
